package io.articlededup.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.broker.EmbeddedKafkaBroker;
import io.articlededup.broker.ThrowAwayCertificates;
import io.articlededup.topology.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.articlededup.topology.Fixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application on a broker whose client listener is SASL_SSL (SCRAM-SHA-256 over TLS, client
 * certificates required), configured only through environment variables, the way Kubernetes hands it a
 * Secret: it connects, processes an article end to end, and logs none of its passwords; with a
 * truststore that does not trust the broker it exits within seconds with one clear message.
 */
class TlsBrokerIT {
    static final String USER = "dedup-app";
    static final String SCRAM_PASSWORD = "scram-Pa55-not-for-logs";
    static final String STORE_PASSWORD = "store-Pa55-not-for-logs";

    @TempDir
    static Path dir;
    static ThrowAwayCertificates certs;
    static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        certs = ThrowAwayCertificates.create(dir, STORE_PASSWORD);
        broker = EmbeddedKafkaBroker.builder()
                .saslListener("SCRAM-SHA-256")
                .scramCredential("SCRAM-SHA-256=[name=" + USER + ",password=" + SCRAM_PASSWORD + "]")
                .tls(new EmbeddedKafkaBroker.Tls(certs.brokerKeystore(), STORE_PASSWORD, certs.brokerTruststore(), STORE_PASSWORD))
                .build().start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    /** What the ConfigMap and the Secret put in the container's environment. */
    static Map<String, String> environment(String appId, Path truststore) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.tlsBootstrapServers());
        env.put("KAFKA_APPLICATION_ID", appId);
        env.put("KAFKA_STATE_DIR", dir.resolve("state-" + appId).toString());
        env.put("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        env.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-256");
        env.put("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + USER + "\" password=\"" + SCRAM_PASSWORD + "\";");
        env.put("KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12");
        env.put("KAFKA_SSL_TRUSTSTORE_LOCATION", truststore.toString());
        env.put("KAFKA_SSL_TRUSTSTORE_PASSWORD", STORE_PASSWORD);
        env.put("KAFKA_SSL_KEYSTORE_TYPE", "PKCS12");
        env.put("KAFKA_SSL_KEYSTORE_LOCATION", certs.clientKeystore().toString());
        env.put("KAFKA_SSL_KEYSTORE_PASSWORD", STORE_PASSWORD);
        env.put("KAFKA_SSL_KEY_PASSWORD", STORE_PASSWORD);
        env.put("DEDUP_TOPICS_PARTITIONS", "2");
        env.put("DEDUP_TOPICS_INTERNAL_PARTITIONS", "2");
        env.put("DEDUP_TOPICS_REPLICATION", "1");
        return env;
    }

    @Test
    void theAppConnectsOverTlsFromItsEnvironmentAndLogsNoPassword() throws Exception {
        String log;
        try (ContainerStyleChild app = ContainerStyleChild.run(List.of("-Xmx384m"), environment("tls-it", certs.clientTruststore()),
                List.of(), dir.resolve("tls-it.log"))) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !app.process.isAlive() || app.status("/ready") == 200);
            assertThat(app.process.isAlive()).as("running; its log:\n%s", app.output()).isTrue();
            // the test's own clients use the PLAINTEXT listener; the application only knows the TLS one
            KafkaTestClients.produce(broker.bootstrapServers(), "articles.raw", List.of(Fixtures.seedEvent("tls-seed")));
            var clean = KafkaTestClients.consume(broker.bootstrapServers(), "articles.clean", r -> !r.isEmpty(), Duration.ofSeconds(90));
            assertThat(clean).as("published; the application's log:\n%s", app.output()).hasSize(1);
            JsonNode article = JSON.readTree(clean.get(0).value());
            assertThat(article.get("id").asText()).isEqualTo("tls-seed");
            assertThat(article.get("title").asText()).isEqualTo(Fixtures.SEED_TITLE);
            app.close();
            log = app.output();
        }
        assertThat(log).contains("kafka.security.protocol = SASL_SSL")
                .contains("kafka.ssl.truststore.location = " + certs.clientTruststore())
                .contains("kafka.ssl.truststore.password = [redacted]")
                .contains("kafka.ssl.keystore.password = [redacted]")
                .contains("kafka.ssl.key.password = [redacted]")
                .contains("kafka.sasl.jaas.config = [redacted]")
                .doesNotContain(STORE_PASSWORD)
                .doesNotContain(SCRAM_PASSWORD);
    }

    @Test
    void aTruststoreThatDoesNotTrustTheBrokerStopsTheStartWithOneClearMessage() throws Exception {
        long t0 = System.nanoTime();
        try (ContainerStyleChild app = ContainerStyleChild.run(List.of("-Xmx256m"), environment("tls-wrong", certs.unrelatedTruststore()),
                List.of(), dir.resolve("tls-wrong.log"))) {
            assertThat(app.process.waitFor(90, TimeUnit.SECONDS)).as("exited; its log:\n%s", app.output()).isTrue();
            String log = app.output();
            System.out.println("== wrong truststore: exit code " + app.process.exitValue() + " after "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms; the application's output:\n" + log);
            assertThat(app.process.exitValue()).isEqualTo(1);
            assertThat(log).contains("article-dedup cannot start:")
                    .contains(broker.tlsBootstrapServers())
                    .contains("SSL handshake failed")
                    .contains("kafka.ssl.truststore")
                    .doesNotContain(STORE_PASSWORD)
                    .doesNotContain(SCRAM_PASSWORD);
            // one message, not a stack trace per retry
            assertThat(log.lines().filter(l -> l.startsWith("\tat ")).count()).isZero();
        }
    }
}
