package io.articlededup.app;

import io.articlededup.bench.ArticleGenerator;
import io.articlededup.bench.BenchClients;
import io.articlededup.bench.BenchReport;
import io.articlededup.bench.BenchStream;
import io.articlededup.bench.HtmlArticleStream;
import io.articlededup.bench.HtmlPages;
import io.articlededup.bench.HtmlPages.HtmlPage;
import io.articlededup.bench.Drain;
import io.articlededup.bench.LatencyPhase;
import io.articlededup.bench.OutputReader;
import io.articlededup.bench.ParagraphPool;
import io.articlededup.bench.StateCost;
import io.articlededup.bench.ThroughputPhase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.articlededup.bench.Progress.print;
import static io.articlededup.bench.ThroughputPhase.PASSTHROUGH_LATENCY_INPUT;
import static io.articlededup.bench.ThroughputPhase.PASSTHROUGH_TOPIC;

/**
 * End-to-end benchmark on an embedded broker (docs/performance.md): N raw articles of about 3 KB made
 * of real text with a known duplicate mix (with {@code --html}: real pages of 20-250 KB, {@link HtmlArticleStream})
 * are produced first; then, on the same broker and data, a
 * pass-through Kafka Streams app (read, write, same exactly-once config) and our full topology each
 * drain them; then the end-to-end latency at a fixed offered rate; then the state each store and
 * changelog holds. The phases live in {@code io.articlededup.bench}; this class is the options and their order.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end benchmark on an embedded broker: our topology vs a pass-through app on the same "
                + "data (articles/s, MB/s, ratio), end-to-end latency at a fixed rate, state bytes per article.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--articles", defaultValue = "200000", description = "Articles for the throughput phase (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", defaultValue = "1000", description = "Offered rate of the latency phase, articles/s (default ${DEFAULT-VALUE}; 0 skips it).")
    double rate;

    @Option(names = "--latency-seconds", defaultValue = "30", description = "Length of the latency phase (default ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--warmup-seconds", defaultValue = "3", description = "Latency samples of the first seconds are not counted (default ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--duplicates", defaultValue = "0.3", description = "Share of exact + near duplicates, half each; with --html exact resends + re-scrapes "
            + "(default ${DEFAULT-VALUE}).")
    double duplicateShare;

    @Option(names = "--html", description = "Events are real HTML pages {\"id\",\"url\",\"html\"} (the trafilatura, "
            + "L3S-GN1 and AEB sets, then editions of them); the duplicates are exact resends and re-scrapes of a page.")
    boolean html;

    @Option(names = "--partitions", defaultValue = "6", description = "Partitions of the input/output topics (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--internal-partitions", defaultValue = "6", description = "Partitions of the internal topics (default ${DEFAULT-VALUE}).")
    int internalPartitions;

    @Option(names = "--data-dir", description = "Real text to replay, and with --html the page sets (default ../shared/data when present, "
            + "else the built-in samples; --html needs the page sets).")
    Path dataDir;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated stream (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--skip-passthrough", description = "Do not run the pass-through baseline.")
    boolean skipPassthrough;

    @Option(names = "--json", description = "Print the result as JSON on stdout (progress goes to stderr).")
    boolean json;

    @Option(names = "--timeout-seconds", defaultValue = "3600", description = "Give up a drain after this long (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        List<String> pool = ParagraphPool.load(dataDir, SampleArticles.lines());
        if (html && dataDir != null) {
            // the page sets find their folders through the shared data folder's system property
            System.setProperty("shared.data.dir", dataDir.toString());
        }
        List<HtmlPage> pages = html ? HtmlPages.all(seed) : List.of();
        BenchStream gen = stream(pool, pages, seed);
        BenchReport report = new BenchReport();
        report.put("mode", html ? "html" : "text");
        report.put("articles", articles);
        try (LocalCluster cluster = LocalCluster.start(0, "bench")) {
            String appId = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            AppConfig config = options.load(cluster.settings(Map.of(
                    "kafka.application.id", appId,
                    "kafka.state.dir", cluster.stateDir("ours").toString(),
                    "dedup.topics.partitions", String.valueOf(partitions),
                    "dedup.topics.internal.partitions", String.valueOf(internalPartitions),
                    "dedup.http.port", "0")));
            Properties client = TopicBootstrap.clientProperties(config);
            TopicBootstrap.ensureTopics(config);
            BenchClients.createTopic(client, PASSTHROUGH_TOPIC, partitions);
            BenchClients.createTopic(client, PASSTHROUGH_LATENCY_INPUT, partitions);
            String input = config.string("dedup.topic.input");
            List<String> outputs = List.of(config.string("dedup.topic.clean"), config.string("dedup.topic.duplicates"),
                    config.string("dedup.topic.dlq"));
            BenchClients.awaitLeaders(client, List.of(input, PASSTHROUGH_TOPIC, PASSTHROUGH_LATENCY_INPUT, outputs.get(0),
                    outputs.get(1), outputs.get(2)));

            // 1. the data, produced first
            long t0 = System.nanoTime();
            long inputBytes = ThroughputPhase.produce(client, input, gen, articles);
            double produceS = (System.nanoTime() - t0) / 1e9;
            print("produced %,d articles (%.1f MB, %,.0f B/article; %d unique, %d exact, %d near, %d dead letters) in %.1f s",
                    articles, inputBytes / 1e6, (double) inputBytes / articles, gen.uniques(), gen.exact(), gen.near(),
                    gen.deadLetters(), produceS);
            report.put("input_bytes", inputBytes);
            report.put("expected", Map.of("unique", gen.uniques(), "exact_duplicate", gen.exact(), "near_duplicate", gen.near(),
                    "dead_letter", gen.deadLetters()));

            try (OutputReader reader = new OutputReader(client,
                    List.of(outputs.get(0), outputs.get(1), outputs.get(2), PASSTHROUGH_TOPIC), PASSTHROUGH_TOPIC)) {
                reader.start();
                // 2. pass-through baseline: its drain, then its latency on an input of its own (other
                // articles from the same pool, so that ours' expected statuses and state are not touched)
                Drain pass = null;
                LatencyPhase latency = new LatencyPhase(rate, latencySeconds, warmupSeconds);
                if (!skipPassthrough) {
                    try (ThroughputPhase.PassThrough pt = ThroughputPhase.startPassThrough(config.streamsProperties(),
                            input, cluster.stateDir("passthrough"))) {
                        pass = pt.drain(reader, articles, timeoutSeconds);
                        if (rate > 0) {
                            latency.runPassThrough(client, PASSTHROUGH_LATENCY_INPUT,
                                    stream(pool, pages, seed + 1), reader, report);
                        }
                    }
                    pass.report(report, "passthrough", inputBytes);
                }
                // 3. our topology
                Drain ours;
                try (DedupApplication app = new DedupApplication(config)) {
                    long start = System.nanoTime();
                    app.start();
                    ours = reader.awaitOurs("ours", articles, start, timeoutSeconds);
                    ours.report(report, "ours", inputBytes);
                    Map<String, Long> statuses = reader.statuses();
                    report.put("ours_statuses", statuses);
                    long inCycles = reader.articlesInCycles();
                    report.put("ours_articles_in_duplicate_cycles", inCycles);
                    print("ours: statuses %s (expected unique %d, exact %d, near %d, dead letters %d); %d articles in "
                            + "duplicate-link cycles (must be 0)", statuses, gen.uniques(), gen.exact(), gen.near(),
                            gen.deadLetters(), inCycles);
                    long[] order = reader.canonicalNotEarliest();
                    report.put("ours_duplicate_clusters", order[0]);
                    report.put("ours_canonical_not_earliest", order[1]);
                    var late = app.registry().find("dedup_late_probes").counter();
                    long lateProbes = late == null ? 0 : (long) late.count();
                    report.put("ours_late_probes", lateProbes);
                    print("ours: %d of %d duplicate clusters (%.2f%%) have a canonical that is not their earliest "
                            + "article by (event time, id); %d probes answered out of event-time order", order[1], order[0],
                            order[0] == 0 ? 0.0 : 100.0 * order[1] / order[0], lateProbes);
                    // 4. latency at a fixed offered rate
                    if (rate > 0) {
                        latency.run(client, input, gen, reader, report);
                    }
                }
                if (pass != null) {
                    report.put("ratio", ours.rate() / pass.rate());
                    report.put("ratio_wall", ours.wallRate() / pass.wallRate());
                    report.put("ratio_second_half", ours.secondHalfRate() / pass.secondHalfRate());
                }
                // 5. state: RocksDB on disk (flushed on close) and changelog topics on the broker
                report.put("state", StateCost.measure(client, cluster.stateDir("ours"), appId, gen.total(), gen.uniquesTotal()));
            }
        }
        if (json) {
            System.out.println(report.json());
        } else {
            report.printText(System.out);
        }
        return 0;
    }

    private BenchStream stream(List<String> pool, List<HtmlPage> pages, long streamSeed) {
        return html ? new HtmlArticleStream(pages, pool, streamSeed, duplicateShare)
                : new ArticleGenerator(pool, streamSeed, duplicateShare);
    }
}
