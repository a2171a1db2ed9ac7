package io.articlededup.sketch;

/**
 * Hashes every window of {@code size} consecutive elements into one 64-bit shingle hash with an
 * order-sensitive combination of the (already random) element hashes and a final 64-bit mixer.
 * Fewer elements than {@code size} give one shingle of all of them; no elements give no shingles.
 */
final class Shingler {
    private final int size;
    private final long seed;

    Shingler(int size, long seed) {
        this.size = size;
        this.seed = StableHash.derive(seed, 3);
    }

    /** Shingle hashes, one per window position (duplicates kept: MinHash ignores them). */
    long[] shingles(long[] elements, int count) {
        if (count == 0) {
            return new long[0];
        }
        int width = Math.min(size, count);
        int n = count - width + 1;
        long[] out = new long[n];
        for (int start = 0; start < n; start++) {
            long h = seed;
            for (int j = 0; j < width; j++) {
                h = StableHash.combine(h, elements[start + j]);
            }
            out[start] = StableHash.mix64(h ^ width);
        }
        return out;
    }
}
