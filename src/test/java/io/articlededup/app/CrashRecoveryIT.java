package io.articlededup.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlededup.broker.EmbeddedKafkaBroker;
import io.articlededup.model.MalformedEvents;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault injection: the real application as a child JVM ({@code java -jar target/article-dedup.jar run}),
 * killed with SIGKILL ({@link Process#destroyForcibly()}) at random moments while 20,000 articles stream
 * through it, and restarted on the same state directory each time. Afterwards every input id is in
 * exactly one of the clean, duplicates and dead-letter topics (read_committed), exactly once, and the
 * exact-duplicate decisions equal those of an uninterrupted run over the same input.
 */
@Tag("slow")
class CrashRecoveryIT {
    static final long SEED = Long.getLong("crash.seed", 7L);
    static final int ARTICLES = Integer.getInteger("crash.articles", 20_000);
    static final int KILLS = Integer.getInteger("crash.kills", 3);
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern BAD_ID = Pattern.compile("\"id\":\"(bad-\\d+)\"");

    @TempDir
    Path dir;

    /** What the test sent: id -> the id of the original it is an exact copy of (null for an original or a bad event). */
    record Input(String id, String source, byte[] value, String copyOf, boolean bad) { }

    @Test
    void killMinus9ThreeTimesLosesAndDoublesNothing() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                // the group coordinator notices a killed member within 6 s (the broker's minimum session)
                .brokerConfig("group.min.session.timeout.ms", "6000").build().start()) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic("articles.raw", 3, (short) 1))).all().get();
            }
            List<Input> inputs = inputs(new Random(SEED));
            Random chaos = new Random(SEED * 31 + 1);

            // ---- the run under fault injection -----------------------------------------------------
            Child child = new Child(bootstrap, "crash", dir.resolve("crash"));
            child.start();
            AtomicInteger produced = new AtomicInteger();
            Thread producer = new Thread(() -> produce(bootstrap, inputs, produced), "producer");
            long t0 = System.nanoTime();
            producer.start();
            List<String> faults = new ArrayList<>();
            int published = 0;
            for (int k = 0; k < KILLS; k++) {
                // a random moment while the restarted instance is processing: after it has published a random
                // number of further outcomes, plus a random delay
                int target = published + 300 + chaos.nextInt(ARTICLES / (KILLS + 2));
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                        .until(() -> countOutputs(bootstrap, "crash", Duration.ofSeconds(2)) >= target);
                pause(chaos.nextInt(2_000));
                published = countOutputs(bootstrap, "crash", Duration.ofSeconds(2));
                child.kill();
                faults.add(String.format("kill -9 #%d at %.1f s (%d produced, about %d published before the kill)",
                        k + 1, (System.nanoTime() - t0) / 1e9, produced.get(), published));
                System.out.println("crash test: " + faults.get(k));
                pause(chaos.nextInt(3_000)); // the instance stays down a while, as a crashed pod would
                child.start();
            }
            producer.join();
            Map<String, List<Decision>> crashed = awaitAll(bootstrap, "crash", inputs.size(), Duration.ofMinutes(8));
            double crashSeconds = (System.nanoTime() - t0) / 1e9;
            child.stop();

            // ---- the same input, uninterrupted -----------------------------------------------------
            long t1 = System.nanoTime();
            Child reference = new Child(bootstrap, "reference", dir.resolve("reference"));
            reference.start();
            Map<String, List<Decision>> uninterrupted = awaitAll(bootstrap, "reference", inputs.size(), Duration.ofMinutes(8));
            double refSeconds = (System.nanoTime() - t1) / 1e9;
            reference.stop();

            // ---- the verdict -------------------------------------------------------------------------
            int lost = 0;
            int doubled = 0;
            int wrongExact = 0;
            int differsFromReference = 0;
            Map<String, Integer> outcomes = new TreeMap<>();
            for (Input in : inputs) {
                List<Decision> got = crashed.getOrDefault(in.id(), List.of());
                if (got.isEmpty()) {
                    lost++;
                    continue;
                }
                if (got.size() > 1) {
                    doubled++;
                }
                Decision d = got.get(0);
                outcomes.merge(d.topic() + ":" + d.status(), 1, Integer::sum);
                Decision ref = uninterrupted.getOrDefault(in.id(), List.of(new Decision("none", "none", null))).get(0);
                if (!d.equals(ref)) {
                    differsFromReference++;
                }
                String expected = in.bad() ? "dlq:dead_letter" : in.copyOf() != null ? "dup:exact_duplicate" : "clean:unique";
                if (!(d.topic() + ":" + d.status()).equals(expected) || (in.copyOf() != null && !in.copyOf().equals(d.duplicateOf()))) {
                    wrongExact++;
                }
            }
            long copies = inputs.stream().filter(i -> i.copyOf() != null).count();
            long bad = inputs.stream().filter(Input::bad).count();
            System.out.printf("%n== crash test, seed %d ==%n  inputs %d (%d originals, %d exact copies, %d malformed), "
                            + "faults injected %d (kill -9), restarts %d%n  lost %d, doubled %d, decisions differing from the "
                            + "uninterrupted run %d, decisions differing from the expected %d%n  outcomes %s%n"
                            + "  wall time: with faults %.0f s, uninterrupted %.0f s%n  %s%n",
                    SEED, inputs.size(), inputs.size() - copies - bad, copies, bad, faults.size(), child.starts - 1,
                    lost, doubled, differsFromReference, wrongExact, outcomes, crashSeconds, refSeconds, String.join("\n  ", faults));
            assertThat(faults).hasSize(KILLS);
            assertThat(lost).as("lost").isZero();
            assertThat(doubled).as("doubled").isZero();
            assertThat(wrongExact).as("decisions differing from the expected").isZero();
            assertThat(differsFromReference).as("decisions differing from the uninterrupted run").isZero();
            assertThat(crashed.keySet()).hasSize(inputs.size());
        }
    }

    /** Originals with random text, exact copies of some (same source, later), a few malformed events. */
    static List<Input> inputs(Random random) {
        MalformedEvents text = new MalformedEvents(random.nextLong());
        List<Input> out = new ArrayList<>();
        List<Input> originals = new ArrayList<>();
        for (int i = 0; out.size() < ARTICLES; i++) {
            int r = random.nextInt(100);
            if (r < 2) {
                String id = "bad-" + i;
                out.add(new Input(id, "bad", MalformedEvents.utf8("{\"id\":\"" + id + "\",\"body\":" + i + "}"), null, true));
            } else if (r < 22 && originals.size() > 10) {
                Input of = originals.remove(random.nextInt(originals.size())); // each original is copied at most once
                String id = "copy-" + i;
                String json = new String(of.value(), StandardCharsets.UTF_8).replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + id + "\"");
                out.add(new Input(id, of.source(), MalformedEvents.utf8(json), of.id(), false));
            } else {
                String id = "orig-" + i;
                String json = text.validJson(id);
                String source = json.replaceFirst(".*\"url\":\"https://www\\.([^/]+)/.*", "$1");
                Input in = new Input(id, source, MalformedEvents.utf8(json), null, false);
                out.add(in);
                originals.add(in);
            }
        }
        return out;
    }

    /**
     * Keyed by source, so that an original and its later copy share an input partition and arrive in
     * order: the exact-duplicate decision is then the same in every run.
     */
    static void produce(String bootstrap, List<Input> inputs, AtomicInteger produced) {
        Map<String, Object> conf = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "5");
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(conf, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                p.send(new ProducerRecord<>("articles.raw", in.source().getBytes(StandardCharsets.UTF_8), in.value()));
                produced.incrementAndGet();
                if (i % 500 == 499) {
                    p.flush();
                    pause(1_000); // at most 500 articles a second: the input keeps flowing while the faults happen
                }
            }
        }
    }

    record Decision(String topic, String status, String duplicateOf) { }

    static String topic(String run, String which) {
        return run + "." + which;
    }

    /** Reads the three output topics of a run (read_committed) until every input has an outcome. */
    static Map<String, List<Decision>> awaitAll(String bootstrap, String run, int expected, Duration timeout) throws IOException {
        Map<String, List<Decision>> byId = new HashMap<>();
        Map<String, Object> conf = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "verify-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(conf, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic(run, "clean"), topic(run, "dup"), topic(run, "dlq")));
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietUntil = Long.MAX_VALUE;
            // once every input has an outcome, keep reading 10 s more so that a doubled record would be seen
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(300))) {
                    Decision d;
                    String id;
                    String which = r.topic().substring(run.length() + 1);
                    if (which.equals("dlq")) {
                        Matcher m = BAD_ID.matcher(new String(r.value(), StandardCharsets.UTF_8));
                        id = m.find() ? m.group(1) : "unreadable-dead-letter";
                        d = new Decision(which, "dead_letter", null);
                    } else {
                        JsonNode j = JSON.readTree(r.value());
                        id = j.get("id").asText();
                        JsonNode of = j.at("/dedup/duplicate_of");
                        d = new Decision(which, j.at("/dedup/status").asText(), of.isNull() || of.isMissingNode() ? null : of.asText());
                    }
                    byId.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
                }
                if (byId.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                }
            }
        }
        return byId;
    }

    /** How many outcomes a run has published so far (read_committed), for the fault log. */
    static int countOutputs(String bootstrap, String run, Duration wait) throws IOException {
        Map<String, Object> conf = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(conf, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            long total = 0;
            for (String t : List.of(topic(run, "clean"), topic(run, "dup"), topic(run, "dlq"))) {
                var parts = c.partitionsFor(t, wait);
                if (parts == null) {
                    continue;
                }
                var tps = parts.stream().map(p -> new org.apache.kafka.common.TopicPartition(t, p.partition())).toList();
                for (var e : c.endOffsets(tps, wait).entrySet()) {
                    total += e.getValue(); // end offsets count transaction markers too: an estimate, for pacing and the log
                }
            }
            return (int) total;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** A deliberate pause: the timing of a fault or the pace of the input, not a wait for a condition. */
    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The application in its own JVM, restarted on the same state directory. */
    static final class Child {
        final String bootstrap;
        final String run;
        final Path state;
        Process process;
        int starts;

        Child(String bootstrap, String run, Path state) {
            this.bootstrap = bootstrap;
            this.run = run;
            this.state = state;
        }

        void start() throws IOException {
            Path jar = Path.of("target", "article-dedup.jar");
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
            if (Files.exists(jar)) {
                cmd.addAll(List.of("-jar", jar.toString()));
            } else {
                cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.articlededup.app.Main"));
            }
            cmd.addAll(List.of("run", "--bootstrap-servers", bootstrap,
                    "--set", "kafka.application.id=" + run,
                    "--set", "kafka.state.dir=" + state,
                    "--set", "kafka.session.timeout.ms=6000",
                    "--set", "kafka.heartbeat.interval.ms=1500",
                    "--set", "dedup.topic.clean=" + topic(run, "clean"),
                    "--set", "dedup.topic.duplicates=" + topic(run, "dup"),
                    "--set", "dedup.topic.dlq=" + topic(run, "dlq"),
                    "--set", "dedup.topics.partitions=3",
                    "--set", "dedup.topics.internal.partitions=3",
                    "--set", "dedup.topics.replication=1",
                    "--set", "dedup.http.port=" + freePort()));
            Path log = state.resolveSibling(run + "-" + (++starts) + ".log");
            Files.createDirectories(state);
            process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no flush
            process.waitFor();
        }

        void stop() throws InterruptedException {
            process.destroy(); // SIGTERM: the shutdown hook closes Kafka Streams
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        static int freePort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
