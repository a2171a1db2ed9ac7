package io.articlededup.sketch;

import com.dynatrace.hash4j.hashing.Hasher64;
import io.articlededup.text.TextNormalizer;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Turns paragraphs into a stream of 64-bit element hashes: one per word in word mode, one per
 * letter/digit (plus one per word break) in character mode.
 *
 * <p>Normalisation: Unicode NFKC, then {@code toLowerCase(Locale.ROOT)}. Pure-ASCII paragraphs skip the
 * normaliser (NFKC leaves ASCII unchanged) and are lower-cased inline. A word is a maximal run of code
 * points that are letters, digits or combining marks (marks keep Devanagari, Thai, etc. words whole);
 * everything else separates words. Paragraphs are one continuous stream, so a shingle may span a
 * paragraph break (robust to re-scrapes that split paragraphs differently).
 *
 * <p>Thread-safe; every call allocates its own buffers.
 */
final class TextTokenizer {

    /**
     * In {@link ShingleMode#WORDS}, text in which at least this share of the letters belong to scripts
     * written without spaces is shingled by characters.
     */
    static final double UNSPACED_SCRIPT_SHARE = 0.3;

    /** Element hash of a word break in character mode (never equal to a code point's hash in practice). */
    private static final long BREAK = Long.MIN_VALUE + 0x0B0B;

    private final Hasher64 tokenHasher;
    private final long charSeed;

    TextTokenizer(long seed) {
        this.tokenHasher = StableHash.tokenHasher(StableHash.derive(seed, 1));
        this.charSeed = StableHash.derive(seed, 2);
    }

    /** The element hashes of the text and whether they are characters. */
    record Elements(long[] hashes, int count, boolean characters) {
    }

    Elements elements(List<String> paragraphs, ShingleMode mode) {
        String[] norm = new String[paragraphs.size()];
        boolean anyNonAscii = false;
        for (int i = 0; i < norm.length; i++) {
            String p = paragraphs.get(i);
            if (p == null) {
                p = "";
            }
            if (TextNormalizer.isAscii(p)) {
                norm[i] = p;
            } else {
                norm[i] = Normalizer.normalize(p, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                anyNonAscii = true;
            }
        }
        boolean chars = mode == ShingleMode.CHARACTERS || (anyNonAscii && mostlyUnspaced(norm));
        return chars ? characters(norm) : words(norm);
    }

    private Elements words(String[] paragraphs) {
        long[] out = new long[64];
        int n = 0;
        CharSlice word = new CharSlice(64);
        for (String p : paragraphs) {
            int len = p.length();
            for (int i = 0; i < len; ) {
                int cp = p.codePointAt(i);
                int width = Character.charCount(cp);
                if (isWordPart(cp)) {
                    if (cp >= 'A' && cp <= 'Z') {
                        cp += 'a' - 'A';
                    }
                    word.append(cp);
                } else if (word.length() > 0) {
                    out = grow(out, n);
                    out[n++] = tokenHasher.hashCharsToLong(word);
                    word.clear();
                }
                i += width;
            }
            if (word.length() > 0) {
                out = grow(out, n);
                out[n++] = tokenHasher.hashCharsToLong(word);
                word.clear();
            }
        }
        return new Elements(out, n, false);
    }

    private Elements characters(String[] paragraphs) {
        long[] out = new long[256];
        int n = 0;
        boolean inWord = false;
        for (String p : paragraphs) {
            int len = p.length();
            for (int i = 0; i < len; ) {
                int cp = p.codePointAt(i);
                if (isWordPart(cp)) {
                    if (cp >= 'A' && cp <= 'Z') {
                        cp += 'a' - 'A';
                    }
                    out = grow(out, n);
                    out[n++] = StableHash.mix64(charSeed ^ cp);
                    inWord = true;
                } else if (inWord) {
                    out = grow(out, n);
                    out[n++] = StableHash.mix64(charSeed ^ BREAK);
                    inWord = false;
                }
                i += Character.charCount(cp);
            }
            if (inWord) {
                out = grow(out, n);
                out[n++] = StableHash.mix64(charSeed ^ BREAK);
                inWord = false;
            }
        }
        // a trailing break carries no information
        if (n > 0 && out[n - 1] == StableHash.mix64(charSeed ^ BREAK)) {
            n--;
        }
        return new Elements(out, n, true);
    }

    static boolean isWordPart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** True if at least {@link #UNSPACED_SCRIPT_SHARE} of the letters are Han, kana, Thai, Lao, Khmer or Myanmar. */
    static boolean mostlyUnspaced(String[] paragraphs) {
        long letters = 0;
        long unspaced = 0;
        for (String p : paragraphs) {
            for (int i = 0; i < p.length(); ) {
                int cp = p.codePointAt(i);
                if (Character.isLetter(cp)) {
                    letters++;
                    if (cp >= 0x0E00 && isUnspacedScript(cp)) {
                        unspaced++;
                    }
                }
                i += Character.charCount(cp);
            }
        }
        return letters > 0 && unspaced >= UNSPACED_SCRIPT_SHARE * letters;
    }

    static boolean isUnspacedScript(int cp) {
        switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI:
                return true;
            default:
                return false;
        }
    }

    private static long[] grow(long[] a, int n) {
        return n < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
    }

    /** A reusable, growable char buffer that hash4j can read as a {@link CharSequence}. */
    private static final class CharSlice implements CharSequence {
        private char[] buf;
        private int len;

        CharSlice(int capacity) {
            buf = new char[capacity];
        }

        void append(int cp) {
            if (len + 2 > buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            len += Character.toChars(cp, buf, len);
        }

        void clear() {
            len = 0;
        }

        @Override
        public int length() {
            return len;
        }

        @Override
        public char charAt(int index) {
            return buf[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(buf, start, end - start);
        }

        @Override
        public String toString() {
            return new String(buf, 0, len);
        }
    }
}
