package io.articlededup.bench;

import io.articlededup.topology.TopologySettings;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static io.articlededup.bench.Progress.print;

/**
 * Throughput with a large retained history against an empty state, in one run (docs/performance.md,
 * "Throughput with a large retained history"). The same M fresh articles (the bench's duplicate mix) go
 * through our real topology on a {@link DrivenTopology} twice: on empty stores, and after H unique history
 * articles whose event times lie inside every retention, so all of them are still retained.
 *
 * <p>The driver's wall clock is simulated so that wall-clock punctuators run as often per article as in
 * production: the measured articles advance it by 1/rate s each. Just before each measurement, an idle
 * minute runs every punctuator once (timed: their cost at that state size) and aligns their schedules, so
 * both measurements see the same number of them. While the history loads, the clock moves 1 ms per
 * article, enough for the decisions but not a punctuator run per 1/rate s: loading is not what is measured.
 */
public final class HistoryBench {
    private static final Instant MEASURED_START = Instant.parse("2026-01-10T00:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(1);
    private static final int DRAIN_EVERY = 100;

    private final TopologySettings topology;
    private final Properties streamsProperties;
    private final List<String> paragraphs;
    private final long seed;
    private final double duplicateShare;
    private final int history;
    private final int articles;
    private final double rate;
    private final Duration historySpan;
    private final int warmup;
    private final Path workDir;

    /**
     * @param history     H, unique articles retained before the measured ones
     * @param articles    M, articles measured (on empty stores, then after the history)
     * @param rate        articles/s the simulated wall clock assumes for the measured articles
     * @param historySpan event times of the history: the span just before the measured articles (at most
     *                    1 s per history article)
     * @param warmup      articles run first on a throw-away state (JIT), not counted
     */
    public HistoryBench(TopologySettings topology, Properties streamsProperties, List<String> paragraphs, long seed,
                        double duplicateShare, int history, int articles, double rate, Duration historySpan,
                        int warmup, Path workDir) {
        this.topology = topology;
        this.streamsProperties = streamsProperties;
        this.paragraphs = paragraphs;
        this.seed = seed;
        this.duplicateShare = duplicateShare;
        this.history = history;
        this.articles = articles;
        this.rate = rate;
        // at most 1 s of event time per history article: the decisions of one punctuation (~100 articles while
        // loading) must lie within the 10-minute decision memory, as they do at a real arrival rate
        this.historySpan = historySpan.compareTo(Duration.ofSeconds(history)) > 0 ? Duration.ofSeconds(history) : historySpan;
        this.warmup = warmup;
        this.workDir = workDir;
    }

    public BenchReport run() {
        ArticleGenerator gen = new ArticleGenerator(paragraphs, seed, duplicateShare);
        byte[][] measured = new byte[articles][];
        for (int i = 0; i < articles; i++) {
            measured[i] = gen.next("m-" + i);
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("exact_duplicate", gen.exact());
        expected.put("near_duplicate", gen.near());
        expected.put("unique", gen.uniques());
        BenchReport report = new BenchReport();
        report.put("history_articles", history);
        report.put("articles", articles);
        report.put("simulated_rate_per_s", rate);
        report.put("history_span_hours", historySpan.toSeconds() / 3600.0);
        report.put("expected", expected);

        if (warmup > 0) {
            try (DrivenTopology driver = driver("warmup", MEASURED_START)) {
                long t0 = System.nanoTime();
                measure(driver, measured, Math.min(warmup, articles));
                print("warm-up: %,d articles in %.1f s (not counted)", Math.min(warmup, articles), (System.nanoTime() - t0) / 1e9);
            }
        }
        // the history first: its load warms the JIT up completely, so the empty run that follows is not
        // slowed by compilation (an empty run first would flatter the ratio)
        Map<String, Object> retained;
        try (DrivenTopology driver = driver("history", MEASURED_START.minus(historySpan))) {
            Map<String, Object> load = loadHistory(driver);
            retained = measure(driver, measured, articles);
            retained.putAll(load);
        }
        Map<String, Object> empty;
        try (DrivenTopology driver = driver("empty", MEASURED_START)) {
            empty = measure(driver, measured, articles);
        }
        report.put("empty", empty);
        report.put("history", retained);
        double emptyRate = (double) empty.get("articles_per_s");
        double historyRate = (double) retained.get("articles_per_s");
        report.put("empty_articles_per_s", emptyRate);
        report.put("history_articles_per_s", historyRate);
        report.put("ratio", historyRate / emptyRate);
        // the same per CPU second of the thread that runs the topology: steadier than wall time on a shared machine
        report.put("ratio_thread_cpu", (double) retained.get("articles_per_thread_cpu_s")
                / (double) empty.get("articles_per_thread_cpu_s"));
        long retainedArticles = (long) history + articles;
        report.put("rocksdb_bytes_per_retained_article", (long) retained.get("rocksdb_bytes") / (double) retainedArticles);
        report.put("changelog_bytes_written_per_article_uncached",
                (long) retained.get("changelog_bytes_written") / (double) retainedArticles);
        print("history %,d: %,.0f articles/s vs %,.0f empty (ratio %.2f; per thread CPU second %.2f); RocksDB %,.0f B per "
                + "retained article", history, historyRate, emptyRate, historyRate / emptyRate, report.get("ratio_thread_cpu"),
                report.get("rocksdb_bytes_per_retained_article"));
        return report;
    }

    private DrivenTopology driver(String name, Instant wallClockStart) {
        return new DrivenTopology(topology, streamsProperties, workDir.resolve(name), wallClockStart);
    }

    /** H unique articles, event times evenly over the span before the measured ones, with progress lines. */
    private Map<String, Object> loadHistory(DrivenTopology driver) {
        HistoryArticles source = new HistoryArticles(paragraphs, seed + 1);
        long start = MEASURED_START.minus(historySpan).toEpochMilli();
        double step = (double) historySpan.toMillis() / Math.max(1, history);
        long t0 = System.nanoTime();
        long lastLog = t0;
        long tenthStart = t0;
        CpuTime tenthCpu = CpuTime.now();
        CpuTime loggedCpu = tenthCpu;
        int loggedCount = 0;
        List<Long> perTenth = new ArrayList<>();
        List<Long> perTenthCpu = new ArrayList<>();
        int tenth = Math.max(1, history / 10);
        for (int i = 0; i < history; i++) {
            driver.send(source.next("h-" + i), start + (long) (i * step), 1);
            if (i % DRAIN_EVERY == 0) {
                driver.drain();
            }
            long now = System.nanoTime();
            if ((i + 1) % tenth == 0) {
                CpuTime cpu = CpuTime.now();
                perTenth.add(Math.round(tenth / ((now - tenthStart) / 1e9)));
                perTenthCpu.add(Math.round(tenth / cpu.minus(tenthCpu).threadSeconds()));
                tenthStart = now;
                tenthCpu = cpu;
            }
            if (now - lastLog > 10e9) {
                CpuTime cpu = CpuTime.now();
                print("history: %,d of %,d articles (%.0f%%, %,.0f/s so far, %.0f s; last %.0f s: %,.0f per thread CPU second), "
                                + "RocksDB %,d MB on disk", i + 1, history, 100.0 * (i + 1) / history,
                        (i + 1) / ((now - t0) / 1e9), (now - t0) / 1e9, (now - lastLog) / 1e9,
                        (i + 1 - loggedCount) / cpu.minus(loggedCpu).threadSeconds(), driver.stateSize().total() >> 20);
                lastLog = now;
                loggedCount = i + 1;
                loggedCpu = cpu;
            }
        }
        driver.idle(Duration.ofSeconds(1)); // the last decisions
        driver.drain();
        double seconds = (System.nanoTime() - t0) / 1e9;
        StateDirSize size = driver.stateSize();
        print("history: %,d articles in %.0f s (%,.0f/s; by tenth of the history %s, per thread CPU second %s); "
                + "RocksDB %,d B on disk %s", history, seconds, history / seconds, perTenth, perTenthCpu, size.total(),
                size.byStore());
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("load_seconds", seconds);
        load.put("load_articles_per_s_by_tenth", perTenth);
        load.put("load_articles_per_thread_cpu_s_by_tenth", perTenthCpu);
        load.put("rocksdb_bytes_after_history", size.total());
        load.put("rocksdb_bytes_after_history_by_store", size.byStore());
        return load;
    }

    /** The first {@code n} measured articles through the driver, timed: the idle minute, then the articles. */
    private Map<String, Object> measure(DrivenTopology driver, byte[][] measured, int n) {
        long outputsBefore = driver.outputs();
        Map<String, Long> statusesBefore = driver.statuses();
        double punctuationMs = driver.idle(IDLE);
        long step = Math.round(1000 / rate);
        long start = MEASURED_START.toEpochMilli();
        CpuTime cpu0 = CpuTime.now();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            driver.send(measured[i], start + i * step, step);
            if (i % DRAIN_EVERY == 0) {
                driver.drain();
            }
        }
        driver.idle(Duration.ofSeconds(1)); // the last decisions
        driver.drain();
        double seconds = (System.nanoTime() - t0) / 1e9;
        CpuTime cpu = CpuTime.now().minus(cpu0);
        long out = driver.outputs() - outputsBefore;
        Map<String, Long> statuses = driver.statuses();
        statusesBefore.forEach((k, v) -> statuses.merge(k, -v, Long::sum));
        statuses.values().removeIf(v -> v == 0);
        if (out != n) {
            print("WARNING: %,d outputs for %,d articles", out, n);
        }
        StateDirSize size = driver.stateSize();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", seconds);
        m.put("articles_per_s", n / seconds);
        m.put("thread_cpu_seconds", cpu.threadSeconds());
        m.put("articles_per_thread_cpu_s", n / cpu.threadSeconds());
        m.put("process_cpu_seconds", cpu.processSeconds());
        m.put("outputs", out);
        m.put("statuses", statuses);
        m.put("punctuation_ms", punctuationMs);
        m.put("rocksdb_bytes", size.total());
        m.put("rocksdb_sst_bytes", size.sst());
        m.put("rocksdb_bytes_by_store", size.byStore());
        m.put("rocksdb_memtable_bytes", (long) driver.rocksDbMetric("size-all-mem-tables"));
        m.put("changelog_bytes_written", driver.changelogBytesWritten());
        print("measured: %,d articles in %.1f s = %,.0f articles/s (%,.0f per CPU second of this thread; process CPU %.1f s); "
                + "statuses %s; an idle minute's punctuators took %.0f ms; RocksDB %,d B on disk", n, seconds, n / seconds,
                n / cpu.threadSeconds(), cpu.processSeconds(), statuses, punctuationMs, size.total());
        return m;
    }

    @SuppressWarnings("unchecked")
    public static void printText(BenchReport r, PrintStream out) {
        Map<String, Object> e = (Map<String, Object>) r.get("empty");
        Map<String, Object> h = (Map<String, Object>) r.get("history");
        out.println();
        out.printf("bench-history: %,d measured articles, after %,d retained vs on empty stores (simulated %s articles/s)%n",
                r.get("articles"), r.get("history_articles"), r.get("simulated_rate_per_s"));
        out.printf("%-10s %12s %16s %14s %16s %14s%n", "", "articles/s", "per thread CPU s", "RocksDB MB",
                "punctuation ms", "statuses");
        for (Map.Entry<String, Map<String, Object>> row : List.of(Map.entry("empty", e), Map.entry("history", h))) {
            Map<String, Object> v = row.getValue();
            out.printf("%-10s %,12.0f %,16.0f %,14.1f %,16.0f %s%n", row.getKey(), v.get("articles_per_s"),
                    v.get("articles_per_thread_cpu_s"), (long) v.get("rocksdb_bytes") / 1e6, v.get("punctuation_ms"),
                    v.get("statuses"));
        }
        out.printf("ratio history / empty: %.3f, per thread CPU second %.3f (expected statuses %s)%n", r.get("ratio"),
                r.get("ratio_thread_cpu"), r.get("expected"));
        out.printf("RocksDB %,.0f B per retained article %s; changelog writes %,.0f B per article (no cache: an upper bound)%n",
                r.get("rocksdb_bytes_per_retained_article"), h.get("rocksdb_bytes_by_store"),
                r.get("changelog_bytes_written_per_article_uncached"));
        out.printf("history load: %,.0f s, articles/s by tenth %s, per thread CPU second %s%n", h.get("load_seconds"),
                h.get("load_articles_per_s_by_tenth"), h.get("load_articles_per_thread_cpu_s_by_tenth"));
    }
}
