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
    /** On a dead letter cut to size ({@code dedup.limits.max.dead.letter.bytes}): "true", and the original sizes. */
    public static final String TRUNCATED = "dedup.original.truncated";
    public static final String ORIGINAL_KEY_BYTES = "dedup.original.key.bytes";
    public static final String ORIGINAL_VALUE_BYTES = "dedup.original.value.bytes";
    public static final String ORIGINAL_HEADERS_BYTES = "dedup.original.headers.bytes";

    private DeadLetterHeaders() {
    }

    /** A human message is kept to this many characters (a parser message may quote a 50,000-character field name). */
    static final int MAX_MESSAGE_CHARS = 4_096;

    /** The dead-letter headers alone; {@link BoundedDeadLetter} adds them to the record's own. */
    static Headers of(String exceptionClass, String reason, String message, Optional<RecordMetadata> source) {
        RecordHeaders h = new RecordHeaders();
        put(h, EXCEPTION, exceptionClass);
        put(h, REASON, reason);
        put(h, MESSAGE, message != null && message.length() > MAX_MESSAGE_CHARS
                ? message.substring(0, MAX_MESSAGE_CHARS) + "..." : message);
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
