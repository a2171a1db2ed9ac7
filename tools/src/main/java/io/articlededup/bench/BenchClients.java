package io.articlededup.bench;

import io.articlededup.model.ArticleLimits;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The bench's own Kafka clients and topics. {@code clientProperties} are the connection and security
 * settings of the cluster under test (the application's {@code TopicBootstrap.clientProperties}).
 */
public final class BenchClients {
    /**
     * The largest record the application with default limits writes (4 MiB + 1 KiB), as the bench's producer
     * request limit and the pass-through topics' {@code max.message.bytes}: real pages reach 1.6 MB, over the
     * clients' 1 MB default.
     */
    static final int LARGEST_RECORD_BYTES = ArticleLimits.defaults().largestRecordBytes();
    private BenchClients() {
    }

    static KafkaProducer<byte[], byte[]> producer(Properties clientProperties, int lingerMs) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(lingerMs));
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(LARGEST_RECORD_BYTES));
        // one request in flight: a first batch refused while a fresh topic's leader is being elected must not
        // leave the idempotent producer retrying OUT_OF_ORDER_SEQUENCE_NUMBER forever (seen on this broker)
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public static void createTopic(Properties clientProperties, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(clientProperties)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1).configs(
                    Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(LARGEST_RECORD_BYTES)))))
                    .all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Waits until every partition of the topics has a leader, so that the first sends are not refused. */
    public static void awaitLeaders(Properties clientProperties, List<String> topics) throws Exception {
        try (Admin admin = Admin.create(clientProperties)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                boolean ready;
                try {
                    ready = admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).values().stream()
                            .flatMap(d -> d.partitions().stream()).allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                } catch (ExecutionException e) {
                    ready = false; // metadata of a topic just created has not spread yet
                }
                if (ready || System.nanoTime() > deadline) {
                    return;
                }
                Thread.sleep(100);
            }
        }
    }
}
