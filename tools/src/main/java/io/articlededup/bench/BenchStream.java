package io.articlededup.bench;

/**
 * The raw events a bench run produces, with the duplicate mix they were made with: what the phases
 * ({@link ThroughputPhase#produce}, {@link LatencyPhase}) send, and the statuses the run expects back.
 */
public abstract class BenchStream {
    protected long uniques;
    protected long exact;
    protected long near;
    /** Events made to be rejected (a page with no article text): they go to the dead-letter topic. */
    protected long deadLetters;
    private long latencyUniques;

    /** The next raw event, as JSON bytes, under the record key {@code id}. */
    public abstract byte[] next(String id);

    public long uniques() {
        return uniques;
    }

    public long exact() {
        return exact;
    }

    public long near() {
        return near;
    }

    public long deadLetters() {
        return deadLetters;
    }

    /** Every event generated, in both phases. */
    public long total() {
        return uniquesTotal() + exact + near + deadLetters;
    }

    /** Unique events generated, in both phases. */
    public long uniquesTotal() {
        return uniques + latencyUniques;
    }

    /**
     * Counts the unique events generated since {@code mark} (a {@link #uniques()} value) as the latency
     * phase's, so that {@link #uniques()} stays the throughput phase's expected count.
     */
    public void countUniquesSinceAsLatency(long mark) {
        latencyUniques = uniques - mark;
        uniques = mark;
    }
}
