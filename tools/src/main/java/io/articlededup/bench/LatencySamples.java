package io.articlededup.bench;

import java.util.Arrays;

/** Latency samples in ms (a 30 s phase at 1,000/s is 30,000 longs: sorting is enough). */
final class LatencySamples {
    private long[] values = new long[1 << 16];
    private int size;

    synchronized void record(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    synchronized long[] sorted() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    /** Nearest-rank percentile over the counted samples plus {@code missing} ones beyond every value. */
    static Object percentile(long[] sorted, double p, double missing) {
        double n = sorted.length + missing;
        long rank = (long) Math.ceil(p / 100 * n);
        if (sorted.length == 0 || rank > sorted.length) {
            return null;
        }
        return sorted[(int) Math.max(0, rank - 1)];
    }
}
