package io.articlededup.app;

import io.articlededup.app.ArticleMix.Input;
import io.articlededup.app.PublishedOutcomes.Outcome;
import io.articlededup.broker.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale out and in mid-stream: instance A (a child JVM) processes a stream of articles; instance B (same
 * application id, its own state directory) joins, works a while, stops gracefully (SIGTERM), starts
 * again on its state directory, and is killed with SIGKILL; A finishes alone. Meanwhile near-duplicate
 * pairs are sent to two different input partitions at once, many of them while the two partitions belong
 * to different instances. Afterwards every input id is in exactly one of the clean, duplicates and
 * dead-letter topics, once (read_committed), every exact duplicate points at its original, and each near pair
 * (a near copy and its original, or a split pair) has exactly one canonical article, the other a near
 * duplicate of it.
 */
@Tag("slow")
class ScaleOutInIT {
    static final long SEED = Long.getLong("scale.seed", 13L);
    static final int ARTICLES = Integer.getInteger("scale.articles", 4_000);
    static final int PARTITIONS = 6;
    static final String RUN = "scale";
    /** How long B works between joining and leaving: long enough for split pairs to meet two instances. */
    static final long B_WORKS_MS = 15_000;

    /** Kept when the test fails: the broker data and each instance's log (state directory name + start number). */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void aSecondInstanceJoinsAndLeavesMidStreamWithoutLossDoublesOrMissedNearDuplicates() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                .brokerConfig("group.min.session.timeout.ms", "6000").build().start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
             ChildApplication a = new ChildApplication(broker.bootstrapServers(), RUN, dir.resolve("a"), PARTITIONS);
             ChildApplication b = new ChildApplication(broker.bootstrapServers(), RUN, dir.resolve("b"), PARTITIONS)) {
            String bootstrap = broker.bootstrapServers();
            admin.createTopics(List.of(new NewTopic("articles.raw", PARTITIONS, (short) 1))).all().get();
            List<Input> inputs = ArticleMix.generate(SEED, ARTICLES, 5);
            a.start();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> a.get("/ready").status() == 200);

            Timeline timeline = new Timeline();
            AtomicInteger produced = new AtomicInteger();
            Thread producer = new Thread(() -> ArticleMix.produce(bootstrap, "articles.raw", inputs, 40, produced), "producer");
            SplitPairSender pairs = new SplitPairSender(bootstrap, admin);
            producer.start();
            pairs.start();

            awaitUntil(() -> produced.get() >= ARTICLES * 15 / 100);
            b.start();
            timeline.note("B starts");
            awaitUntil(() -> instancesOwningInput(admin) == 2);
            timeline.note("B owns input partitions");
            Pause.pause(B_WORKS_MS);
            awaitUntil(() -> produced.get() >= ARTICLES * 45 / 100);
            b.stop();
            timeline.note("B stopped gracefully (SIGTERM)");
            awaitUntil(() -> instancesOwningInput(admin) == 1);
            timeline.note("A owns every input partition");
            b.start();
            timeline.note("B starts again on its state directory");
            awaitUntil(() -> instancesOwningInput(admin) == 2);
            timeline.note("B owns input partitions");
            Pause.pause(B_WORKS_MS);
            awaitUntil(() -> produced.get() >= ARTICLES * 80 / 100);
            b.kill();
            timeline.note("B killed (SIGKILL)");
            awaitUntil(() -> instancesOwningInput(admin) == 1);
            timeline.note("A owns every input partition");
            pairs.finish();
            producer.join();

            List<Input> all = new ArrayList<>(inputs);
            all.addAll(pairs.sent);
            Map<String, List<Outcome>> published = PublishedOutcomes.awaitAll(bootstrap, RUN, all.size(), Duration.ofMinutes(8));
            timeline.note("every input has its outcome (plus 10 s to catch doubles)");
            RunAudit verdict = RunAudit.of(all, published);
            long earlierCanonical = pairs.sent.stream().filter(p -> p.id().endsWith("-a"))
                    .filter(p -> published.getOrDefault(p.id(), List.of()).stream().anyMatch(o -> o.status().equals("unique"))).count();
            List<String> inversions = verdict.laterCanonicalIds().stream().map(pair -> pair.split("->")).map(ids -> String.format(
                    "%s decided at %.1f s, after the later %s at %.1f s", ids[0], timeline.seconds(first(published, ids[0]).processedAt()),
                    ids[1], timeline.seconds(first(published, ids[1]).processedAt()))).toList();
            boolean aAlive = a.alive();
            System.out.printf("%n== scale out/in test, seed %d ==%n  inputs %s%n  split pairs %d (sent at once to two input partitions),"
                            + " %d of them while the two partitions belonged to different instances; canonical: the a copy %d, the b copy %d%n"
                            + "  %s%n  later article canonical:%n    %s%n  A: starts %d, alive %s; B: starts %d%n  %s%n",
                    SEED, ArticleMix.kinds(inputs), pairs.sent.size() / 2, pairs.straddled, earlierCanonical,
                    pairs.sent.size() / 2 - earlierCanonical, verdict.summary(), String.join("\n    ", inversions),
                    a.starts(), aAlive, b.starts(),
                    String.join("\n  ", timeline.notes));
            a.stop();

            assertThat(ArticleMix.SEND_FAILURES.get()).as("inputs the test itself could not send").isZero();

            assertThat(verdict.lost()).as("lost").isZero();
            assertThat(verdict.doubled()).as("doubled").isZero();
            assertThat(verdict.wrong()).as("decisions differing from the expected: %s", verdict.wrongExamples()).isZero();
            assertThat(verdict.unexpectedIds()).as("ids never sent").isEmpty();
            assertThat(pairs.straddled).as("split pairs sent while their partitions belonged to two instances").isGreaterThanOrEqualTo(5);
            assertThat(aAlive).as("A never exited").isTrue();
        }
    }

    /** How many instances own the input partitions, once all of them are owned (else -1: mid-rebalance). */
    private static long instancesOwningInput(Admin admin) {
        Map<Integer, String> owners = InputOwners.of(admin, RUN, "articles.raw");
        return owners.size() == PARTITIONS ? InputOwners.instances(owners) : -1;
    }

    private static Outcome first(Map<String, List<Outcome>> published, String id) {
        return published.get(id).get(0);
    }

    private static void awaitUntil(Callable<Boolean> condition) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(condition);
    }

    /** The moments of the scenario, in seconds since it began, for the report. */
    static final class Timeline {
        final long t0 = System.currentTimeMillis();
        final List<String> notes = new ArrayList<>();

        double seconds(long epochMillis) {
            return (epochMillis - t0) / 1e3;
        }

        void note(String what) {
            notes.add(String.format("%6.1f s  %s", seconds(System.currentTimeMillis()), what));
            System.out.println("scale test: " + notes.get(notes.size() - 1));
        }
    }

    /**
     * Every second, one near-duplicate pair to two random different input partitions with the same
     * event time, counting the pairs whose partitions belonged to two instances when they were sent.
     */
    static final class SplitPairSender extends Thread {
        final List<Input> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        final String bootstrap;
        final Admin admin;
        volatile boolean running = true;
        volatile int straddled;

        SplitPairSender(String bootstrap, Admin admin) {
            super("split-pairs");
            setDaemon(true);
            this.bootstrap = bootstrap;
            this.admin = admin;
        }

        @Override
        public void run() {
            Random random = new Random(SEED);
            try (KafkaProducer<byte[], byte[]> p = ArticleMix.producer(bootstrap)) {
                for (int pair = 0; running; pair++) {
                    int first = random.nextInt(PARTITIONS);
                    int second = (first + 1 + random.nextInt(PARTITIONS - 1)) % PARTITIONS;
                    Map<Integer, String> owners = InputOwners.of(admin, RUN, "articles.raw");
                    long now = System.currentTimeMillis();
                    for (Input in : ArticleMix.splitPair(pair, first, second)) {
                        ArticleMix.send(p, "articles.raw", in, now);
                        sent.add(in);
                    }
                    p.flush();
                    if (owners.containsKey(first) && owners.containsKey(second) && !owners.get(first).equals(owners.get(second))) {
                        straddled++;
                    }
                    Pause.pause(1_000);
                }
            }
        }

        void finish() throws InterruptedException {
            running = false;
            join();
        }
    }
}
