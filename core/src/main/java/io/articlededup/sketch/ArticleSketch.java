package io.articlededup.sketch;

import java.util.Arrays;

/**
 * The sketch of one article.
 *
 * @param signature    k MinHash values (one-permutation hashing with optimal densification)
 * @param bandHashes   b LSH band hashes; band i is keyed by {@code (i, bandHashes[i])}
 * @param shingleCount number of shingle positions hashed; 0 means the article had no words at all. An
 *                     empty article still gets a full-length, deterministic signature (all
 *                     {@code Integer.MAX_VALUE}) and band hashes, so every empty article has the SAME
 *                     sketch and estimates similarity 1.0 to every other empty article. Callers should
 *                     test {@link #isEmpty()} and skip the near-duplicate stage for such articles.
 */
public record ArticleSketch(int[] signature, long[] bandHashes, int shingleCount) {

    public ArticleSketch {
        if (signature == null || bandHashes == null) {
            throw new IllegalArgumentException("signature and bandHashes must not be null");
        }
        if (shingleCount < 0) {
            throw new IllegalArgumentException("shingleCount must be >= 0, was " + shingleCount);
        }
    }

    /** True when the article had no letters or digits; its sketch matches every other empty article. */
    public boolean isEmpty() {
        return shingleCount == 0;
    }

    /**
     * Compact verification sketch: {@link CompactSketch#DEFAULT_BITS}-bit MinHash of the signature
     * (3 header bytes + k*b/8 bytes: 19 bytes for the default k = 64, b = 2). Compare with
     * {@link Similarity#estimateCompact(byte[], byte[])}.
     */
    public byte[] compact() {
        return CompactSketch.encode(signature, CompactSketch.DEFAULT_BITS);
    }

    /** Compact sketch with another width (1, 2, 4, 8 or 16 bits per value). */
    public byte[] compact(int bits) {
        return CompactSketch.encode(signature, bits);
    }

    // records compare arrays by reference; sketches are values, so compare contents

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleSketch other && shingleCount == other.shingleCount
                && Arrays.equals(signature, other.signature) && Arrays.equals(bandHashes, other.bandHashes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(signature) + Arrays.hashCode(bandHashes)) + shingleCount;
    }

    @Override
    public String toString() {
        return "ArticleSketch[k=" + signature.length + ", bands=" + bandHashes.length + ", shingleCount="
                + shingleCount + "]";
    }
}
