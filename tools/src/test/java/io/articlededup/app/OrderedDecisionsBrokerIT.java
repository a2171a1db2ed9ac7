package io.articlededup.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.topology.Stories;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import static io.articlededup.app.KafkaTestClients.event;
import static io.articlededup.app.KafkaTestClients.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions are a function of the input, not of timing: one labelled stream (stories with exact and
 * edited copies on other sites, 1 minute to 6 hours younger than their original) written to the input
 * before the application starts, so that it arrives as a backlog, with 1, 2 and 6 partitions and with 2
 * instances. Every run publishes the same decision per article: the original canonical, every copy a
 * duplicate of it.
 */
class OrderedDecisionsBrokerIT {
    private static final int STORIES = 120;
    private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");
    @RegisterExtension
    final InstancesOnBroker cluster = new InstancesOnBroker("order-it", 0);

    private record Event(String id, String source, long time, List<String> paragraphs, String expected) {
    }

    /** The stream in event-time order, each event with the decision it must get. */
    private static List<Event> stream() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<Event> events = new ArrayList<>();
        for (int s = 0; s < STORIES; s++) {
            List<String> story = Stories.story(3000 + s, 6, 40);
            String original = "story" + s + "-0";
            long t = START.toEpochMilli() + s * Duration.ofMinutes(10).toMillis();
            events.add(new Event(original, "site" + (s % 7) + ".example", t, story, "clean:unique"));
            int copies = s % 4; // a quarter of the stories have none
            for (int c = 1; c <= copies; c++) {
                boolean exact = rnd.nextInt(3) == 0;
                long delay = Duration.ofMinutes(1).toMillis() + rnd.nextLong(Duration.ofHours(6).toMillis());
                events.add(new Event("story" + s + "-" + c, "site" + ((s + c) % 7) + ".example", t + delay,
                        exact ? story : Stories.editedCopy(story, 0.02, 5000L * s + c),
                        "dup:" + (exact ? "exact_duplicate" : "near_duplicate") + "->" + original));
            }
        }
        events.sort((a, b) -> a.time() != b.time() ? Long.compare(a.time(), b.time()) : a.id().compareTo(b.id()));
        return events;
    }

    @ParameterizedTest(name = "{0} partition(s), {1} instance(s)")
    @CsvSource({"1, 1", "2, 1", "6, 1", "6, 2"})
    void aBacklogGetsTheDecisionsOfTheInputWhateverThePartitioning(int partitions, int instances) throws Exception {
        cluster.createTopics(partitions);
        List<Event> events = stream();
        // one request in flight: on a fresh topic a retried batch can stall a producer with several on
        // OUT_OF_ORDER_SEQUENCE_NUMBER (BenchClients, the bench's producer, does the same)
        Map<String, Object> conf = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(conf, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                // round robin: every input partition is in event-time order, as a live feed's would be
                p.send(new ProducerRecord<>("articles.raw", i % partitions, e.time(), null,
                        event(e.id(), e.source(), e.paragraphs())));
            }
        }
        for (int i = 0; i < instances; i++) {
            cluster.start(Map.of("kafka.num.stream.threads", "2"));
        }
        List<ConsumerRecord<byte[], byte[]>> all = readOutputs(events.size());
        Map<String, String> expected = new TreeMap<>();
        events.forEach(e -> expected.put(e.id(), e.expected()));
        Map<String, String> published = new TreeMap<>();
        for (ConsumerRecord<byte[], byte[]> r : all) {
            JsonNode j = json(r);
            String of = j.at("/dedup/duplicate_of").isTextual() ? "->" + j.at("/dedup/duplicate_of").asText() : "";
            String decision = (r.topic().equals("articles.clean") ? "clean:" : "dup:") + j.at("/dedup/status").asText() + of;
            assertThat(published.put(j.get("id").asText(), decision)).as("published once: %s", j.get("id")).isNull();
        }
        long wrong = expected.entrySet().stream().filter(e -> !e.getValue().equals(published.get(e.getKey()))).count();
        System.out.printf("%d partition(s), %d instance(s): %d of %d events decided otherwise than the input says%n",
                partitions, instances, wrong, events.size());
        assertThat(published).isEqualTo(expected);
    }

    /** Both output topics, read_committed, until {@code expected} records and 5 s more (a doubled one would show). */
    private List<ConsumerRecord<byte[], byte[]>> readOutputs(int expected) {
        Map<String, Object> conf = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "order-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(conf, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of("articles.clean", "articles.duplicates"));
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
                if (out.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                }
            }
        }
        return out;
    }
}
