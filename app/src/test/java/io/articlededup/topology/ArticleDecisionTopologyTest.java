package io.articlededup.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.metrics.DedupMetrics;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static io.articlededup.topology.Fixtures.JSON;
import static io.articlededup.topology.NearDuplicateTopologyTest.STORY;
import static org.assertj.core.api.Assertions.assertThat;

/** The article-decisions store through the whole topology: what it remembers is what was published. */
class ArticleDecisionTopologyTest {
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, byte[]> clean;
    private TestOutputTopic<String, byte[]> duplicates;
    private WindowStore<String, ArticleDecision> store;
    private Instant now = Instant.parse("2026-11-25T08:00:00Z");

    @BeforeEach
    void start() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "decisions-test");
        TopologySettings s = TopologySettings.defaults();
        driver = new TopologyTestDriver(DedupTopology.build(Fixtures.unordered(s), DedupMetrics.noop()), p);
        raw = driver.createInputTopic(s.inputTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(s.cleanTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        duplicates = driver.createOutputTopic(s.duplicatesTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        store = driver.getWindowStore(DedupTopology.ARTICLE_DECISIONS_STORE);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String id, String source, List<String> paragraphs) {
        now = now.plusSeconds(1);
        raw.pipeInput(null, Fixtures.bytes(Fixtures.article(id, source, "Story " + id, paragraphs.toArray(String[]::new))), now);
        driver.advanceWallClockTime(Duration.ofSeconds(1));
    }

    @Test
    void eachPublishedDecisionIsFoundByIdAndACanonicalListsItsDuplicates() throws Exception {
        List<String> nearCopy = new ArrayList<>(List.of("By Jane Doe, Economics Correspondent"));
        nearCopy.addAll(List.of(STORY).subList(0, 5));
        send("wire-1", "wire.example", List.of(STORY));
        send("local-7", "local.example", nearCopy);
        send("mirror-3", "mirror.example", List.of(STORY));
        send("wire-1", "wire.example", List.of(STORY)); // the same article sent again

        JsonNode published = JSON.readTree(duplicates.readValuesToList().get(0));
        assertThat(clean.readValuesToList()).hasSize(1);
        ArticleDecision canonical = ArticleDecision.readAll(store, "wire-1");
        assertThat(canonical.status()).isEqualTo("unique");
        assertThat(canonical.source()).isEqualTo("wire.example");
        assertThat(canonical.eventTime()).isEqualTo(Instant.parse("2026-11-25T08:00:01Z").toEpochMilli());
        assertThat(canonical.decidedAt()).isPositive();
        assertThat(canonical.duplicates()).extracting(ArticleDecision.DuplicateRef::id, ArticleDecision.DuplicateRef::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("local-7", "near_duplicate"),
                        org.assertj.core.groups.Tuple.tuple("mirror-3", "exact_duplicate"));
        assertThat(canonical.duplicatesTotal()).as("a re-send of itself is not its own duplicate").isEqualTo(2);

        ArticleDecision near = ArticleDecision.readAll(store, "local-7");
        assertThat(near.status()).isEqualTo(published.at("/dedup/status").asText());
        assertThat(near.duplicateOf()).isEqualTo(published.at("/dedup/duplicate_of").asText()).isEqualTo("wire-1");
        assertThat(near.similarity()).isEqualTo(published.at("/dedup/similarity").asDouble());
        assertThat(near.canonicalSource()).isEqualTo("wire.example");
        assertThat(near.duplicates()).isEmpty();
        assertThat(ArticleDecision.readAll(store, "never-sent")).isNull();
    }

    @Test
    void aStoredDecisionWithTheLongestListStaysUnderAKilobyte() {
        ArticleDecision d = new ArticleDecision("unique", null, null, null, "a-site-with-a-long-name.example", 1L, 2L,
                List.of(), 0);
        for (int i = 0; i < ArticleDecision.MAX_DUPLICATES + 5; i++) {
            d = d.merge(new ArticleDecision(null, null, null, null, null, 0, 0, List.of(new ArticleDecision.DuplicateRef(
                    "0123456789abcdef0123456789abcdef", "another-site.example", "near_duplicate", 0.8123456)), 1), "x");
        }
        byte[] bytes = new SmileSerde<>(ArticleDecision.class).serializer().serialize("t", d);
        assertThat(d.duplicates()).hasSize(ArticleDecision.MAX_DUPLICATES);
        assertThat(d.duplicatesTotal()).isEqualTo(ArticleDecision.MAX_DUPLICATES + 5);
        assertThat(bytes.length).isLessThan(1024);
    }
}
