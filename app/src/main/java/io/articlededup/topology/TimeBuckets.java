package io.articlededup.topology;

import java.time.Duration;

/**
 * Event times grouped into fixed-width buckets, so that an index stored under (key, bucket start) answers
 * "which entries of this key lie within the retention of t" with a few point lookups, one per bucket.
 *
 * <p>Why: a window store's {@code fetch(key, from, to)} is a RocksDB range seek, which cannot use the
 * bloom filters and gets slower as the retained history grows (docs/performance.md, "Retained history");
 * {@code fetch(key, bucketStart)} is a point lookup, and a lookup that misses (most of them: most band
 * values are seen once) is answered by the bloom filters.
 *
 * <p>The width is a quarter of the retention: a lookup near the newest event time touches 5 buckets, and
 * an entry is kept at most one width longer than the retention (the store's retention is
 * {@link #storeRetention()}, since an entry sits at its bucket's start, up to one width before its time).
 */
record TimeBuckets(long widthMs, long retentionMs) {
    static final int PER_RETENTION = 4;

    TimeBuckets {
        if (widthMs < 1 || retentionMs < 0) {
            throw new IllegalArgumentException("bucket width must be >= 1 ms and retention >= 0, got " + widthMs
                    + " / " + retentionMs);
        }
    }

    static TimeBuckets forRetention(Duration retention) {
        long ms = retention.toMillis();
        return new TimeBuckets(Math.max(1, ms / PER_RETENTION), ms);
    }

    /** The start of the bucket that holds {@code time}. */
    long start(long time) {
        return Math.floorDiv(time, widthMs) * widthMs;
    }

    /**
     * The starts of the buckets that can hold an entry within the retention of {@code time}, oldest first.
     * Nothing was stored after {@code latest} (the task's stream time), so later buckets are skipped: for a
     * live stream that halves the lookups.
     */
    long[] around(long time, long latest) {
        long from = start(Math.max(0, time - retentionMs));
        long to = start(Math.min(saturatedAdd(time, retentionMs), Math.max(time, latest)));
        int n = (int) ((to - from) / widthMs) + 1;
        long[] starts = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = from + i * widthMs;
        }
        return starts;
    }

    /** Whether an entry at {@code entryTime} is within the retention of {@code time}. */
    boolean within(long entryTime, long time) {
        return Math.abs(entryTime - time) <= retentionMs;
    }

    /** How long the store must keep a bucket: the retention, plus the width its first entry sits before. */
    Duration storeRetention() {
        return Duration.ofMillis(saturatedAdd(retentionMs, widthMs));
    }

    private static long saturatedAdd(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }
}
