package io.articlededup.eval;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text helpers of the evaluation package: word lists, word-shingle hashes and paragraph comparison keys.
 * Deliberately independent of the application's own text package, so the yardstick does not share the
 * code it measures.
 */
public final class TextKeys {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextKeys() {
    }

    /** Lower-cased words (letters, digits, combining marks), NFKC-normalised; anything else separates words. */
    public static List<String> words(String text) {
        String norm = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                norm = Normalizer.normalize(text, Normalizer.Form.NFKC);
                break;
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < norm.length(); ) {
            int cp = norm.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                w.appendCodePoint(Character.toLowerCase(cp));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    /** Words of all paragraphs, in order. */
    public static List<String> words(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            out.addAll(words(p));
        }
        return out;
    }

    /**
     * Sorted distinct 64-bit hashes of the word k-shingles. A text shorter than k words yields one hash of
     * the whole word sequence, an empty text yields none.
     */
    public static long[] shingleHashes(List<String> words, int k) {
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wh = new long[words.size()];
        for (int i = 0; i < wh.length; i++) {
            wh[i] = fnv(0xcbf29ce484222325L, words.get(i));
        }
        int n = Math.max(1, words.size() - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            int end = Math.min(words.size(), i + k);
            for (int j = i; j < end; j++) {
                h = mix(h * 31 + wh[j]);
            }
            out[i] = h;
        }
        Arrays.sort(out);
        int m = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[m++] = out[i];
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** Exact Jaccard of two sorted distinct arrays. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int inter = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                inter++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return inter / (double) (a.length + b.length - inter);
    }

    /** Comparison key of a paragraph: its words joined by one space (case, punctuation, spacing ignored). */
    public static String paragraphKey(String paragraph) {
        return String.join(" ", words(paragraph));
    }

    /** Collapses every whitespace run, newlines included, into one space and trims. */
    public static String oneLine(String text) {
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    private static long fnv(long h, String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
