package io.articlededup.sketch;

/**
 * b-bit MinHash (Li and König, "b-Bit Minwise Hashing", WWW 2010) of a signature: only the lowest b bits
 * of each signature value are kept. Two different values agree on b random bits with probability
 * {@code 2^-b}, so the raw match fraction P over-estimates J; the estimate is corrected to
 * {@code (P - 2^-b) / (1 - 2^-b)}.
 *
 * <p>Byte layout (version-free; the stored config's {@code formatVersion} covers it):
 * {@code [bits][k high byte][k low byte][k*bits bits packed, first value in the lowest bits of byte 3]},
 * padding bits zero. Supported widths: 1, 2, 4, 8, 16.
 */
public final class CompactSketch {
    /** Bits per value of {@link ArticleSketch#compact()}; see docs/sketch.md for the size/accuracy trade. */
    public static final int DEFAULT_BITS = 2;

    private static final int HEADER = 3;

    private CompactSketch() {
    }

    /** Encodes the low {@code bits} bits of every signature value. */
    public static byte[] encode(int[] signature, int bits) {
        checkBits(bits);
        int k = signature.length;
        if (k > 0xFFFF) {
            throw new IllegalArgumentException("signature too long for a compact sketch: " + k);
        }
        byte[] out = new byte[HEADER + (k * bits + 7) / 8];
        out[0] = (byte) bits;
        out[1] = (byte) (k >>> 8);
        out[2] = (byte) k;
        int mask = (1 << bits) - 1;
        if (bits == 16) {
            for (int i = 0; i < k; i++) {
                out[HEADER + 2 * i] = (byte) signature[i];
                out[HEADER + 2 * i + 1] = (byte) (signature[i] >>> 8);
            }
            return out;
        }
        for (int i = 0; i < k; i++) {
            int bitPos = i * bits;
            out[HEADER + (bitPos >>> 3)] |= (byte) ((signature[i] & mask) << (bitPos & 7));
        }
        return out;
    }

    /** Number of signature values in a compact sketch. */
    public static int size(byte[] compact) {
        checkHeader(compact);
        return ((compact[1] & 0xFF) << 8) | (compact[2] & 0xFF);
    }

    /** Bits per value of a compact sketch. */
    public static int bits(byte[] compact) {
        checkHeader(compact);
        return compact[0];
    }

    /** The i-th b-bit value. */
    public static int value(byte[] compact, int i) {
        int bits = bits(compact);
        if (bits == 16) {
            return (compact[HEADER + 2 * i] & 0xFF) | ((compact[HEADER + 2 * i + 1] & 0xFF) << 8);
        }
        int bitPos = i * bits;
        return ((compact[HEADER + (bitPos >>> 3)] & 0xFF) >>> (bitPos & 7)) & ((1 << bits) - 1);
    }

    /** Fraction of positions whose b-bit values agree (not corrected for chance collisions). */
    static double matchFraction(byte[] a, byte[] b) {
        int k = size(a);
        if (size(b) != k || bits(a) != bits(b)) {
            throw new IllegalArgumentException("compact sketches differ in shape: " + k + "x" + bits(a)
                    + " bits vs " + size(b) + "x" + bits(b) + " bits");
        }
        if (k == 0) {
            return 0.0;
        }
        int bits = bits(a);
        int matches = 0;
        if (bits == 8 || bits == 16) {
            int step = bits / 8;
            for (int i = 0; i < k; i++) {
                int p = HEADER + i * step;
                if (a[p] == b[p] && (step == 1 || a[p + 1] == b[p + 1])) {
                    matches++;
                }
            }
        } else {
            for (int i = 0; i < k; i++) {
                if (value(a, i) == value(b, i)) {
                    matches++;
                }
            }
        }
        return (double) matches / k;
    }

    /** Jaccard estimate corrected for b-bit collisions, clamped to [0, 1]. */
    static double estimate(byte[] a, byte[] b) {
        double p = matchFraction(a, b);
        double chance = Math.pow(2, -bits(a));
        double j = (p - chance) / (1.0 - chance);
        return Math.max(0.0, Math.min(1.0, j));
    }

    private static void checkBits(int bits) {
        if (bits != 1 && bits != 2 && bits != 4 && bits != 8 && bits != 16) {
            throw new IllegalArgumentException("bits must be 1, 2, 4, 8 or 16, was " + bits);
        }
    }

    private static void checkHeader(byte[] compact) {
        if (compact == null || compact.length < HEADER) {
            throw new IllegalArgumentException("not a compact sketch: too short");
        }
        checkBits(compact[0]);
        int k = ((compact[1] & 0xFF) << 8) | (compact[2] & 0xFF);
        if (compact.length != HEADER + (k * compact[0] + 7) / 8) {
            throw new IllegalArgumentException("not a compact sketch: length " + compact.length
                    + " does not fit " + k + " values of " + compact[0] + " bits");
        }
    }
}
