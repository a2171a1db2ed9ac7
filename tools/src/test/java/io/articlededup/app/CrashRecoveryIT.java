package io.articlededup.app;

import io.articlededup.app.ArticleMix.Input;
import io.articlededup.app.PublishedOutcomes.Outcome;
import io.articlededup.broker.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault injection: the real application as a child JVM ({@code java -jar target/article-dedup.jar run}),
 * killed with SIGKILL ({@link ChildApplication#kill()}) at random moments while 20,000 articles stream
 * through it, and restarted on the same state directory each time. Afterwards every input id is in
 * exactly one of the clean, duplicates and dead-letter topics (read_committed), exactly once, and the
 * exact-duplicate decisions equal those of an uninterrupted run over the same input.
 */
@Tag("slow")
class CrashRecoveryIT {
    static final long SEED = Long.getLong("crash.seed", 7L);
    static final int ARTICLES = Integer.getInteger("crash.articles", 20_000);
    static final int KILLS = Integer.getInteger("crash.kills", 3);
    /** Near copies (about 0.8 similar) of earlier originals, in percent of the inputs. */
    static final int NEAR_PERCENT = Integer.getInteger("crash.near.percent", 10);

    /** Kept when the test fails: the broker data and each instance's log (state directory name + start number). */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    /** A deadline, not a wait: generous enough for 100,000 articles on a busy 2-core machine. */
    static Duration drainDeadline() {
        return Duration.ofMinutes(Math.max(8, ARTICLES / 2_000));
    }

    @Test
    void killMinus9ThreeTimesLosesAndDoublesNothing() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                // the group coordinator notices a killed member within 6 s (the broker's minimum session)
                .brokerConfig("group.min.session.timeout.ms", "6000").build().start()) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic("articles.raw", 3, (short) 1))).all().get();
            }
            List<Input> inputs = ArticleMix.generate(SEED, ARTICLES, NEAR_PERCENT);
            Random chaos = new Random(SEED * 31 + 1);

            // ---- the run under fault injection -----------------------------------------------------
            ChildApplication child = new ChildApplication(bootstrap, "crash", dir.resolve("crash"), 3);
            child.start();
            AtomicInteger produced = new AtomicInteger();
            Thread producer = new Thread(() -> ArticleMix.produce(bootstrap, "articles.raw", inputs, 500, produced), "producer");
            long t0 = System.nanoTime();
            producer.start();
            List<String> faults = new ArrayList<>();
            int published = 0;
            for (int k = 0; k < KILLS; k++) {
                // a random moment while the restarted instance is processing: after it has published a random
                // number of further outcomes, plus a random delay
                int target = published + 300 + chaos.nextInt(ARTICLES / (KILLS + 2));
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                        .until(() -> PublishedOutcomes.countPublished(bootstrap, "crash", Duration.ofSeconds(2)) >= target);
                Pause.pause(chaos.nextInt(2_000));
                published = PublishedOutcomes.countPublished(bootstrap, "crash", Duration.ofSeconds(2));
                child.kill();
                faults.add(String.format("kill -9 #%d at %.1f s (%d produced, about %d published before the kill)",
                        k + 1, (System.nanoTime() - t0) / 1e9, produced.get(), published));
                System.out.println("crash test: " + faults.get(k));
                Pause.pause(chaos.nextInt(3_000)); // the instance stays down a while, as a crashed pod would
                child.start();
            }
            producer.join();
            Map<String, List<Outcome>> crashed = PublishedOutcomes.awaitAll(bootstrap, "crash", inputs.size(), drainDeadline());
            double crashSeconds = (System.nanoTime() - t0) / 1e9;
            child.stop();

            // ---- the same input, uninterrupted -----------------------------------------------------
            long t1 = System.nanoTime();
            ChildApplication reference = new ChildApplication(bootstrap, "reference", dir.resolve("reference"), 3);
            reference.start();
            Map<String, List<Outcome>> uninterrupted = PublishedOutcomes.awaitAll(bootstrap, "reference", inputs.size(), drainDeadline());
            double refSeconds = (System.nanoTime() - t1) / 1e9;
            reference.stop();

            // ---- the verdict -------------------------------------------------------------------------
            RunAudit verdict = RunAudit.of(inputs, crashed);
            RunAudit referenceVerdict = RunAudit.of(inputs, uninterrupted);
            // a near pair is one cluster in both runs (RunAudit checks it); which of the two is canonical may
            // differ when a restart's backlog lets the later copy be decided first: counted, not a difference
            Set<String> nearPairMembers = new HashSet<>();
            for (Input in : inputs) {
                if (in.kind() == ArticleMix.Kind.NEAR_COPY) {
                    nearPairMembers.add(in.id());
                    nearPairMembers.add(in.copyOf());
                }
            }
            int differsFromReference = 0;
            int canonicalChoiceDiffers = 0;
            for (Input in : inputs) {
                List<Outcome> got = crashed.getOrDefault(in.id(), List.of());
                List<Outcome> ref = uninterrupted.getOrDefault(in.id(), List.of());
                if (got.isEmpty() || ref.isEmpty() || !got.get(0).decision().equals(ref.get(0).decision())) {
                    if (nearPairMembers.contains(in.id()) && !got.isEmpty() && !ref.isEmpty()) {
                        canonicalChoiceDiffers++;
                    } else {
                        differsFromReference++;
                    }
                }
            }
            System.out.printf("%n== crash test, seed %d ==%n  inputs %s, faults injected %d (kill -9), restarts %d%n"
                            + "  %s%n  decisions differing from the uninterrupted run %d (near-pair members with the other copy canonical: %d)%n"
                            + "  wall time: with faults %.0f s, uninterrupted %.0f s%n  %s%n",
                    SEED, ArticleMix.kinds(inputs), faults.size(), child.starts() - 1, verdict.summary(), differsFromReference, canonicalChoiceDiffers,
                    crashSeconds, refSeconds, String.join("\n  ", faults));
            assertThat(faults).hasSize(KILLS);
            assertThat(ArticleMix.SEND_FAILURES.get()).as("inputs the test itself could not send").isZero();
            assertThat(verdict.lost()).as("lost").isZero();
            assertThat(verdict.doubled()).as("doubled").isZero();
            assertThat(verdict.wrong()).as("decisions differing from the expected").isZero();
            assertThat(verdict.unexpectedIds()).as("ids never sent").isEmpty();
            assertThat(referenceVerdict.wrong()).as("uninterrupted run: decisions differing from the expected").isZero();
            assertThat(differsFromReference).as("decisions differing from the uninterrupted run").isZero();
        }
    }
}
