package io.articlededup.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.metrics.DedupMetrics;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static io.articlededup.topology.Fixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

class DedupTopologyTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, byte[]> clean;
    private TestOutputTopic<String, byte[]> duplicates;
    private TestOutputTopic<byte[], byte[]> dlq;
    private Instant now = Instant.parse("2026-11-25T08:00:00Z");

    @BeforeEach
    void start() {
        TopologySettings s = TopologySettings.defaults();
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(DedupTopology.build(Fixtures.unordered(s), new DedupMetrics(registry, 5)), p);
        raw = driver.createInputTopic(s.inputTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(s.cleanTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        duplicates = driver.createOutputTopic(s.duplicatesTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        dlq = driver.createOutputTopic(s.deadLetterTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(byte[] value) {
        now = now.plusSeconds(1);
        raw.pipeInput(null, value, now);
        // near-duplicate decisions wait a short wall-clock grace for late band answers
        driver.advanceWallClockTime(Duration.ofSeconds(1));
    }

    @Test
    void theSeedComesOutCleanAndItsResendIsAnExactDuplicate() throws Exception {
        send(Fixtures.seedEvent(null));
        List<TestRecord<String, byte[]>> out = clean.readRecordsToList();
        assertThat(out).hasSize(1);
        JsonNode article = JSON.readTree(out.get(0).value());
        assertThat(article.get("title").asText()).isEqualTo(Fixtures.SEED_TITLE);
        assertThat(JSON.convertValue(article.get("paragraphs"), List.class)).isEqualTo(Fixtures.seedParagraphs());
        assertThat(article.at("/dedup/status").asText()).isEqualTo("unique");
        assertThat(article.at("/dedup/paragraphs/in").asInt()).isEqualTo(31);
        assertThat(article.at("/dedup/paragraphs/kept").asInt()).isEqualTo(9);
        assertThat(article.at("/dedup/paragraphs/removed/repeated").asInt()).isEqualTo(18);
        assertThat(article.at("/dedup/paragraphs/removed/headline").asInt()).isEqualTo(2);
        assertThat(article.at("/dedup/paragraphs/removed/ui_line").asInt()).isEqualTo(2);
        assertThat(article.get("source").asText()).isEqualTo("axios.com");
        assertThat(out.get(0).key()).isEqualTo(article.get("id").asText());

        send(Fixtures.seedEvent("seed-again"));
        assertThat(clean.isEmpty()).isTrue();
        JsonNode dup = JSON.readTree(duplicates.readValue());
        assertThat(dup.get("id").asText()).isEqualTo("seed-again");
        assertThat(dup.at("/dedup/status").asText()).isEqualTo("exact_duplicate");
        assertThat(dup.at("/dedup/duplicate_of").asText()).isEqualTo(article.get("id").asText());
        assertThat(dup.at("/dedup/similarity").asDouble()).isEqualTo(1.0);
        assertThat(dlq.isEmpty()).isTrue();

        assertThat(registry.get("dedup_articles").tag("outcome", "unique").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("dedup_articles").tag("outcome", "exact_duplicate").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("dedup_paragraphs").tag("disposition", "kept").counter().count()).isEqualTo(18.0);
    }

    @Test
    void malformedEventsGoToTheDeadLetterTopicWithTheirBytesAndReason() {
        byte[] broken = "{\"id\": \"x\", \"body\": ".getBytes(StandardCharsets.UTF_8);
        send(broken);
        send("{\"id\":\"no-text\"}".getBytes(StandardCharsets.UTF_8));
        send("[1,2,3]".getBytes(StandardCharsets.UTF_8));
        send("{\"id\":\"dup-key\",\"id\":\"again\",\"body\":\"text\"}".getBytes(StandardCharsets.UTF_8));
        send("{\"id\":\"typed\",\"paragraphs\":\"not an array\"}".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("k".getBytes(StandardCharsets.UTF_8), null, now.plusSeconds(1));
        driver.advanceWallClockTime(Duration.ofSeconds(1));

        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(6);
        assertThat(dead.get(0).value()).isEqualTo(broken);
        assertThat(dead).extracting(r -> header(r.headers(), DeadLetterHeaders.REASON))
                .containsExactly("invalid_json", "missing_text", "not_an_object", "invalid_json", "wrong_type", "empty_value");
        assertThat(header(dead.get(0).headers(), DeadLetterHeaders.TOPIC)).isEqualTo("articles.raw");
        assertThat(header(dead.get(0).headers(), DeadLetterHeaders.OFFSET)).isEqualTo("0");
        assertThat(header(dead.get(4).headers(), DeadLetterHeaders.MESSAGE)).contains("paragraphs");
        assertThat(new String(dead.get(5).key(), StandardCharsets.UTF_8)).isEqualTo("k");
        assertThat(clean.isEmpty()).isTrue();

        // the stream goes on after bad input
        send(Fixtures.bytes(Fixtures.article("good", "example.com", "Title", "A real paragraph of news text.")));
        assertThat(clean.readRecordsToList()).hasSize(1);
        assertThat(registry.get("dedup_dead_letters").tag("reason", "invalid_json").counter().count()).isEqualTo(2.0);
    }

    @Test
    void anExactCopyOnAnotherSiteAndAFormattingVariantAreExactDuplicates() throws Exception {
        send(Fixtures.bytes(Fixtures.article("a1", "wire.example", "Storm hits coast",
                "A storm hit the coast on Monday.", "Thousands lost power.")));
        send(Fixtures.bytes(Fixtures.article("a2", "copy.example", "STORM HITS COAST",
                "A  storm hit the coast on Monday. ", "THOUSANDS lost power.", "Share")));
        send(Fixtures.bytes(Fixtures.article("a3", "wire.example", "Other story", "Something else happened.")));
        assertThat(clean.readValuesToList()).hasSize(2);
        JsonNode dup = JSON.readTree(duplicates.readValue());
        assertThat(dup.at("/dedup/duplicate_of").asText()).isEqualTo("a1");
        assertThat(dup.at("/dedup/paragraphs/removed/ui_line").asInt()).isEqualTo(1);
        // the duplicate keeps its own text: dedup never rewrites an article into another one
        assertThat(dup.get("title").asText()).isEqualTo("STORM HITS COAST");
    }

    @Test
    void copiesOlderThanTheRetentionAreNotDuplicatesAnyMore() {
        byte[] event = Fixtures.bytes(Fixtures.article("old", "a.example", "T", "Some paragraph of text."));
        raw.pipeInput(null, event, now);
        raw.pipeInput(null, Fixtures.bytes(Fixtures.article("filler", "a.example", "T", "Other text.")),
                now.plus(Duration.ofDays(9)));
        raw.pipeInput(null, Fixtures.bytes(Fixtures.article("new", "a.example", "T", "Some paragraph of text.")),
                now.plus(Duration.ofDays(9)).plusSeconds(1));
        driver.advanceWallClockTime(Duration.ofSeconds(1));
        assertThat(clean.readValuesToList()).hasSize(3);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void annotateModePassesDuplicatesToTheCleanTopicWithTheirVerdict() throws Exception {
        driver.close();
        TopologySettings s = TopologySettings.defaults().withDuplicateMode(TopologySettings.DuplicateMode.ANNOTATE);
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
        driver = new TopologyTestDriver(DedupTopology.build(Fixtures.unordered(s), DedupMetrics.noop()), p);
        raw = driver.createInputTopic(s.inputTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(s.cleanTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        duplicates = driver.createOutputTopic(s.duplicatesTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        send(Fixtures.seedEvent("one"));
        send(Fixtures.seedEvent("two"));
        List<byte[]> out = clean.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(JSON.readTree(out.get(1)).at("/dedup/status").asText()).isEqualTo("exact_duplicate");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void unknownFieldsAreCarriedThroughUntouched() throws Exception {
        var event = Fixtures.article("f1", "a.example", "T", "Text of the article.");
        event.put("published_at", "2026-11-25T07:00:00Z");
        event.putObject("scraper").put("run", 42).putArray("tags").add("x");
        send(Fixtures.bytes(event));
        JsonNode out = JSON.readTree(clean.readValue());
        assertThat(out.get("published_at").asText()).isEqualTo("2026-11-25T07:00:00Z");
        assertThat(out.get("scraper")).isEqualTo(event.get("scraper"));
    }

    @Test
    void htmlInputBecomesParagraphs() throws Exception {
        var event = JSON.createObjectNode();
        event.put("url", "https://www.example.org/a?utm_source=x");
        event.put("html", "<html><head><title>Page title</title><script>var x=1;</script></head><body>"
                + "<h1>Page title</h1><p>First paragraph of the story.</p><div><p>Second paragraph.</p></div>"
                + "<p>Share</p></body></html>");
        send(Fixtures.bytes(event));
        JsonNode out = JSON.readTree(clean.readValue());
        assertThat(out.get("title").asText()).isEqualTo("Page title");
        assertThat(JSON.convertValue(out.get("paragraphs"), List.class))
                .containsExactly("First paragraph of the story.", "Second paragraph.");
        assertThat(out.get("source").asText()).isEqualTo("example.org");
    }

    private static String header(Headers h, String key) {
        var header = h.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
