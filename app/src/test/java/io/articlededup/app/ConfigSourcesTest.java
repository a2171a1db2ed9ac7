package io.articlededup.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigSourcesTest {

    @Test
    void theEnvironmentMapsDedupAndKnownKafkaSettingsAndIgnoresUnrelatedKafkaVariables() {
        Map<String, String> mapped = ConfigSources.fromEnvironment(Map.of(
                "DEDUP_NEAR_THRESHOLD", "0.5",
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
                "KAFKA_PRODUCER_COMPRESSION_TYPE", "zstd",
                "KAFKA_HOME", "/opt/kafka",
                "KAFKA_OPTS", "-Xmx1g",
                "DEDUP_LOG_LEVEL", "DEBUG",
                "PATH", "/usr/bin"));
        assertThat(mapped).containsOnly(
                Map.entry("dedup.near.threshold", "0.5"),
                Map.entry("kafka.bootstrap.servers", "broker:9092"),
                Map.entry("kafka.producer.compression.type", "zstd"));
    }

    @Test
    void laterSourcesWinFileThenEnvironmentThenFlags(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dedup.properties");
        Files.writeString(file, "dedup.near.threshold=0.45\ndedup.boilerplate.min.articles=7\n");
        AppConfig config = AppConfig.load(file, Map.of("DEDUP_NEAR_THRESHOLD", "0.5"),
                Map.of("dedup.boilerplate.min.articles", "9"));
        assertThat(config.decimal("dedup.near.threshold", 0, 1)).isEqualTo(0.5);
        assertThat(config.integer("dedup.boilerplate.min.articles", 1, 100)).isEqualTo(9);
        assertThat(config.string("dedup.topic.input")).as("a default nobody overrode").isEqualTo("articles.raw");
    }

    @Test
    void aMisspelledSettingFailsAndNamesTheClosestKnownOne() {
        assertThatThrownBy(() -> AppConfig.load(null, Map.of("DEDUP_NEAR_TRESHOLD", "0.5"), Map.of()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("unknown setting dedup.near.treshold")
                .hasMessageContaining("closest: dedup.near.threshold");
    }

    @Test
    void anUnreadableFileIsAConfigErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("absent.properties");
        assertThatThrownBy(() -> AppConfig.load(missing, Map.of(), Map.of()))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining(missing.toString());
    }
}
