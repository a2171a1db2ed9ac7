package io.articlededup.app;

import io.articlededup.app.ArticleMix.Input;
import io.articlededup.app.PublishedOutcomes.Outcome;
import io.articlededup.app.ReadinessLog.Sample;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker goes away mid-stream and comes back: the only broker of the cluster is stopped while the
 * application (a child JVM) is processing a few thousand articles, stays down for 15 s, and is restarted
 * on the same log directory and port. The application must ride it out: never exit, lose nothing, double
 * nothing, decide every duplicate ({@link RunAudit}); and {@code /ready} must say the broker is unreachable
 * while it is away (while {@code /health} stays up) and be ready again after.
 */
@Tag("slow")
class BrokerRestartIT {
    static final long SEED = Long.getLong("restart.seed", 11L);
    static final int ARTICLES = Integer.getInteger("restart.articles", 4_000);
    static final int OUTAGE_SECONDS = Integer.getInteger("restart.outage.seconds", 15);
    /** The readiness broker timeout of the application under test: short, so that a 15 s outage shows clearly. */
    static final int BROKER_TIMEOUT_SECONDS = 5;

    /** Kept when the test fails: the broker data and each instance's log (state directory name + start number). */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void theApplicationRidesOutABrokerRestartAndReadySaysWhatIsHappening() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().logDir(dir.resolve("broker"))
                .brokerConfig("group.min.session.timeout.ms", "6000").build().start();
             ChildApplication app = new ChildApplication(broker.bootstrapServers(), "restart", dir.resolve("restart"), 3)
                     .set("dedup.http.ready.broker.timeout", BROKER_TIMEOUT_SECONDS + "s")) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic("articles.raw", 3, (short) 1))).all().get();
            }
            List<Input> inputs = ArticleMix.generate(SEED, ARTICLES, 5);
            app.start();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> app.get("/ready").status() == 200);

            long t0 = System.currentTimeMillis();
            try (ReadinessLog probes = new ReadinessLog(app)) {
                AtomicInteger produced = new AtomicInteger();
                Thread producer = new Thread(() -> ArticleMix.produce(bootstrap, "articles.raw", inputs, 100, produced), "producer");
                producer.start();
                // mid-stream: the producer is half-way, the application has published a few hundred outcomes
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> produced.get() >= ARTICLES / 2
                        && PublishedOutcomes.countPublished(bootstrap, "restart", Duration.ofSeconds(2)) >= 300);
                int producedBefore = produced.get();
                long stopping = System.currentTimeMillis();
                broker.stop();
                long down = System.currentTimeMillis();
                Pause.pause(OUTAGE_SECONDS * 1000L);
                broker.start();
                long up = System.currentTimeMillis();
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                        .until(() -> !probes.matching(s -> s.millis() > up && s.ready().status() == 200).isEmpty());
                long readyAgain = probes.matching(s -> s.millis() > up && s.ready().status() == 200).get(0).millis();
                producer.join();
                Map<String, List<Outcome>> published = PublishedOutcomes.awaitAll(bootstrap, "restart", inputs.size(), Duration.ofMinutes(6));
                long done = System.currentTimeMillis();
                probes.close();

                RunAudit verdict = RunAudit.of(inputs, published);
                List<Sample> outage = probes.between(down, up);
                List<Sample> unreachable = outage.stream().filter(s -> s.ready().status() == 503
                        && s.ready().body().matches("not ready: broker unreachable for \\d+ s.*\\(Kafka Streams \\w+ for \\d+ s\\)")).toList();
                System.out.printf("%n== broker restart test, seed %d ==%n  inputs %s%n  broker stopped at %.1f s (took %.1f s to stop;"
                                + " %d of %d produced), restarted at %.1f s: %.1f s without a broker%n"
                                + "  /ready: 503 'broker unreachable' first %.1f s after the stop, 200 again %.1f s after the restart%n"
                                + "  %s%n  application process starts %d, alive at the end %s; run time %.0f s%n  /ready over time:%n    %s%n",
                        SEED, ArticleMix.kinds(inputs), (stopping - t0) / 1e3, (down - stopping) / 1e3, producedBefore, inputs.size(),
                        (up - t0) / 1e3, (up - stopping) / 1e3,
                        unreachable.isEmpty() ? Double.NaN : (unreachable.get(0).millis() - stopping) / 1e3, (readyAgain - up) / 1e3,
                        verdict.summary(), app.starts(), app.alive(), (done - t0) / 1e3,
                        String.join("\n    ", probes.readyTransitions(t0)));

                assertThat(probes.all()).as("the application process never exited").allMatch(Sample::alive);
                assertThat(app.alive()).isTrue();
                assertThat(ArticleMix.SEND_FAILURES.get()).as("inputs the test itself could not send").isZero();
                assertThat(verdict.lost()).as("lost").isZero();
                assertThat(verdict.doubled()).as("doubled").isZero();
                assertThat(verdict.wrong()).as("decisions differing from the expected: %s", verdict.wrongExamples()).isZero();
                assertThat(verdict.unexpectedIds()).as("ids never sent").isEmpty();
                assertThat(probes.between(t0, stopping)).as("ready before the outage").isNotEmpty()
                        .allMatch(s -> s.ready().status() == 200);
                assertThat(unreachable).as("/ready said the broker is unreachable while it was away: %s", outage).isNotEmpty();
                assertThat(outage).as("/health stays up while the broker is away").isNotEmpty()
                        .allMatch(s -> s.health().status() == 200);
                assertThat(probes.matching(s -> s.millis() >= readyAgain)).as("ready again, and stays ready, after the restart")
                        .isNotEmpty().allMatch(s -> s.ready().status() == 200 && s.health().status() == 200);
            }
            app.stop();
        }
    }
}
