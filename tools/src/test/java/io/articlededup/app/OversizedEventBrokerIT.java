package io.articlededup.app;

import io.articlededup.broker.EmbeddedKafkaBroker;
import io.articlededup.ingest.ArticleParser;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.model.MalformedEvents;
import io.articlededup.text.CleanerSettings;
import io.articlededup.text.ParagraphCleaner;
import io.articlededup.topology.DeadLetterHeaders;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.articlededup.model.MalformedEvents.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile events on a real broker whose input topic accepts 12 MiB records (Kafka's default is 1 MiB),
 * processed by the application in its own JVM with a fixed heap: 10 MB bodies, a 2 MB key, 100,000
 * paragraphs, JSON a million deep, HTML bombs, numbers that grow when written, null keys and values,
 * with good events interleaved. Every good event and every valid article (one of 1.5 MB: above Kafka's
 * default record size) is published; every bad one is a dead letter with its reason, whole when it fits
 * {@code dedup.limits.max.dead.letter.bytes} and cut to it, marked, when it does not; the application is
 * RUNNING at the end, and its heap after each garbage collection stays under a bound.
 */
class OversizedEventBrokerIT {
    static final int RAW_TOPIC_MAX_BYTES = 12 * 1024 * 1024;
    static final String HEAP = "-Xmx256m";
    /** The most live heap after a collection we accept (measured: 78 MB): fixed needs plus a few large records in flight. */
    static final long MAX_HEAP_AFTER_GC_MB = 160;

    @TempDir
    Path dir;

    record Input(String kind, byte[] key, byte[] value, RecordHeaders headers, String expected) {
    }

    @Test
    void everyGoodEventIsPublishedEveryBadOneIsADeadLetterAndTheApplicationStaysUp() throws Exception {
        List<Input> inputs = inputs();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startDefault()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("articles.raw", 3, (short) 1)
                        .configs(Map.of("max.message.bytes", String.valueOf(RAW_TOPIC_MAX_BYTES))))).all().get();
            }
            Path gcLog = dir.resolve("gc.log");
            try (ContainerStyleChild app = ContainerStyleChild.run(
                    List.of(HEAP, "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog),
                    Map.of(), List.of("--bootstrap-servers", broker.bootstrapServers(),
                            "--set", "kafka.application.id=oversized-it",
                            "--set", "kafka.state.dir=" + dir.resolve("state"),
                            "--set", "dedup.topics.partitions=3",
                            "--set", "dedup.topics.internal.partitions=3",
                            "--set", "dedup.topics.replication=1"),
                    dir.resolve("app.log"))) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                        .until(() -> !app.process.isAlive() || app.status("/ready") == 200);
                assertThat(app.process.isAlive()).as("the application started; its log:\n%s", tail(app)).isTrue();

                long t0 = System.nanoTime();
                produce(broker.bootstrapServers(), inputs);
                List<Input> published = inputs.stream().filter(i -> i.expected().equals("clean")).toList();
                List<Input> dead = inputs.stream().filter(i -> !i.expected().equals("clean")).toList();
                var clean = KafkaTestClients.consume(broker.bootstrapServers(), "articles.clean",
                        r -> r.size() >= published.size() || !app.process.isAlive(), Duration.ofSeconds(150));
                var dlq = KafkaTestClients.consume(broker.bootstrapServers(), "articles.dlq",
                        r -> r.size() >= dead.size() || !app.process.isAlive(), Duration.ofSeconds(120));
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertThat(app.process.isAlive()).as("the application is still running; its log:\n%s", tail(app)).isTrue();

                // every article published once, every bad event a dead letter with the expected reason
                List<String> cleanIds = clean.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
                assertThat(cleanIds).as("published; dead letters %s; the application's log:%n%s",
                                dlq.stream().map(r -> header(r, DeadLetterHeaders.REASON) + " " + header(r, DeadLetterHeaders.MESSAGE)).toList(), tail(app))
                        .containsExactlyInAnyOrderElementsOf(published.stream().map(i -> idOf(i)).toList());
                assertThat(dlq).hasSize(dead.size());
                Map<String, Integer> outcomes = new TreeMap<>();
                for (Input in : dead) {
                    ConsumerRecord<byte[], byte[]> letter = dlq.stream().filter(r -> sameKey(r.key(), in.key())).findFirst()
                            .orElseThrow(() -> new AssertionError("no dead letter for " + in.kind()));
                    assertThat(header(letter, DeadLetterHeaders.REASON)).as(in.kind()).isEqualTo(in.expected());
                    assertThat(header(letter, DeadLetterHeaders.TOPIC)).isEqualTo("articles.raw");
                    boolean cut = "true".equals(header(letter, DeadLetterHeaders.TRUNCATED));
                    if (cut) {
                        assertThat(letter.value()).as(in.kind()).isEqualTo(Arrays.copyOf(in.value(), letter.value().length));
                        assertThat(header(letter, DeadLetterHeaders.ORIGINAL_VALUE_BYTES)).isEqualTo(String.valueOf(in.value().length));
                    } else {
                        assertThat(letter.value()).as(in.kind()).isEqualTo(in.value());
                    }
                    assertThat(size(letter)).isLessThanOrEqualTo(ArticleLimits.defaults().maxDeadLetterBytes());
                    outcomes.merge(in.expected() + (cut ? " (cut)" : ""), 1, Integer::sum);
                }
                assertThat(outcomes).containsKey("too_large (cut)");
                outcomes.put("published", clean.size());

                // still RUNNING, and the heap stayed bounded
                assertThat(app.status("/ready")).isEqualTo(200);
                assertThat(app.get("/metrics")).containsPattern("dedup_streams_state\\{[^}]*state=\"running\"[^}]*} 1.0");
                long[] heap = heapAfterGcMb(gcLog);
                long bytesIn = inputs.stream().mapToLong(i -> i.value() == null ? 0 : i.value().length).sum();
                System.out.printf("%n== oversized events on a real broker: %d inputs, %,d bytes, in %.1f s ==%n", inputs.size(), bytesIn, seconds);
                Map<String, Integer> kinds = new TreeMap<>();
                inputs.forEach(i -> kinds.merge(i.kind().replaceAll("-\\d+$", ""), 1, Integer::sum));
                System.out.println("  inputs by kind: " + kinds);
                System.out.println("  outcomes: " + outcomes);
                System.out.printf("  heap (%s): %d collections, most live after a collection %d MB, most in use before one %d MB%n",
                        HEAP, heap[2], heap[0], heap[1]);
                assertThat(heap[2]).as("collections in the GC log").isPositive();
                assertThat(heap[0]).isLessThanOrEqualTo(MAX_HEAP_AFTER_GC_MB);
            }
        }
    }

    private List<Input> inputs() {
        MalformedEvents gen = new MalformedEvents(11);
        ArticleParser oracle = new ArticleParser(ArticleLimits.defaults(), new ParagraphCleaner(CleanerSettings.defaults()));
        List<Input> hostile = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // more 10 MB bodies than one fetch or one buffer holds
            hostile.add(bad("huge-body-10mb-" + i, utf8("{\"id\":\"h" + i + "\",\"body\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}"), "too_large"));
        }
        hostile.add(bad("body-3mb", utf8("{\"id\":\"b3\",\"body\":\"" + "b".repeat(3 * 1024 * 1024) + "\"}"), "too_large"));
        StringBuilder big = new StringBuilder();
        for (int p = 0; p < 1_500; p++) {
            big.append(p == 0 ? "" : "\\n\\n").append("Paragraph ").append(p).append(' ').append("lorem ipsum dolor sit amet ".repeat(37));
        }
        hostile.add(new Input("valid-1.5mb", null, utf8("{\"id\":\"valid-1.5mb\",\"url\":\"https://big.example/a\",\"body\":\"" + big + "\"}"),
                new RecordHeaders(), "clean"));
        hostile.add(bad("paragraphs-100k", utf8("{\"id\":\"many\",\"paragraphs\":[" + "\"p\",".repeat(99_999) + "\"p\"]}"), "too_many_paragraphs"));
        hostile.add(bad("json-1000000-deep", utf8("{\"id\":\"deep\",\"body\":\"a b c\",\"x\":" + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "}"), "invalid_json"));
        hostile.add(bad("numbers-growing", utf8("{\"id\":\"num\",\"body\":\"text of a story\",\"x\":[" + "1e6,".repeat(450_000) + "1]}"), "too_large"));
        // each with its own text: two bombs around the same words would be exact duplicates of each other
        for (String bomb : List.of("<div>".repeat(150_000) + "nested div bomb" + "</div>".repeat(150_000),
                "<div><span><b>".repeat(100_000) + "unclosed tag bomb", "<table><tr><td>".repeat(50_000) + "nested table bomb")) {
            byte[] v = utf8("{\"id\":\"bomb-" + bomb.length() + "\",\"html\":\"" + bomb + "\"}");
            hostile.add(new Input("html-bomb", key("bomb-" + bomb.length()), v, new RecordHeaders(), outcome(oracle, v)));
        }
        byte[] hugeKey = new byte[2 * 1024 * 1024];
        Arrays.fill(hugeKey, (byte) 'k');
        hostile.add(new Input("key-2mb", hugeKey, utf8(gen.validJson("under-a-huge-key")), new RecordHeaders(), "too_large"));
        hostile.add(new Input("null-key", null, utf8(gen.validJson("null-key")), new RecordHeaders(), "clean"));
        hostile.add(bad("null-value", null, "empty_value"));
        hostile.add(bad("broken-json", utf8("{\"id\":\"x\",\"body\":"), "invalid_json"));
        hostile.add(bad("wrong-type", utf8("{\"id\":\"x\",\"body\":42}"), "wrong_type"));
        hostile.add(bad("duplicate-keys", utf8("{\"id\":\"a\",\"id\":\"b\",\"body\":\"x y\"}"), "invalid_json"));
        hostile.add(bad("control-chars", utf8("{\"id\":\"c\",\"body\":\"a\u0001b\"}"), "invalid_json"));
        List<Input> all = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            all.add(hostile.get(i));
            for (int g = 0; g < 2; g++) { // two good events after every hostile one
                String id = "good-" + i + "-" + g;
                all.add(new Input("good", key(id), utf8(gen.validJson(id)), new RecordHeaders(), "clean"));
            }
        }
        return all;
    }

    private static Input bad(String kind, byte[] value, String reason) {
        return new Input(kind, key("bad-" + kind), value, new RecordHeaders(), reason);
    }

    private static String outcome(ArticleParser oracle, byte[] value) {
        try {
            oracle.parse(value, 0L);
            return "clean";
        } catch (InvalidArticleException e) {
            return e.reason();
        }
    }

    private static byte[] key(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String idOf(Input in) {
        String v = new String(in.value(), 0, Math.min(200, in.value().length), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(v);
        return m.find() ? m.group(1) : null;
    }

    private static void produce(String bootstrap, List<Input> inputs) {
        Map<String, Object> conf = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, RAW_TOPIC_MAX_BYTES,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024));
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(conf, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Input in : inputs) {
                p.send(new ProducerRecord<>("articles.raw", null, in.key(), in.value(), in.headers()));
            }
            p.flush();
        }
    }

    private static boolean sameKey(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }

    private static long size(ConsumerRecord<byte[], byte[]> r) {
        long n = (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
        for (Header h : r.headers()) {
            n += h.key().length() + (h.value() == null ? 0 : h.value().length);
        }
        return n;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
        Header h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** From the child's GC log: {most live MB after a collection, most MB in use before one, collections}. */
    private static long[] heapAfterGcMb(Path gcLog) throws Exception {
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)").matcher(Files.readString(gcLog));
        long after = 0;
        long before = 0;
        long n = 0;
        while (m.find()) {
            before = Math.max(before, Long.parseLong(m.group(1)));
            after = Math.max(after, Long.parseLong(m.group(2)));
            n++;
        }
        return new long[] {after, before, n};
    }

    private static String tail(ContainerStyleChild app) {
        String out = app.output();
        return out.substring(Math.max(0, out.length() - 6_000));
    }
}
