package io.articlededup.app;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The producer and internal topics are sized for the largest record the limits allow, or the start stops. */
class RecordSizeSettingsTest {
    @Test
    void theProducerAndTheInternalTopicsAcceptTheLargestRecord() {
        Properties p = AppConfig.defaults().streamsProperties();
        assertThat(p.getProperty("producer.max.request.size")).isEqualTo("4195328");
        assertThat(p.getProperty("topic.max.message.bytes")).isEqualTo("4195328");
        // larger limits, larger records
        Properties bigger = AppConfig.defaults().with(Map.of("dedup.limits.max.dead.letter.bytes", "8388608")).streamsProperties();
        assertThat(bigger.getProperty("producer.max.request.size")).isEqualTo(String.valueOf(8388608 + 1024));
        // an explicit larger value is kept
        Properties kept = AppConfig.defaults().with(Map.of("kafka.max.request.size", "10000000")).streamsProperties();
        assertThat(kept.getProperty("producer.max.request.size")).isNull();
        assertThat(kept.getProperty("max.request.size")).isEqualTo("10000000");
    }

    @Test
    void settingsThatCannotCarryTheLargestRecordStopTheStartNamingThem() {
        assertThatThrownBy(() -> AppConfig.defaults().with(Map.of("kafka.producer.max.request.size", "1048576")).streamsProperties())
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("kafka.producer.max.request.size is 1048576")
                .hasMessageContaining("4195328");
        assertThatThrownBy(() -> AppConfig.defaults().with(Map.of("kafka.topic.max.message.bytes", "1048588")).streamsProperties())
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("kafka.topic.max.message.bytes");
        assertThatThrownBy(() -> AppConfig.defaults().with(Map.of("kafka.producer.buffer.memory", "2000000")).streamsProperties())
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("buffer.memory");
        assertThatThrownBy(() -> AppConfig.defaults().with(Map.of("dedup.limits.max.dead.letter.bytes", "1048576")).topologySettings())
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("dedup.limits.max.dead.letter.bytes (1048576) must be at least dedup.limits.max.article.bytes");
    }
}
