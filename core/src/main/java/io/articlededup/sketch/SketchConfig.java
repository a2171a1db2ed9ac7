package io.articlededup.sketch;

import java.util.Objects;

/**
 * Parameters of the sketch. Two sketches are comparable only if they were made with configs of equal
 * {@link #formatVersion()}.
 *
 * @param mode        word or character shingles (see {@link ShingleMode})
 * @param shingleSize words (or characters) per shingle, 1..32
 * @param numHashes   MinHash signature length k, 1..4096
 * @param bands       LSH bands b
 * @param rows        signature values per band r; {@code bands * rows == numHashes}
 * @param seed        seed of every hash function; sketches from different seeds are incomparable
 */
public record SketchConfig(ShingleMode mode, int shingleSize, int numHashes, int bands, int rows, long seed) {

    /** Bump when tokenising, hashing, the signature or the band layout changes in any way. */
    public static final int ALGORITHM_VERSION = 1;

    /** The seed used by {@link #defaults()}; any fixed value works, but it must never change silently. */
    public static final long DEFAULT_SEED = 0x5EED_A27C_1E0D_ED09L;

    public SketchConfig {
        Objects.requireNonNull(mode, "mode must not be null");
        if (shingleSize < 1 || shingleSize > 32) {
            throw new IllegalArgumentException("shingleSize must be in 1..32, was " + shingleSize);
        }
        if (numHashes < 1 || numHashes > 4096) {
            throw new IllegalArgumentException("numHashes must be in 1..4096, was " + numHashes);
        }
        if (bands < 1) {
            throw new IllegalArgumentException("bands must be >= 1, was " + bands);
        }
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be >= 1, was " + rows);
        }
        if ((long) bands * rows != numHashes) {
            throw new IllegalArgumentException("bands * rows must equal numHashes, but " + bands + " * " + rows
                    + " = " + ((long) bands * rows) + " != " + numHashes);
        }
    }

    /**
     * Word 4-shingles, 64 hashes in 16 bands of 4 rows (S-curve midpoint 0.5; a pair at J = 0.7 becomes a
     * candidate with probability 0.98, at J = 0.3 with 0.12), chosen from the Jaccard distributions
     * measured on BBC and Reuters text and the 1 KB per-article state budget (16 band records); see
     * {@code docs/sketch.md}.
     */
    public static SketchConfig defaults() {
        return new SketchConfig(ShingleMode.WORDS, 4, 64, 16, 4, DEFAULT_SEED);
    }

    /** Jaccard similarity at which a pair becomes a candidate with probability about 1/2: {@code (1/b)^(1/r)}. */
    public double threshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** Probability that a pair with Jaccard {@code jaccard} shares at least one band: {@code 1-(1-s^r)^b}. */
    public double candidateProbability(double jaccard) {
        if (!(jaccard >= 0.0 && jaccard <= 1.0)) {
            throw new IllegalArgumentException("jaccard must be in [0, 1], was " + jaccard);
        }
        return 1.0 - Math.pow(1.0 - Math.pow(jaccard, rows), bands);
    }

    /**
     * A fingerprint of everything that decides the bytes of a sketch: {@link #ALGORITHM_VERSION}, mode,
     * shingle size, k, b, r and the seed. Stored state tagged with a different value must not be compared
     * with new sketches. Always non-negative.
     */
    public int formatVersion() {
        long h = StableHash.derive(seed, ALGORITHM_VERSION);
        h = StableHash.combine(h, mode.ordinal());
        h = StableHash.combine(h, shingleSize);
        h = StableHash.combine(h, numHashes);
        h = StableHash.combine(h, bands);
        h = StableHash.combine(h, rows);
        return (int) (StableHash.mix64(h) >>> 33);
    }
}
