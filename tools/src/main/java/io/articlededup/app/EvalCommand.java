package io.articlededup.app;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlededup.eval.BaseCorpus;
import io.articlededup.eval.Corpora;
import io.articlededup.eval.Decision;
import io.articlededup.eval.DecisionLog;
import io.articlededup.eval.EvalReport;
import io.articlededup.eval.LabelledEvent;
import io.articlededup.eval.LabelledStreamBuilder;
import io.articlededup.eval.Scorer;
import io.articlededup.eval.StreamSpec;
import io.articlededup.eval.pages.HtmlEval;
import io.articlededup.eval.pages.HtmlOutcome;
import io.articlededup.eval.pages.HtmlStream;
import io.articlededup.eval.pages.HtmlStreamBuilder;
import io.articlededup.eval.pages.PairMisses;
import io.articlededup.topology.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Build labelled article streams from the real text in ../shared/data (documented, seeded "
                + "transformations: docs/evaluation-data.md), run them through the real topology on an embedded "
                + "broker, and print precision/recall/F1, ARI, boilerplate figures and articles/s.")
final class EvalCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(EvalCommand.class);
    private static final ObjectMapper JSON = EventJson.MAPPER;

    @Mixin
    CommonOptions options;

    @Option(names = "--data-dir", description = "Where the corpora are (default: ../shared/data or -Dshared.data.dir).")
    Path dataDir;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the stream's transformations (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--originals", description = "Original stories in the stream (default 2000; with --html 660).")
    Integer originals;

    @Option(names = "--html", description = "Send html pages instead: the stories poured into templates made from the "
            + "real pages of scrapinghub-aeb and l3s-gn1, scored also on the published text (docs/evaluation.md).")
    boolean html;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON here.")
    Path jsonOut;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "Also write one JSON line per event here: its kind, story and site beside its published status, link and text.")
    Path decisionsOut;

    @Option(names = "--partitions", defaultValue = "4",
            description = "Partitions of the internal topics (default ${DEFAULT-VALUE}). The input topic has one, so that "
                    + "the replayed stream is read in event-time order, as a live feed would be.")
    int partitions;

    @Option(names = "--rate", defaultValue = "0",
            description = "Offer the stream at this many events/s, as a live feed (default 0: all at once, a backlog: "
                    + "partitions then drain at different paces and a newer copy can be decided before its original, "
                    + "which turns the pair around; see docs/evaluation.md).")
    double rate;

    @Override
    public Integer call() throws Exception {
        Path dir = dataDir != null ? dataDir : Corpora.defaultDataDir();
        if (!Files.isDirectory(dir)) {
            System.err.println("eval: no data directory at " + dir + " (give --data-dir)");
            return 2;
        }
        long t0 = System.nanoTime();
        HtmlStream pages = null;
        List<LabelledEvent> events;
        if (html) {
            if (dataDir != null) {
                System.setProperty("shared.data.dir", dir.toString());
            }
            HtmlStreamBuilder.Spec d = HtmlStreamBuilder.Spec.defaults();
            pages = HtmlEval.stream(dir, new HtmlStreamBuilder.Spec(seed, originals != null ? originals : d.originals(),
                    d.portals()));
            events = pages.events();
        } else {
            events = new LabelledStreamBuilder(StreamSpec.defaults().withSeed(seed)
                    .withOriginals(originals != null ? originals : StreamSpec.defaults().originals()))
                    .build(BaseCorpus.load(dir));
        }
        HtmlOutcome outcome = pages == null ? null : new HtmlOutcome(pages);
        System.out.printf("eval: built %d labelled events from %s in %.1f s%n", events.size(), dir, (System.nanoTime() - t0) / 1e9);

        try (LocalCluster cluster = LocalCluster.start(0, "eval")) {
            AppConfig config = options.load(cluster.settings(Map.of(
                    "kafka.application.id", "eval-" + UUID.randomUUID().toString().substring(0, 8),
                    "dedup.topics.partitions", "1",
                    "dedup.topics.internal.partitions", String.valueOf(partitions),
                    "dedup.http.port", "0")));
            try (DedupApplication app = new DedupApplication(config).start()) {
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (!app.readiness().ready() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                long start = System.nanoTime();
                produce(config, events, rate);
                Map<String, Decision> decisions = collect(config, events.size(), outcome);
                List<String> missing = events.stream().map(LabelledEvent::id).filter(id -> !decisions.containsKey(id)).toList();
                if (!missing.isEmpty()) {
                    System.out.printf("eval: no decision within 30 s of the last one for %d events, e.g. %s%n", missing.size(),
                            missing.subList(0, Math.min(10, missing.size())));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                EvalReport report = Scorer.score(events, decisions).withArticlesPerSecond(events.size() / seconds);
                System.out.println(report.toTable());
                if (outcome != null) {
                    System.out.println(outcome.toTable());
                    System.out.println(PairMisses.toTable(events, decisions, pages.portalOf()));
                }
                System.out.printf("eval: %d events decided in %.1f s (%.0f articles/s, produce included)%n",
                        decisions.size(), seconds, events.size() / seconds);
                if (decisionsOut != null) {
                    DecisionLog.write(decisionsOut, events, decisions, pages == null ? Map.of() : pages.portalOf());
                    System.out.println("eval: decisions written to " + decisionsOut);
                }
                if (jsonOut != null) {
                    Files.writeString(jsonOut, outcome != null ? outcome.toJson(report) : report.toJson());
                    System.out.println("eval: JSON report written to " + jsonOut);
                }
            }
        }
        return 0;
    }

    private static void produce(AppConfig config, List<LabelledEvent> events, double rate) {
        SendPace pace = new SendPace(rate);
        try (KafkaProducer<byte[], byte[]> producer = ProduceCommand.rawEventProducer(config)) {
            for (LabelledEvent e : events) {
                pace.awaitNextSlot();
                long ts = e.raw().hasNonNull("published_at")
                        ? Instant.parse(e.raw().get("published_at").asText()).toEpochMilli() : System.currentTimeMillis();
                producer.send(new ProducerRecord<>(config.string("dedup.topic.input"), null, ts,
                        e.id().getBytes(StandardCharsets.UTF_8), e.raw().toString().getBytes(StandardCharsets.UTF_8)),
                        (metadata, error) -> {
                            if (error != null) {
                                log.warn("eval: {} was not accepted by the broker: {}", e.id(), error.toString());
                            }
                        });
            }
        }
    }

    /**
     * Reads decisions until every event has one, or nothing new came for 30 s (120 s before the first: on a
     * loaded machine the application's first transaction can take longer than 30 s to commit); hands each
     * output to {@code outcome}.
     */
    private static Map<String, Decision> collect(AppConfig config, int expected, HtmlOutcome outcome) {
        Properties p = TopicBootstrap.clientProperties(config);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "eval-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Decision> decisions = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(config.string("dedup.topic.clean"), config.string("dedup.topic.duplicates"),
                    config.string("dedup.topic.dlq")));
            long lastNew = System.nanoTime();
            long lastLog = System.nanoTime();
            while (decisions.size() < expected
                    && System.nanoTime() - lastNew < Duration.ofSeconds(decisions.isEmpty() ? 120 : 30).toNanos()) {
                for (var r : c.poll(Duration.ofMillis(200))) {
                    try {
                        JsonNode event = JSON.readTree(r.value());
                        Decision d = Decision.fromOutputEvent(event);
                        decisions.put(d.id(), d);
                        if (outcome != null && r.topic().equals(config.string("dedup.topic.dlq"))) {
                            Header reason = r.headers().lastHeader(DeadLetterHeaders.REASON);
                            outcome.deadLetter(reason == null || reason.value() == null ? null
                                    : new String(reason.value(), StandardCharsets.UTF_8));
                        } else if (outcome != null) {
                            outcome.published(event);
                        }
                    } catch (Exception e) {
                        log.warn("eval: unreadable output on {}: {}", r.topic(), e.toString());
                    }
                    lastNew = System.nanoTime();
                }
                if (System.nanoTime() - lastLog > Duration.ofSeconds(5).toNanos()) {
                    System.out.printf("eval: %d of %d decided%n", decisions.size(), expected);
                    lastLog = System.nanoTime();
                }
            }
        }
        return decisions;
    }
}
