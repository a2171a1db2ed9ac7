package io.articlededup.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.articlededup.broker.EmbeddedKafkaBroker;
import io.articlededup.topology.Fixtures;
import io.articlededup.topology.Stories;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance that stopped cleanly before it saw a record starts again on the same state directory without
 * its tasks being wiped as corrupted. Kafka Streams 4.4 under exactly-once wipes a task whose store has no
 * committed offset while the task's directory is not empty, and an empty window store cannot keep one
 * ({@code EmptySafeWindowStore} says why). Every rebalance of a fresh application can close and reopen its
 * tasks that way; with several threads the wipes asked for rebalances that reopened them again, and
 * {@code NearDuplicateBrokerIT} saw an instance process nothing for 90 s. A stop and a start is the same
 * reopening made certain.
 */
class EmptyStateRestartIT {
    static final String WIPE_WARNING = "did not find checkpoint offsets while stores are not empty";
    EmbeddedKafkaBroker broker;
    @TempDir
    Path state;
    final ListAppender<ILoggingEvent> stateManagerLog = new ListAppender<>();
    final Logger stateManagerLogger = (Logger) LoggerFactory.getLogger("org.apache.kafka.streams.processor.internals.ProcessorStateManager");
    Level levelBefore;

    @BeforeEach
    void start() throws Exception {
        broker = EmbeddedKafkaBroker.builder().brokerConfig("group.min.session.timeout.ms", "6000").build().start();
        levelBefore = stateManagerLogger.getLevel();
        stateManagerLogger.setLevel(Level.WARN);
        stateManagerLog.start();
        stateManagerLogger.addAppender(stateManagerLog);
    }

    @AfterEach
    void stop() {
        stateManagerLogger.detachAppender(stateManagerLog);
        stateManagerLogger.setLevel(levelBefore);
        broker.close();
    }

    @Test
    void aCleanlyStoppedEmptyInstanceRestartsWithoutWipingItsTasks() throws Exception {
        AppConfig config = AppConfig.defaults().with(Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "kafka.application.id", "empty-restart",
                "kafka.state.dir", state.toString(),
                "dedup.topics.partitions", "2",
                "dedup.topics.internal.partitions", "2",
                // Kafka Streams closes without leaving its group: the restart waits for the old member's session
                "kafka.session.timeout.ms", "6000",
                "dedup.http.port", "0"));
        try (DedupApplication first = new DedupApplication(config).start()) {
            awaitRunning(first);
        }
        assertThat(wipeWarnings()).as("a fresh start wipes nothing").isEmpty();

        try (DedupApplication second = new DedupApplication(config).start()) {
            awaitRunning(second);
            List<byte[]> stories = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                stories.add(Fixtures.bytes(Fixtures.article("story-" + i, "one.example", "Story " + i,
                        Stories.story(40 + i, 5, 30).toArray(String[]::new))));
            }
            KafkaTestClients.produce(broker.bootstrapServers(), "articles.raw", stories);
            var clean = KafkaTestClients.consume(broker.bootstrapServers(), "articles.clean", r -> r.size() >= 4, Duration.ofSeconds(60));
            assertThat(clean).as("the restarted instance processes").hasSize(4);
        }
        assertThat(wipeWarnings()).as("no task wiped on the restart").isEmpty();
    }

    private List<String> wipeWarnings() {
        return stateManagerLog.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(WIPE_WARNING)).toList();
    }

    private static void awaitRunning(DedupApplication app) {
        await().atMost(Duration.ofSeconds(90)).until(() -> app.streams().state() == KafkaStreams.State.RUNNING);
    }
}
