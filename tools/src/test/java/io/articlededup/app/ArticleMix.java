package io.articlededup.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.model.MalformedEvents;
import io.articlededup.topology.Fixtures;
import io.articlededup.topology.Stories;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seeded stream of raw articles for fault tests, each with the outcome it must have: originals with
 * random text, exact and near copies of earlier originals (same source, later), malformed events, and
 * near-duplicate pairs sent to two different input partitions at once. Same seed, same stream.
 */
final class ArticleMix {
    enum Kind { ORIGINAL, EXACT_COPY, NEAR_COPY, MALFORMED, SPLIT_PAIR }

    /**
     * One raw event. {@code copyOf}: the original of a copy, or the other half of a split pair.
     * {@code partition}: null to key the record by source.
     */
    record Input(String id, String source, byte[] value, Kind kind, String copyOf, Integer partition) { }

    private ArticleMix() {
    }

    /**
     * {@code count} events: 2% malformed, 20% exact copies, {@code nearCopyPercent}% near copies, the rest
     * originals. Each original is copied at most once. With {@code nearCopyPercent} 0 this is the stream
     * the crash test's published figures were measured with.
     */
    static List<Input> generate(long seed, int count, int nearCopyPercent) {
        Random random = new Random(seed);
        MalformedEvents text = new MalformedEvents(random.nextLong());
        List<Input> out = new ArrayList<>();
        List<Input> originals = new ArrayList<>();
        for (int i = 0; out.size() < count; i++) {
            int r = random.nextInt(100);
            if (r < 2) {
                String id = "bad-" + i;
                out.add(new Input(id, "bad", MalformedEvents.utf8("{\"id\":\"" + id + "\",\"body\":" + i + "}"), Kind.MALFORMED, null, null));
            } else if (r < 22 && originals.size() > 10) {
                Input of = originals.remove(random.nextInt(originals.size()));
                String id = "copy-" + i;
                String json = new String(of.value(), StandardCharsets.UTF_8).replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + id + "\"");
                out.add(new Input(id, of.source(), MalformedEvents.utf8(json), Kind.EXACT_COPY, of.id(), null));
            } else if (r < 22 + nearCopyPercent && originals.size() > 10) {
                Input of = originals.remove(random.nextInt(originals.size()));
                out.add(nearCopy(of, i));
            } else {
                String id = "orig-" + i;
                String json = text.validJson(id);
                String source = json.replaceFirst(".*\"url\":\"https://www\\.([^/]+)/.*", "$1");
                Input in = new Input(id, source, MalformedEvents.utf8(json), Kind.ORIGINAL, null, null);
                out.add(in);
                originals.add(in);
            }
        }
        return out;
    }

    /**
     * The original with a new id and a six-word credit line added, as a site re-publishing a wire story.
     * The credit is unique (never learned as boilerplate). An original has at least 24 words, so at least
     * 21 of the copy's 27 shingles (0.78) are the original's: LSH (20 x 3) finds the candidate with
     * probability 1 - (1 - 0.78^3)^20 > 0.99999.
     */
    private static Input nearCopy(Input of, int index) {
        String id = "near-" + index;
        try {
            ObjectNode json = (ObjectNode) Fixtures.JSON.readTree(of.value());
            json.put("id", id);
            json.put("body", json.get("body").asText() + "\n\nAdditional reporting by desk" + index + " and wire" + index + ".");
            return new Input(id, of.source(), Fixtures.bytes(json), Kind.NEAR_COPY, of.id(), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Two near-duplicate stories (about 0.8 similar) of different sites for two different input partitions:
     * sent at once, they are decided by whichever instances own those partitions.
     */
    static List<Input> splitPair(int pair, int partitionA, int partitionB) {
        List<String> story = Stories.story(10_000 + pair, 6, 40);
        List<String> copy = Stories.editedCopy(story, 0.01, 20_000 + pair);
        String a = "pair" + pair + "-a";
        String b = "pair" + pair + "-b";
        String wire = "wire" + pair % 7 + ".example";
        String mirror = "mirror" + pair % 5 + ".example";
        return List.of(new Input(a, wire, KafkaTestClients.event(a, wire, story), Kind.SPLIT_PAIR, b, partitionA),
                new Input(b, mirror, KafkaTestClients.event(b, mirror, copy), Kind.SPLIT_PAIR, a, partitionB));
    }

    /** e.g. {@code {ORIGINAL=15533, EXACT_COPY=4065, MALFORMED=402}}. */
    static Map<Kind, Long> kinds(List<Input> inputs) {
        return inputs.stream().collect(java.util.stream.Collectors.groupingBy(Input::kind, java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    /**
     * Idempotent (a retry after a broker outage does not write an input twice) and patient: it keeps
     * records through a broker outage of up to 10 minutes, so that the test's own input is not what is lost.
     */
    static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true", ProducerConfig.LINGER_MS_CONFIG, "5",
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "600000", ProducerConfig.MAX_BLOCK_MS_CONFIG, "600000"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Sends one input: keyed by source (an original and its later copy share a partition and arrive in
     * order, so the expected decision is fixed) or to its own partition; the event time is {@code timestamp}.
     * A failed send is an error of the test, never counted as the application losing an article.
     */
    static void send(KafkaProducer<byte[], byte[]> producer, String topic, Input in, long timestamp) {
        producer.send(new ProducerRecord<>(topic, in.partition(), timestamp,
                in.partition() == null ? in.source().getBytes(StandardCharsets.UTF_8) : null, in.value()), (metadata, e) -> {
                    if (e != null) {
                        SEND_FAILURES.incrementAndGet();
                        System.err.println("test producer could not send " + in.id() + ": " + e);
                    }
                });
    }

    /** Sends that failed in this JVM: a test whose input did not all arrive must fail as such. */
    static final AtomicInteger SEND_FAILURES = new AtomicInteger();

    /**
     * Sends the inputs at most {@code perSecond} a second, so the input keeps flowing while faults happen;
     * event times are one millisecond apart, in list order. {@code produced} counts what was sent.
     */
    static void produce(String bootstrap, String topic, List<Input> inputs, int perSecond, AtomicInteger produced) {
        int perTick = Math.max(1, perSecond / 10);
        long t0 = System.currentTimeMillis();
        SendPace pace = new SendPace(perSecond);
        try (KafkaProducer<byte[], byte[]> p = producer(bootstrap)) {
            for (int i = 0; i < inputs.size(); i++) {
                pace.awaitNextSlot();
                send(p, topic, inputs.get(i), t0 + i);
                produced.incrementAndGet();
                if (i % perTick == perTick - 1) {
                    p.flush(); // a tenth of a second's articles at a time, as a live feed arrives
                }
            }
            p.flush();
        }
    }
}
