package io.articlededup.app;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.util.Properties;

/**
 * Lets every record the application may write reach its topic. Kafka's defaults (1 MiB per record) are
 * below our limits (2 MiB articles, 4 MiB dead letters), and under exactly-once one record refused for
 * its size fails the transaction and stops the stream thread, again after every restart: no exception
 * handler can skip it. So the producer's {@code max.request.size} and the {@code max.message.bytes} of
 * the internal topics Kafka Streams creates are raised to the largest record the limits allow
 * ({@link io.articlededup.model.ArticleLimits#largestRecordBytes()}); a smaller value given explicitly
 * stops the start with a message naming both settings.
 */
final class RecordSizeSettings {
    static final String PRODUCER_MAX_REQUEST_SIZE = StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
    static final String PRODUCER_BUFFER_MEMORY = StreamsConfig.producerPrefix(ProducerConfig.BUFFER_MEMORY_CONFIG);
    static final String INTERNAL_TOPIC_MAX_MESSAGE_BYTES = StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
    /** The producer's default {@code buffer.memory}: a record larger than the whole buffer is refused too. */
    private static final long DEFAULT_BUFFER_MEMORY = 32L * 1024 * 1024;

    private RecordSizeSettings() {
    }

    /** @param streams Kafka Streams properties ({@code kafka.} prefix removed), completed in place */
    static void apply(Properties streams, int largestRecordBytes) {
        atLeast(streams, largestRecordBytes, PRODUCER_MAX_REQUEST_SIZE, ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        atLeast(streams, largestRecordBytes, INTERNAL_TOPIC_MAX_MESSAGE_BYTES, null);
        String buffer = explicit(streams, PRODUCER_BUFFER_MEMORY, ProducerConfig.BUFFER_MEMORY_CONFIG);
        long bufferBytes = buffer == null ? DEFAULT_BUFFER_MEMORY : number(buffer, "kafka." + PRODUCER_BUFFER_MEMORY);
        if (bufferBytes < largestRecordBytes) {
            throw belowLargestRecord("kafka." + PRODUCER_BUFFER_MEMORY + " is " + bufferBytes + " bytes", largestRecordBytes,
                    "raise it");
        }
    }

    /** Sets {@code key} to {@code bytes} unless it (or the unprefixed {@code plain}) is given: then checks it. */
    private static void atLeast(Properties streams, int bytes, String key, String plain) {
        String given = explicit(streams, key, plain);
        if (given == null) {
            streams.setProperty(key, String.valueOf(bytes));
            return;
        }
        String name = "kafka." + (streams.containsKey(key) ? key : plain);
        if (number(given, name) < bytes) {
            throw belowLargestRecord(name + " is " + given, bytes, "leave it unset, raise it,");
        }
    }

    /**
     * The start refused because a Kafka limit ({@code what}: the setting or topics and their value) is below
     * the largest record: one wording for the producer's settings, the internal topics' and existing topics.
     */
    static InvalidConfigException belowLargestRecord(String what, int largestRecordBytes, String remedy) {
        return new InvalidConfigException(what + ", below the largest record the application may write ("
                + largestRecordBytes + " bytes, from dedup.limits.*): " + remedy
                + " or lower dedup.limits.max.article.bytes / dedup.limits.max.dead.letter.bytes");
    }

    private static String explicit(Properties streams, String key, String plain) {
        String v = streams.getProperty(key);
        return v != null || plain == null ? v : streams.getProperty(plain);
    }

    private static long number(String value, String name) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(name + ": must be an integer, got '" + value + "'");
        }
    }
}
