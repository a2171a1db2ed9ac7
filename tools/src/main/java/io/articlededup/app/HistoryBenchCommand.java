package io.articlededup.app;

import io.articlededup.broker.ScratchDirectories;
import io.articlededup.bench.BenchReport;
import io.articlededup.bench.HistoryBench;
import io.articlededup.bench.ParagraphPool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code bench-history}: see {@link HistoryBench}. */
@Command(name = "bench-history", mixinStandardHelpOptions = true,
        description = "Throughput of our topology (real RocksDB stores, no broker) with a large retained history "
                + "against empty stores, in one run; state bytes per retained article.")
final class HistoryBenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--history", defaultValue = "200000", description = "Unique articles retained before the measurement (default ${DEFAULT-VALUE}).")
    int history;

    @Option(names = "--articles", defaultValue = "6000", description = "Articles measured, on empty stores and after the history (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", defaultValue = "100", description = "Articles/s the simulated wall clock assumes while measuring: "
            + "wall-clock punctuators run once per (rate x their interval) articles (default ${DEFAULT-VALUE}, about our broker throughput).")
    double rate;

    @Option(names = "--history-hours", defaultValue = "48", description = "Event times of the history span this many hours before "
            + "the measured articles, at most 1 s per article; keep it inside every retention (default ${DEFAULT-VALUE}; "
            + "boilerplate retention is 3 d).")
    double historyHours;

    @Option(names = "--warmup", defaultValue = "1000", description = "Articles run first on a throw-away state, not counted (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--duplicates", defaultValue = "0.3", description = "Share of exact + near duplicates among the measured articles (default ${DEFAULT-VALUE}).")
    double duplicateShare;

    @Option(names = "--data-dir", description = "Real text (default ../shared/data when present, else the built-in samples).")
    Path dataDir;

    @Option(names = "--work-dir", description = "Where the state stores go (default: a temporary directory, deleted at the end).")
    Path workDir;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated articles (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the result as JSON on stdout (progress goes to stderr).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.load(Map.of("kafka.application.id", "bench-history"));
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("article-dedup-bench-history-");
        BenchReport report;
        try {
            report = new HistoryBench(config.topologySettings(), config.streamsProperties(),
                    ParagraphPool.load(dataDir, SampleArticles.lines()), seed, duplicateShare, history, articles, rate,
                    Duration.ofMinutes(Math.round(historyHours * 60)), warmup, dir).run();
        } finally {
            if (workDir == null) {
                ScratchDirectories.delete(dir);
            }
        }
        if (json) {
            System.out.println(report.json());
        } else {
            HistoryBench.printText(report, System.out);
        }
        return 0;
    }

}
