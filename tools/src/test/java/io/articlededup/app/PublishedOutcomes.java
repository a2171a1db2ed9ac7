package io.articlededup.app;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.articlededup.app.ChildApplication.topic;

/**
 * What a run published, as a downstream consumer sees it: the clean, duplicates and dead-letter topics of
 * the run ({@link ChildApplication#topic}) read with {@code isolation.level=read_committed}, every
 * outcome listed under its article id, so that a lost id has none and a doubled one has two.
 */
final class PublishedOutcomes {
    private static final ObjectMapper JSON = EventJson.MAPPER;
    /** Dead letters carry the original bytes; the malformed events of {@link ArticleMix} name their id. */
    private static final Pattern BAD_ID = Pattern.compile("\"id\":\"(bad-\\d+)\"");

    private PublishedOutcomes() {
    }

    /**
     * One published record: its topic ({@code clean}, {@code dup}, {@code dlq}), status, canonical id, and
     * when it was decided ({@code dedup.processed_at}, epoch ms; 0 for a dead letter).
     */
    record Outcome(String topic, String status, String duplicateOf, long processedAt) {
        /** What was decided, e.g. {@code dup:exact_duplicate->orig-12}: equal in every run over the same input. */
        String decision() {
            return topic + ":" + status + (duplicateOf == null ? "" : "->" + duplicateOf);
        }
    }

    /**
     * Reads until {@code expected} ids have an outcome, then 10 s more so that a doubled record would be
     * seen, or until the timeout; returns what was read either way.
     */
    static Map<String, List<Outcome>> awaitAll(String bootstrap, String run, int expected, Duration timeout) {
        Map<String, List<Outcome>> byId = new HashMap<>();
        Map<String, Object> conf = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "verify-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(conf, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic(run, "clean"), topic(run, "dup"), topic(run, "dlq")));
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(300))) {
                    String which = r.topic().substring(run.length() + 1);
                    if (which.equals("dlq")) {
                        Matcher m = BAD_ID.matcher(new String(r.value(), StandardCharsets.UTF_8));
                        byId.computeIfAbsent(m.find() ? m.group(1) : "unreadable-dead-letter", k -> new ArrayList<>())
                                .add(new Outcome(which, "dead_letter", null, 0));
                    } else {
                        JsonNode j = read(r.value());
                        JsonNode of = j.at("/dedup/duplicate_of");
                        byId.computeIfAbsent(j.get("id").asText(), k -> new ArrayList<>()).add(new Outcome(which,
                                j.at("/dedup/status").asText(), of.isNull() || of.isMissingNode() ? null : of.asText(),
                                java.time.Instant.parse(j.at("/dedup/processed_at").asText()).toEpochMilli()));
                    }
                }
                if (byId.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                }
            }
        }
        return byId;
    }

    private static JsonNode read(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * About how many outcomes a run has published so far, for pacing faults and for the log: end offsets,
     * which count transaction markers too. -1 when the brokers do not answer within {@code wait}.
     */
    static int countPublished(String bootstrap, String run, Duration wait) {
        Map<String, Object> conf = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(conf, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            long total = 0;
            for (String t : List.of(topic(run, "clean"), topic(run, "dup"), topic(run, "dlq"))) {
                var parts = c.partitionsFor(t, wait);
                if (parts == null) {
                    continue;
                }
                var tps = parts.stream().map(p -> new TopicPartition(t, p.partition())).toList();
                for (long end : c.endOffsets(tps, wait).values()) {
                    total += end;
                }
            }
            return (int) total;
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
