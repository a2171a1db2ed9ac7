package io.articlededup.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.model.EventJson;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Plain Kafka clients for broker tests: what a downstream consumer of our topics would use. */
public final class KafkaTestClients {
    private KafkaTestClients() {
    }

    public static void produce(String bootstrap, String topic, List<byte[]> values) {
        Map<String, Object> conf = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(conf, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (byte[] v : values) {
                p.send(new ProducerRecord<>(topic, null, v));
                p.flush(); // one at a time, so the order of events is the order of this list
            }
        }
    }

    /**
     * Reads committed records from the start of {@code topic} until {@code done} holds for what was read,
     * or the timeout passes; returns what was read either way.
     */
    public static List<ConsumerRecord<byte[], byte[]>> consume(String bootstrap, String topic,
                                                                Predicate<List<ConsumerRecord<byte[], byte[]>>> done,
                                                                Duration timeout) {
        Map<String, Object> conf = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(conf, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.test(out) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * The application's four topics with {@code partitions} each, made by the test so that the application
     * starts with {@code dedup.topics.create=false}, as against a cluster whose topics are managed for it.
     */
    public static void createArticleTopics(String bootstrap, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String t : List.of("articles.raw", "articles.clean", "articles.duplicates", "articles.dlq")) {
                // the largest record the app writes
                topics.add(new NewTopic(t, partitions, (short) 1).configs(Map.of("max.message.bytes", "4195328")));
            }
            admin.createTopics(topics).all().get();
        }
    }

    /** A producer that waits for every replica, as the tests' inputs must not be lost. */
    public static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A raw article event with its id, source, a title made of the id, and the paragraphs. */
    public static byte[] event(String id, String source, List<String> paragraphs) {
        ObjectNode n = EventJson.MAPPER.createObjectNode();
        n.put("id", id);
        n.put("source", source);
        n.put("title", "Story " + id);
        n.putArray("paragraphs").addAll(paragraphs.stream().map(n::textNode).toList());
        try {
            return EventJson.MAPPER.writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A published record's JSON value. */
    public static JsonNode json(ConsumerRecord<byte[], byte[]> r) {
        try {
            return EventJson.MAPPER.readTree(r.value());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads for a quiet period to show that nothing (more) arrives. */
    public static List<ConsumerRecord<byte[], byte[]>> consumeAll(String bootstrap, String topic, Duration quiet) {
        return consume(bootstrap, topic, r -> false, quiet);
    }
}
