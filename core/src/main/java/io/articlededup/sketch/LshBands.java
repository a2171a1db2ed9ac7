package io.articlededup.sketch;

/**
 * LSH banding: band i hashes {@code (i, sig[i*r], ..., sig[i*r + r - 1])} into 64 bits. The band index
 * is part of the hashed key (and of the store key), so equal values in different bands never collide.
 */
final class LshBands {
    private final int bands;
    private final int rows;
    private final long seed;

    LshBands(int bands, int rows, long seed) {
        this.bands = bands;
        this.rows = rows;
        this.seed = StableHash.derive(seed, 6);
    }

    long[] bandHashes(int[] signature) {
        if (signature.length != (long) bands * rows) {
            throw new IllegalArgumentException("signature length " + signature.length + " != bands * rows = "
                    + bands * rows);
        }
        long[] out = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = StableHash.combine(seed, b);
            int base = b * rows;
            for (int r = 0; r < rows; r++) {
                h = StableHash.combine(h, StableHash.mix64(signature[base + r] & 0xFFFFFFFFL));
            }
            out[b] = StableHash.mix64(h ^ rows);
        }
        return out;
    }
}
