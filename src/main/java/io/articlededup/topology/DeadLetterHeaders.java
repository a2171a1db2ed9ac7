package io.articlededup.topology;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Headers on a dead-letter record. The {@code __streams.errors.*} names are the ones Kafka Streams' own
 * dead-letter queue uses (KIP-1034), so one consumer can read both; {@code dedup.error.reason} is our
 * stable, machine-readable code.
 */
public final class DeadLetterHeaders {
    public static final String EXCEPTION = "__streams.errors.exception";
    public static final String MESSAGE = "__streams.errors.message";
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";
    public static final String REASON = "dedup.error.reason";

    private DeadLetterHeaders() {
    }

    static Headers of(Headers original, String exceptionClass, String reason, String message,
                      Optional<RecordMetadata> source) {
        RecordHeaders h = new RecordHeaders(original == null ? new RecordHeaders().toArray() : original.toArray());
        put(h, EXCEPTION, exceptionClass);
        put(h, REASON, reason);
        put(h, MESSAGE, message);
        source.ifPresent(m -> {
            put(h, TOPIC, m.topic());
            put(h, PARTITION, String.valueOf(m.partition()));
            put(h, OFFSET, String.valueOf(m.offset()));
        });
        return h;
    }

    private static void put(RecordHeaders h, String key, String value) {
        h.remove(key);
        h.add(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
}
