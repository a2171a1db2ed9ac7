package io.articlededup.topology;

import io.articlededup.ingest.ArticleParser;
import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.model.MalformedEvents;
import io.articlededup.text.ParagraphCleaner;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole topology under a stream of malformed events with good events interleaved: the stream never
 * stops, every bad event is a dead letter with its original bytes and key and a known reason header,
 * every good event (and every odd-but-valid one) comes out on the clean or duplicates topic.
 */
class MalformedInputTopologyTest {
    static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    static final int RANDOM_CASES = Integer.getInteger("fuzz.topology.cases", 1_500);

    @Test
    void badEventsBecomeDeadLettersAndGoodOnesStillComeOut() {
        TopologySettings s = TopologySettings.defaults();
        ArticleParser oracle = new ArticleParser(s.limits(), new ParagraphCleaner(s.cleaner()));
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "malformed");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        MalformedEvents gen = new MalformedEvents(SEED);
        List<MalformedEvents.Case> inputs = new ArrayList<>();
        List<MalformedEvents.Case> bad = gen.hostile();
        for (int i = 0; i < RANDOM_CASES; i++) {
            bad.add(gen.next(i));
        }
        Set<String> goodIds = new TreeSet<>();
        for (int i = 0; i < bad.size(); i++) {
            inputs.add(bad.get(i));
            if (i % 3 == 0) { // a good event after every third bad one
                String id = "good-" + i;
                goodIds.add(id);
                inputs.add(new MalformedEvents.Case("good", ("k" + i).getBytes(StandardCharsets.UTF_8),
                        MalformedEvents.utf8(gen.validJson(id))));
            }
        }
        List<MalformedEvents.Case> expectedDead = new ArrayList<>();
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        int expectedOut = 0;
        for (MalformedEvents.Case c : inputs) {
            String outcome;
            try {
                oracle.parse(c.value(), 0L);
                outcome = "ok";
                expectedOut++;
            } catch (InvalidArticleException e) {
                outcome = e.reason();
                expectedDead.add(c);
            }
            table.computeIfAbsent(c.category(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
        }

        try (TopologyTestDriver driver = new TopologyTestDriver(DedupTopology.build(Fixtures.unordered(s), DedupMetrics.noop()), p)) {
            TestInputTopic<byte[], byte[]> raw = driver.createInputTopic(s.inputTopic(), new ByteArraySerializer(), new ByteArraySerializer());
            TestOutputTopic<String, byte[]> clean = driver.createOutputTopic(s.cleanTopic(), new StringDeserializer(), new ByteArrayDeserializer());
            TestOutputTopic<String, byte[]> dups = driver.createOutputTopic(s.duplicatesTopic(), new StringDeserializer(), new ByteArrayDeserializer());
            TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(s.deadLetterTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            Instant t = Instant.parse("2026-11-25T08:00:00Z");
            for (MalformedEvents.Case c : inputs) {
                t = t.plusMillis(500);
                raw.pipeInput(c.key(), c.value(), t); // throws if the topology does
                driver.advanceWallClockTime(Duration.ofMillis(500));
            }
            driver.advanceWallClockTime(Duration.ofSeconds(5));

            List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
            assertThat(dead).hasSize(expectedDead.size());
            Map<String, Integer> reasons = new TreeMap<>();
            int truncated = 0;
            for (int i = 0; i < dead.size(); i++) {
                TestRecord<byte[], byte[]> r = dead.get(i);
                MalformedEvents.Case c = expectedDead.get(i);
                if ("true".equals(header(r, DeadLetterHeaders.TRUNCATED))) {
                    // larger than dedup.limits.max.dead.letter.bytes: the start of the original, and its size
                    assertThat(c.value().length).isGreaterThan(s.limits().maxDeadLetterBytes());
                    assertThat(r.value()).as("start of %s", c.describe()).isEqualTo(java.util.Arrays.copyOf(c.value(), r.value().length));
                    assertThat(header(r, DeadLetterHeaders.ORIGINAL_VALUE_BYTES)).isEqualTo(String.valueOf(c.value().length));
                    truncated++;
                } else {
                    assertThat(r.value()).as("original bytes of %s", c.describe()).isEqualTo(c.value());
                }
                assertThat(r.key()).as("original key of %s", c.describe()).isEqualTo(c.key());
                String reason = header(r, DeadLetterHeaders.REASON);
                assertThat(reason).isIn(MalformedEvents.KNOWN_REASONS).isNotEqualTo("internal_error");
                assertThat(header(r, DeadLetterHeaders.TOPIC)).isEqualTo(s.inputTopic());
                assertThat(header(r, DeadLetterHeaders.MESSAGE)).isNotBlank();
                reasons.merge(reason, 1, Integer::sum);
            }
            List<TestRecord<String, byte[]>> out = new ArrayList<>(clean.readRecordsToList());
            out.addAll(dups.readRecordsToList());
            Set<String> outIds = new TreeSet<>();
            out.forEach(r -> outIds.add(r.key()));
            assertThat(outIds).containsAll(goodIds);
            assertThat(out).hasSize(expectedOut);
            System.out.println(MalformedEvents.report("topology, seed " + SEED, inputs.size(), table));
            System.out.println("dead letters by reason header: " + reasons + " (" + truncated + " cut to the dead-letter limit); published: " + out.size()
                    + " (of which " + goodIds.size() + " interleaved good events, all present)");
        }
    }

    private static String header(TestRecord<byte[], byte[]> r, String key) {
        var h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
