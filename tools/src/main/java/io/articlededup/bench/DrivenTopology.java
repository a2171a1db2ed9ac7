package io.articlededup.bench;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.topology.DedupTopology;
import io.articlededup.topology.OrderSettings;
import io.articlededup.topology.TopologySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Our real topology ({@link DedupTopology#build}: persistent RocksDB stores, real serdes) on Kafka
 * Streams' {@link TopologyTestDriver}: no broker, one task, every internal topic handed straight back to
 * the task. What it costs is the CPU and disk work of processing and of the stores, not Kafka's. The
 * driver commits after every record (the application every 100 ms): store caches absorb nothing, and its
 * own per-record work (topic lookups, output capture) is a fixed cost per record that the application does
 * not have, the same with and without history.
 * The driver's wall clock is simulated: the caller advances it per article.
 */
final class DrivenTopology implements AutoCloseable {
    private final TopologyTestDriver driver;
    private final TestInputTopic<byte[], byte[]> input;
    private final Set<String> outputTopics;
    private final Path stateDir;
    /** Every topic the driver captured records for: drained so that they do not pile up in memory. */
    private final Map<String, TestOutputTopic<byte[], byte[]>> produced = new HashMap<>();
    private final Map<String, Long> statuses = new TreeMap<>();
    private long outputs;
    private long changelogBytes;

    /** @param streamsProperties the application's ({@code AppConfig#streamsProperties}): same cache, handlers, guarantee */
    DrivenTopology(TopologySettings settings, Properties streamsProperties, Path stateDir, Instant wallClockStart) {
        Properties p = new Properties();
        p.putAll(streamsProperties);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-history");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        this.stateDir = stateDir;
        // without event-time order: one task per stage reads every record in input order already, and the band
        // index would wait for watermarks from as many by-source tasks as the settings' partitions
        driver = new TopologyTestDriver(DedupTopology.build(settings.withOrder(OrderSettings.off()),
                new DedupMetrics(new SimpleMeterRegistry(), 20)),
                p, wallClockStart);
        input = driver.createInputTopic(settings.inputTopic(), new ByteArraySerializer(), new ByteArraySerializer());
        outputTopics = Set.of(settings.cleanTopic(), settings.duplicatesTopic(), settings.deadLetterTopic());
    }

    /** Processes one raw event (and everything it sends through the internal topics), then moves the wall clock. */
    void send(byte[] value, long eventTimeMs, long wallClockAdvanceMs) {
        input.pipeInput(null, value, eventTimeMs);
        if (wallClockAdvanceMs > 0) {
            driver.advanceWallClockTime(Duration.ofMillis(wallClockAdvanceMs));
        }
    }

    /** Moves the wall clock without input: runs every wall-clock punctuator that is due; returns the time it took in ms. */
    double idle(Duration advance) {
        long t0 = System.nanoTime();
        driver.advanceWallClockTime(advance);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Reads what the driver captured: counts our outputs by status and the bytes written to changelogs. */
    void drain() {
        for (String topic : driver.producedTopicNames()) {
            TestOutputTopic<byte[], byte[]> t = produced.computeIfAbsent(topic,
                    name -> driver.createOutputTopic(name, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
            if (t.isEmpty()) {
                continue;
            }
            boolean output = outputTopics.contains(topic);
            boolean changelog = topic.endsWith("-changelog");
            for (TestRecord<byte[], byte[]> r : t.readRecordsToList()) {
                if (output) {
                    statuses.merge(OutputStatus.of(topic, r.value()), 1L, Long::sum);
                    outputs++;
                } else if (changelog) {
                    changelogBytes += (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
                }
            }
        }
    }

    long outputs() {
        return outputs;
    }

    Map<String, Long> statuses() {
        return new TreeMap<>(statuses);
    }

    /**
     * Key + value bytes written to changelog topics so far (before compaction). An upper bound: the driver
     * commits after every record, so a cached store's cache never absorbs a write as it does between the
     * application's commits.
     */
    long changelogBytesWritten() {
        return changelogBytes;
    }

    StateDirSize stateSize() {
        return StateDirSize.of(stateDir);
    }

    /** RocksDB's own figure summed over the stores (a Kafka Streams metric), e.g. {@code size-all-mem-tables}. */
    double rocksDbMetric(String name) {
        return driver.metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals(name) && e.getValue().metricValue() instanceof Number)
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
    }

    @Override
    public void close() {
        driver.close();
    }
}
