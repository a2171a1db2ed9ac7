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
import static org.assertj.core.api.Assertions.assertThat;

/** Near duplicates and boilerplate through the whole topology (TopologyTestDriver). */
public class NearDuplicateTopologyTest {
    public static final String[] STORY = {
            "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the third increase this year, citing persistent inflation in services and wages.",
            "Policymakers voted seven to two for the move, with the two dissenters arguing that the economy was already slowing and that earlier increases had yet to take full effect.",
            "The governor said at a news conference that further tightening could not be ruled out if price pressures failed to ease over the coming months.",
            "Markets had largely expected the decision, and the currency was little changed after the announcement, while government bond yields edged higher.",
            "Economists said the bank was likely to pause at its next meeting to assess the impact of the increases on household spending and business investment.",
            "Mortgage lenders are expected to pass the higher rate on to borrowers within days, adding to pressure on households already struggling with high energy bills."};

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, byte[]> clean;
    private TestOutputTopic<String, byte[]> duplicates;
    private Instant now = Instant.parse("2026-11-25T08:00:00Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private void start(TopologySettings s) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "near-test");
        driver = new TopologyTestDriver(DedupTopology.build(Fixtures.unordered(s), new DedupMetrics(registry, 20)), p);
        raw = driver.createInputTopic(s.inputTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        clean = driver.createOutputTopic(s.cleanTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        duplicates = driver.createOutputTopic(s.duplicatesTopic(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String id, String source, String... paragraphs) {
        sendTitled("Story " + id, id, source, paragraphs);
    }

    private void sendTitled(String title, String id, String source, String... paragraphs) {
        now = now.plusSeconds(1);
        raw.pipeInput(null, Fixtures.bytes(Fixtures.article(id, source, title, paragraphs)), now);
        driver.advanceWallClockTime(Duration.ofSeconds(1));
    }

    @Test
    void aSyndicatedCopyWithAnotherIntroAndATrimmedTailIsANearDuplicateOfTheOriginal() throws Exception {
        start(TopologySettings.defaults());
        send("wire-1", "wire.example", STORY);
        List<String> copy = new ArrayList<>();
        copy.add("By Jane Doe, Economics Correspondent");
        copy.addAll(List.of(STORY).subList(0, 5));
        send("local-7", "local.example", copy.toArray(String[]::new));

        assertThat(clean.readValuesToList()).hasSize(1);
        JsonNode dup = JSON.readTree(duplicates.readValue());
        assertThat(dup.get("id").asText()).isEqualTo("local-7");
        assertThat(dup.at("/dedup/status").asText()).isEqualTo("near_duplicate");
        assertThat(dup.at("/dedup/duplicate_of").asText()).isEqualTo("wire-1");
        assertThat(dup.at("/dedup/similarity").asDouble()).isBetween(0.5, 1.0);
        assertThat(dup.at("/dedup/canonical_source").asText()).isEqualTo("wire.example");
        assertThat(registry.get("dedup_copies").tag("source", "local.example").tag("canonical_source", "wire.example")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void anExactCopyNamesItsCanonicalsSourceAndIsCountedByPair() throws Exception {
        start(TopologySettings.defaults());
        send("wire-1", "wire.example", STORY);
        send("wire-1-again", "wire.example", STORY);
        send("mirror-3", "mirror.example", STORY);

        assertThat(clean.readValuesToList()).hasSize(1);
        List<JsonNode> dups = new ArrayList<>();
        for (byte[] v : duplicates.readValuesToList()) {
            dups.add(JSON.readTree(v));
        }
        assertThat(dups).extracting(d -> d.at("/dedup/status").asText()).containsOnly("exact_duplicate");
        assertThat(dups).extracting(d -> d.at("/dedup/canonical_source").asText())
                .containsExactly("wire.example", "wire.example");
        assertThat(registry.get("dedup_copies").tag("source", "wire.example").tag("canonical_source", "wire.example")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.get("dedup_copies").tag("source", "mirror.example").tag("canonical_source", "wire.example")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void aDifferentStoryOfTheSameKindIsNotADuplicate() {
        start(TopologySettings.defaults());
        send("wire-1", "wire.example", STORY);
        send("wire-2", "wire.example",
                "The central bank left its main interest rate unchanged on Thursday, pausing after three increases, as inflation in goods prices eased faster than expected.",
                "Policymakers voted unanimously to hold, saying the full effect of earlier tightening had yet to reach households and firms.",
                "The governor told reporters that the bank stood ready to act again if wage growth picked up in the spring.",
                "The currency weakened slightly after the announcement and government bond yields fell.");
        assertThat(clean.readValuesToList()).hasSize(2);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void aSitesFooterIsLearnedAfterKArticlesAndStrippedFromLaterOnes() throws Exception {
        start(TopologySettings.defaults().withBoilerplate(new BoilerplateSettings(true, 3, Duration.ofDays(1))));
        String footer = "Sign up for our daily newsletter to get the best of our journalism in your inbox every morning.";
        List<JsonNode> out = new ArrayList<>();
        String[][] stories = {
                {"The council approved a new cycle lane along the river after a two-hour debate on Tuesday night.", "Residents near the bridge had campaigned for the lane since a crash last spring."},
                {"A bakery on Main Street won the regional bread award for its rye sourdough this weekend.", "Its owner said the recipe came from her grandmother and uses a starter kept alive for forty years."},
                {"Flooding closed the northern ring road for six hours after the overnight storm.", "Drivers were diverted through the industrial estate while pumps cleared the underpass."},
                {"The football club appointed its former captain as head coach on a two-year contract.", "He replaces the manager who left in October after a run of eight defeats."},
                {"Library opening hours will be extended on Sundays from January, the city said.", "The change is paid for by a grant from the state culture fund and volunteers."}};
        for (int i = 0; i < 5; i++) {
            send("a" + i, "daily.example", stories[i][0], stories[i][1], footer);
            out.add(JSON.readTree(clean.readValue()));
        }
        // the first K=3 articles keep it (it is not yet known as boilerplate), the rest lose it
        for (int i = 0; i < 5; i++) {
            List<?> paragraphs = JSON.convertValue(out.get(i).get("paragraphs"), List.class);
            assertThat(paragraphs.contains(footer)).as("article %d keeps the footer", i).isEqualTo(i < 3);
            assertThat(out.get(i).at("/dedup/paragraphs/removed/boilerplate").asInt()).isEqualTo(i < 3 ? 0 : 1);
        }
        // another site's articles are not affected by this site's furniture
        send("b0", "other.example", "A story on another site that happens to end the same way, with its own facts.", footer);
        assertThat(JSON.convertValue(JSON.readTree(clean.readValue()).get("paragraphs"), List.class)).contains(footer);
    }

    @Test
    void aResentArticleDoesNotCountTwiceTowardsBoilerplate() throws Exception {
        start(TopologySettings.defaults().withBoilerplate(new BoilerplateSettings(true, 2, Duration.ofDays(1))));
        for (int i = 0; i < 3; i++) {
            sendTitled("The only story", "same-" + i, "daily.example", "The only story, sent three times by a looping scraper, word for word.",
                    "Its second paragraph, also the same each time.");
        }
        send("new", "daily.example", "A genuinely new story that shares nothing with the looping one.",
                "Its second paragraph, also the same each time.");
        JsonNode last = JSON.readTree(clean.readValuesToList().get(1));
        assertThat(last.get("id").asText()).isEqualTo("new");
        assertThat(last.at("/dedup/paragraphs/removed/boilerplate").asInt()).isZero();
    }

    @Test
    void aChainOfNearDuplicatesPointsAtTheCanonicalArticle() throws Exception {
        start(TopologySettings.defaults());
        send("first", "a.example", STORY);
        String[] edited = STORY.clone();
        edited[2] = "The governor told a news conference that more tightening could not be ruled out if price pressures did not ease.";
        send("second", "b.example", edited);
        String[] edited2 = edited.clone();
        edited2[5] = "Lenders are expected to pass the higher rate on to mortgage borrowers within days.";
        send("third", "c.example", edited2);
        List<byte[]> dups = duplicates.readValuesToList();
        assertThat(dups).hasSize(2);
        for (byte[] d : dups) {
            assertThat(JSON.readTree(d).at("/dedup/duplicate_of").asText()).isEqualTo("first");
        }
    }
}
