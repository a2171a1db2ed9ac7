package io.articlededup.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.metrics.DedupMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static io.articlededup.topology.Fixtures.JSON;
import static io.articlededup.topology.NearDuplicateTopologyTest.STORY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology with event-time order: probes wait at the band index until the watermarks of every upstream
 * task have passed them, and are answered oldest first. The driver has one partition per topic, so the
 * races between partitions are the broker tests' ({@code OrderedDecisionsBrokerIT}); here the input itself
 * comes out of order, within or beyond the allowed lateness.
 */
class ProbeOrderTopologyTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, byte[]> clean;
    private TestOutputTopic<String, byte[]> duplicates;

    private void start(Duration lateness) {
        OrderSettings d = OrderSettings.defaults();
        TopologySettings x = TopologySettings.defaults();
        // one partition per topic, as the driver has: the band index waits for as many by-source tasks
        TopologySettings s = new TopologySettings(x.inputTopic(), x.cleanTopic(), x.duplicatesTopic(), x.deadLetterTopic(),
                x.repliesTopic(), x.duplicateMode(), 1, x.exactRetention(), x.limits(), x.cleaner(), x.boilerplate(),
                x.near(), x.decisionRetention(), new OrderSettings(true, lateness, d.idle(), d.interval()));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "order-test");
        driver = new TopologyTestDriver(DedupTopology.build(s, new DedupMetrics(registry, 20)), p, T0);
        raw = driver.createInputTopic(s.inputTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(s.cleanTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        duplicates = driver.createOutputTopic(s.duplicatesTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        // the input task's partition count is not known here: the by-source task listens first; and the input
        // task is not idle before the grace for its first fetch
        driver.advanceWallClockTime(Duration.ofMillis(InputWatermarkProcessor.FIRST_FETCH_GRACE_MS));
        settle();
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String id, String source, Duration at, String... paragraphs) {
        raw.pipeInput(null, Fixtures.bytes(Fixtures.article(id, source, "Story " + id, paragraphs)), T0.plus(at));
    }

    /** Wall-clock steps past the idle time: watermarks go round, the quiet input turns idle, all is answered. */
    private void settle() {
        for (int i = 0; i < 60; i++) {
            driver.advanceWallClockTime(Duration.ofMillis(100));
        }
    }

    private List<JsonNode> read(TestOutputTopic<String, byte[]> topic) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (byte[] v : topic.readValuesToList()) {
            out.add(JSON.readTree(v));
        }
        return out;
    }

    private double lateProbes() {
        var c = registry.find("dedup_late_probes").counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void anArticleWaitsForTheWatermarkAndIsThenDecided() throws Exception {
        start(Duration.ZERO);
        send("wire-1", "wire.example", Duration.ofMinutes(1), STORY);
        assertThat(clean.isEmpty()).isTrue(); // its probes wait for a later article or for the input to go idle
        send("mirror-2", "mirror.example", Duration.ofMinutes(2), STORY);
        settle();

        assertThat(read(clean)).extracting(a -> a.get("id").asText()).containsExactly("wire-1");
        assertThat(read(duplicates)).extracting(a -> a.at("/dedup/duplicate_of").asText()).containsExactly("wire-1");
        assertThat(lateProbes()).isZero();
    }

    @Test
    void withinTheLatenessAnOriginalThatArrivesAfterItsCopyIsStillCanonical() throws Exception {
        start(Duration.ofHours(1));
        List<String> copy = new ArrayList<>(List.of("By Jane Doe, Economics Correspondent"));
        copy.addAll(List.of(STORY).subList(0, 5));
        send("local-7", "local.example", Duration.ofMinutes(30), copy.toArray(String[]::new));
        send("mirror-3", "mirror.example", Duration.ofMinutes(20), STORY);
        send("wire-1", "wire.example", Duration.ofMinutes(10), STORY);
        settle();

        assertThat(read(clean)).extracting(a -> a.get("id").asText()).containsExactly("wire-1");
        List<JsonNode> dups = read(duplicates);
        assertThat(dups).extracting(a -> a.get("id").asText() + " -> " + a.at("/dedup/duplicate_of").asText())
                .containsExactlyInAnyOrder("mirror-3 -> wire-1", "local-7 -> wire-1");
        assertThat(lateProbes()).isZero();
    }

    @Test
    void beyondTheLatenessAnOriginalIsAnsweredAtOnceAndCounted() throws Exception {
        start(Duration.ZERO);
        send("mirror-3", "mirror.example", Duration.ofMinutes(20), STORY);
        settle();
        send("wire-1", "wire.example", Duration.ofMinutes(10), STORY);
        settle();

        assertThat(lateProbes()).isPositive(); // one per probe record of the article
        // the copy was published first; the late original joins its cluster, as without ordering
        assertThat(read(clean)).extracting(a -> a.get("id").asText()).containsExactly("mirror-3");
        assertThat(read(duplicates)).extracting(a -> a.at("/dedup/duplicate_of").asText()).containsExactly("mirror-3");
    }
}
