package io.articlededup.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.broker.EmbeddedKafkaBroker;
import io.articlededup.topology.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.articlededup.topology.Fixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The application on a broker whose client listener requires SASL/SCRAM-SHA-256: it connects with the
 * documented settings and processes an article; a wrong password stops the start with a clear message;
 * the password never reaches the log, neither our settings dump nor the Kafka clients' own.
 */
class SaslScramBrokerIT {
    static final String USER = "dedup-app";
    static final String PASSWORD = "s3cret-Pa55-do-not-log";
    static EmbeddedKafkaBroker broker;

    @TempDir
    static Path state;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.builder()
                .saslListener("SCRAM-SHA-256")
                .scramCredential("SCRAM-SHA-256=[name=" + USER + ",password=" + PASSWORD + "]")
                .build().start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    static AppConfig config(String appId, String password) {
        return AppConfig.defaults().with(Map.of(
                "kafka.bootstrap.servers", broker.saslBootstrapServers(),
                "kafka.security.protocol", "SASL_PLAINTEXT",
                "kafka.sasl.mechanism", "SCRAM-SHA-256",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"" + USER + "\" password=\"" + password + "\";",
                "kafka.application.id", appId,
                "kafka.state.dir", state.resolve(appId).toString(),
                "dedup.topics.partitions", "2",
                "dedup.topics.replication", "1",
                "dedup.http.port", "0"));
    }

    @Test
    void theAppConnectsWithScramAndProcessesAnArticleWithoutLoggingThePassword() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger kafka = (Logger) LoggerFactory.getLogger("org.apache.kafka");
        Level kafkaLevel = kafka.getLevel();
        kafka.setLevel(Level.INFO); // the clients print their whole configuration at INFO
        logs.start();
        root.addAppender(logs);
        try (DedupApplication app = new DedupApplication(config("sasl-it", PASSWORD)).start()) {
            await().atMost(Duration.ofSeconds(90)).until(() -> app.readiness().ready());
            // the test's own clients use the PLAINTEXT listener; the application only knows the SASL one
            KafkaTestClients.produce(broker.bootstrapServers(), "articles.raw", List.of(Fixtures.seedEvent("sasl-seed")));
            var clean = KafkaTestClients.consume(broker.bootstrapServers(), "articles.clean", r -> !r.isEmpty(), Duration.ofSeconds(60));
            assertThat(clean).hasSize(1);
            JsonNode article = JSON.readTree(clean.get(0).value());
            assertThat(article.get("id").asText()).isEqualTo("sasl-seed");
            assertThat(article.get("title").asText()).isEqualTo(Fixtures.SEED_TITLE);
        } finally {
            root.detachAppender(logs);
            kafka.setLevel(kafkaLevel);
        }
        List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anyMatch(l -> l.contains("kafka.sasl.jaas.config = [redacted]"));
        assertThat(lines).anyMatch(l -> l.contains("sasl.jaas.config = [hidden]")); // Kafka's own config dump
        assertThat(lines).noneMatch(l -> l.contains(PASSWORD));
        assertThat(logs.list).noneMatch(e -> e.getThrowableProxy() != null && e.getThrowableProxy().getMessage() != null
                && e.getThrowableProxy().getMessage().contains(PASSWORD));
    }

    @Test
    void aWrongPasswordStopsTheStartWithAClearMessage() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> {
            try (DedupApplication app = new DedupApplication(config("sasl-wrong", "not-the-password"))) {
                app.start();
            }
        }).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(broker.saslBootstrapServers())
                .hasMessageContaining("Authentication failed")
                .hasMessageContaining("SCRAM-SHA-256")
                .hasMessageNotContaining("not-the-password");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
    }
}
