package io.articlededup.sketch;

import java.util.Arrays;

/**
 * MinHash signature by one-permutation hashing with optimal densification (Shrivastava, "Optimal
 * Densification for Fast and Accurate Minwise Hashing", ICML 2017).
 *
 * <p>Each shingle hash is mixed once; its high 32 bits pick one of k bins, its low 32 bits are the value,
 * and each bin keeps its minimum value (signed int order). That is O(n + k) per article instead of the
 * O(n * k) of k independent hash functions. Bins that received no shingle (short articles) are filled
 * by optimal densification: bin i probes bins {@code h(i, 1), h(i, 2), ...} (a fixed seeded sequence,
 * the same for every article) and copies the value of the first non-empty one. With that, for every bin
 * {@code P[sigA[i] == sigB[i]] = J(A, B)}, and the variance stays close to that of k independent
 * MinHashes even for very sparse sets.
 *
 * <p>An empty shingle set gives the all-{@link #EMPTY} signature.
 */
final class OnePermutationMinHash {
    /** The value of every position in the signature of an empty article. */
    static final int EMPTY = Integer.MAX_VALUE;

    private final int k;
    private final long binSeed;
    private final long densifySeed;

    OnePermutationMinHash(int k, long seed) {
        this.k = k;
        this.binSeed = StableHash.derive(seed, 4);
        this.densifySeed = StableHash.derive(seed, 5);
    }

    int[] signature(long[] shingles) {
        int[] sig = new int[k];
        Arrays.fill(sig, EMPTY);
        if (shingles.length == 0) {
            return sig;
        }
        boolean[] filled = new boolean[k];
        int filledCount = 0;
        for (long s : shingles) {
            long h = StableHash.mix64(s ^ binSeed);
            int bin = StableHash.reduce(h, k);
            int value = (int) h;
            if (!filled[bin]) {
                filled[bin] = true;
                filledCount++;
                sig[bin] = value;
            } else if (value < sig[bin]) {
                sig[bin] = value;
            }
        }
        if (filledCount < k) {
            densify(sig, filled);
        }
        return sig;
    }

    private void densify(int[] sig, boolean[] filled) {
        for (int i = 0; i < k; i++) {
            if (filled[i]) {
                continue;
            }
            long state = densifySeed + 0x9E3779B97F4A7C15L * i;
            for (int attempt = 1; ; attempt++) {
                int j = StableHash.reduce(StableHash.mix64(state + attempt), k);
                if (filled[j]) {
                    sig[i] = sig[j];
                    break;
                }
            }
        }
    }
}
