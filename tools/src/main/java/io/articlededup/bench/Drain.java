package io.articlededup.bench;

import static io.articlededup.bench.Progress.print;

/**
 * One application draining the N pre-produced articles.
 *
 * @param wallSeconds       from the application's start to the N-th output (start-up included)
 * @param steadySeconds     from the first output to the N-th
 * @param secondHalfSeconds from the (N/2)-th output to the N-th: the rate once the JIT has compiled the hot code
 *                          and the stores are warm (in a 50,000-article drain ours ran at 100-400 articles/s for
 *                          its first 30 s and at 1,200-1,800 at its end, so the first-to-last rate depends on N)
 */
public record Drain(String name, long count, double wallSeconds, double steadySeconds, double secondHalfSeconds) {
    /** From the first output to the N-th: the drain rate without the start-up (rebalance, store opening). */
    public double rate() {
        return steadySeconds > 0 ? (count - 1) / steadySeconds : 0;
    }

    /** Over the second half of the outputs. */
    public double secondHalfRate() {
        return secondHalfSeconds > 0 ? (count - count / 2) / secondHalfSeconds : 0;
    }

    public double wallRate() {
        return count / wallSeconds;
    }

    /**
     * Adds {@code <key>_articles_per_s}, {@code _articles_per_s_wall}, {@code _articles_per_s_second_half},
     * {@code _mb_per_s}, {@code _seconds}.
     */
    public void report(BenchReport report, String key, long inputBytes) {
        report.put(key + "_articles_per_s", rate());
        report.put(key + "_articles_per_s_wall", wallRate());
        report.put(key + "_articles_per_s_second_half", secondHalfRate());
        report.put(key + "_mb_per_s", rate() * inputBytes / (double) count / 1e6);
        report.put(key + "_seconds", wallSeconds);
        print("%s: %,d articles, %,.0f articles/s from first to last output (%.1f s), %,.0f articles/s "
                + "including start-up (%.1f s), %,.0f articles/s over the second half (%.1f s)", name, count, rate(),
                steadySeconds, wallRate(), wallSeconds, secondHalfRate(), secondHalfSeconds);
    }
}
