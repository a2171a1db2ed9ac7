package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The boilerplate stores of the real topology (RocksDB) and the wall-clock sweep that expires them. */
class BoilerplateSweepTopologyTest {
    private static final String FOOTER = "Sign up for our daily newsletter to get the best of our journalism every morning.";
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String id, Instant time, String... paragraphs) {
        raw.pipeInput(null, Fixtures.bytes(Fixtures.article(id, "daily.example", "Story " + id, paragraphs)), time);
    }

    @Test
    void theMinutesSweepDeletesExpiredSightingsAndTheirIndexEntries() {
        TopologySettings s = TopologySettings.defaults()
                .withBoilerplate(new BoilerplateSettings(true, 3, Duration.ofDays(1)));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "boilerplate-sweep-test");
        driver = new TopologyTestDriver(DedupTopology.build(Fixtures.unordered(s), DedupMetrics.noop()), p);
        raw = driver.createInputTopic(s.inputTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        KeyValueStore<Bytes, ParagraphSightings> sightings = driver.getKeyValueStore(DedupTopology.BOILERPLATE_STORE);
        KeyValueStore<Bytes, byte[]> byTime = driver.getKeyValueStore(DedupTopology.BOILERPLATE_TIME_INDEX);

        Instant t0 = Instant.parse("2026-11-25T08:00:00Z");
        for (int i = 0; i < 3; i++) {
            send("old-" + i, t0.plusSeconds(i), "Old story " + i + " has a paragraph of its own, about the harbour.", FOOTER);
        }
        driver.advanceWallClockTime(Duration.ofMinutes(1));
        assertThat(BoilerplateStores.keys(sightings)).hasSize(4);
        assertThat(BoilerplateStores.keys(byTime)).hasSize(4);

        send("new", t0.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)),
                "A new story with a paragraph nobody carried before, about the station.", FOOTER);
        driver.advanceWallClockTime(Duration.ofMinutes(1));

        byte[] site = ParagraphSightingsStore.sourceBytes("daily.example");
        List<Bytes> left = BoilerplateStores.keys(sightings);
        assertThat(left).hasSize(2);
        // the new story's paragraph and the footer, whose count started over: its last sighting had expired
        long seen = t0.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)).toEpochMilli();
        for (Bytes k : left) {
            assertThat(k.get()).startsWith(site);
            assertThat(sightings.get(k).lastSeen()).isEqualTo(seen);
            assertThat(sightings.get(k).articles()).isEqualTo(1);
        }
        assertThat(BoilerplateStores.keys(byTime)).containsExactlyInAnyOrderElementsOf(left.stream()
                .map(k -> ParagraphSightingsStore.indexKey(
                        ParagraphSightingsStore.hourOf(sightings.get(k).lastSeen()), k)).toList());
    }
}
