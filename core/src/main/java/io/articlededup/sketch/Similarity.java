package io.articlededup.sketch;

import java.util.Arrays;

/** Similarity estimates between sketches, and exact Jaccard for evaluation. */
public final class Similarity {
    private Similarity() {
    }

    /**
     * MinHash estimate of Jaccard similarity: the fraction of positions where the signatures agree.
     * Standard error about {@code sqrt(J(1-J)/k)}. Two empty-article signatures give 1.0.
     *
     * @throws IllegalArgumentException if the signatures differ in length
     */
    public static double estimate(int[] sigA, int[] sigB) {
        if (sigA.length != sigB.length) {
            throw new IllegalArgumentException("signatures differ in length: " + sigA.length + " vs " + sigB.length);
        }
        if (sigA.length == 0) {
            return 0.0;
        }
        int matches = 0;
        for (int i = 0; i < sigA.length; i++) {
            if (sigA[i] == sigB[i]) {
                matches++;
            }
        }
        return (double) matches / sigA.length;
    }

    /**
     * Jaccard estimate from two {@link ArticleSketch#compact()} sketches, corrected for b-bit collisions
     * and clamped to [0, 1].
     *
     * @throws IllegalArgumentException if the sketches are malformed or differ in size or width
     */
    public static double estimateCompact(byte[] a, byte[] b) {
        return CompactSketch.estimate(a, b);
    }

    /**
     * Exact Jaccard similarity of two sets of shingle hashes (duplicates ignored). By convention two
     * empty sets have similarity 1.0 (they are the same set), matching what their sketches estimate.
     */
    public static double exactJaccard(long[] shinglesA, long[] shinglesB) {
        long[] a = distinctSorted(shinglesA);
        long[] b = distinctSorted(shinglesB);
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            int c = Long.compare(a[i], b[j]);
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    private static long[] distinctSorted(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[n++] = s[i];
            }
        }
        return Arrays.copyOf(s, n);
    }
}
