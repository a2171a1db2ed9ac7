package io.articlededup.sketch;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * Hash functions whose output is fixed by their definition here, never by the JVM: tokens go through
 * hash4j's Komihash 5.0 (a specified algorithm with published test vectors), everything else through
 * the fixed mixers below. {@code String.hashCode} and {@code Object.hashCode} are never used.
 */
final class StableHash {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long M1 = 0xBF58476D1CE4E5B9L;
    private static final long M2 = 0x94D049BB133111EBL;

    private StableHash() {
    }

    /** Komihash 5.0 seeded with {@code seed}; thread-safe, stateless. */
    static Hasher64 tokenHasher(long seed) {
        return Hashing.komihash5_0(seed);
    }

    /** SplitMix64 / Stafford variant 13 finaliser: a bijection on 64 bits with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * M1;
        z = (z ^ (z >>> 27)) * M2;
        return z ^ (z >>> 31);
    }

    /** Derives an independent sub-seed for a named purpose, so the streams of hashes never line up. */
    static long derive(long seed, long purpose) {
        return mix64(seed + GOLDEN * (purpose + 1));
    }

    /** One step of an order-sensitive combination of random 64-bit values (finish with {@link #mix64}). */
    static long combine(long state, long value) {
        return Long.rotateLeft(state * GOLDEN, 31) ^ value;
    }

    /** Maps a 64-bit hash to {@code [0, n)} without modulo bias worth speaking of (Lemire's multiply-shift). */
    static int reduce(long hash, int n) {
        return (int) (((hash >>> 32) * n) >>> 32);
    }
}
