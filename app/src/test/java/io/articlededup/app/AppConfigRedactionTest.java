package io.articlededup.app;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings dump logged at start never carries a password, a JAAS configuration or a private key. */
class AppConfigRedactionTest {
    static final String PASSWORD = "hunter2-Very-Secret";
    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\""
            + PASSWORD + "\";";

    @Test
    void describeAndRedactedHideEverySecretFromFlagsAndEnvironment() {
        AppConfig config = AppConfig.load(null,
                Map.of("KAFKA_SASL_JAAS_CONFIG", JAAS, "KAFKA_SSL_TRUSTSTORE_PASSWORD", PASSWORD + "-ts"),
                Map.of("kafka.security.protocol", "SASL_SSL",
                        "kafka.sasl.mechanism", "SCRAM-SHA-256",
                        "kafka.producer.sasl.jaas.config", JAAS,
                        "kafka.ssl.keystore.password", PASSWORD + "-ks",
                        "kafka.ssl.key.password", PASSWORD + "-key",
                        "kafka.ssl.keystore.key", "-----BEGIN PRIVATE KEY-----" + PASSWORD,
                        "kafka.sasl.oauthbearer.client.credentials.client.secret", PASSWORD + "-oauth",
                        "kafka.ssl.keystore.certificate.chain", "-----BEGIN CERTIFICATE-----public"));
        String dump = config.describe();
        Map<String, String> redacted = config.redacted();

        assertThat(dump).doesNotContain(PASSWORD).doesNotContain("ScramLoginModule").doesNotContain("PRIVATE KEY");
        assertThat(redacted.values()).noneMatch(v -> v.contains(PASSWORD));
        for (String k : new String[] {"kafka.sasl.jaas.config", "kafka.producer.sasl.jaas.config", "kafka.ssl.truststore.password",
                "kafka.ssl.keystore.password", "kafka.ssl.key.password", "kafka.ssl.keystore.key",
                "kafka.sasl.oauthbearer.client.credentials.client.secret"}) {
            assertThat(redacted).containsEntry(k, "[redacted]");
            assertThat(dump).contains(k + " = [redacted]");
        }
        // what is not secret stays readable: an operator needs it to debug a connection
        assertThat(dump).contains("kafka.security.protocol = SASL_SSL").contains("kafka.sasl.mechanism = SCRAM-SHA-256")
                .contains("kafka.ssl.keystore.certificate.chain = -----BEGIN CERTIFICATE-----public");
        // the secrets still reach Kafka
        assertThat(config.streamsProperties().getProperty("sasl.jaas.config")).isEqualTo(JAAS);
    }
}
