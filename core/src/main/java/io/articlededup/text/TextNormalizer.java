package io.articlededup.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Builds the comparison key of a piece of text: two paragraphs that a reader would call "the same"
 * get the same key. The key is never shown; the original text is kept for output.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * NFKC, full-ish case fold, quotes and dashes unified, every run of whitespace (including NBSP and
     * zero-width space) collapsed to one space, trimmed. {@code null} gives the empty string.
     *
     * <p>Turkish: the fold is locale independent, so dotted capital I (U+0130) folds to plain "i" and
     * dotless i (U+0131) to "i" as well; "İstanbul", "ISTANBUL", "istanbul" and "ıstanbul" share a key.
     */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // Most scraped text is ASCII, where NFKC changes nothing and the case fold is plain lower-casing,
        // which collapse() does on the way: no normaliser and no two case-mapped copies, and the same key
        // (normalize() was a fifth of the parse-and-clean stage's CPU, most of it in those three steps).
        return collapse(isAscii(s) ? s : fold(s));
    }

    /** The general path, for any text (package-private: the tests hold the ASCII path to it). */
    static String normalizeUnicode(String s) {
        return collapse(fold(s));
    }

    private static String fold(String s) {
        String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
        // Upper then lower approximates Unicode full case folding (ß -> ss, final sigma -> sigma),
        // which plain toLowerCase does not do.
        return nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Lower-cases ASCII capitals, drops invisible characters, collapses whitespace, unifies quotes and dashes. */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Lower-casing U+0130 leaves "i" + combining dot above; the dot would split Turkish keys.
            if (c == '\u0307' && i > 0 && text.charAt(i - 1) == 'i') {
                continue;
            }
            if (isIgnorable(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : unify(c));
        }
        return out.toString();
    }

    /**
     * Whether every character is ASCII: Unicode normalisation (NFKC) leaves such text as it is and case
     * folding is plain lower-casing of A-Z, so the normalising paths here and in the shingle tokenizer skip
     * the normaliser for it.
     */
    public static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whitespace in the widest sense: Java whitespace, Unicode space separators, line/paragraph separators, ZWSP. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u0085';
    }

    /** Invisible joiners and hyphenation hints that must not break or change a word. */
    static boolean isIgnorable(char c) {
        return c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
    }

    private static char unify(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4', '\u02BC', '\uFF07' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\u301D', '\u301E' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> '-';
            default -> c;
        };
    }

    /** Trims whitespace in the {@link #isSpace} sense plus invisible characters from both ends. */
    static String trim(String s) {
        return trim(s, 0, s.length());
    }

    /** {@link #trim(String)} of {@code s.substring(from, to)}, without copying the untrimmed range first. */
    static String trim(String s, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && (isSpace(s.charAt(start)) || isIgnorable(s.charAt(start)))) {
            start++;
        }
        while (end > start && (isSpace(s.charAt(end - 1)) || isIgnorable(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }
}
