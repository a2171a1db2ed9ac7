package io.articlededup.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StateFormatMarkerTest {
    @TempDir
    Path state;

    AppConfig config(Map<String, String> more) {
        Map<String, String> m = new HashMap<>(Map.of("kafka.state.dir", state.toString(), "kafka.application.id", "marker-test",
                "kafka.bootstrap.servers", "localhost:1", "dedup.http.port", "0"));
        m.putAll(more);
        return AppConfig.defaults().with(m);
    }

    @Test
    void theFirstStartWritesTheMarkerAndTheSameSettingsPass() throws Exception {
        AppConfig c = config(Map.of());
        StateFormatMarker.check(c);
        Path file = state.resolve("marker-test").resolve(StateFormatMarker.FILE_NAME);
        assertThat(file).isEqualTo(StateFormatMarker.file(c)).exists();
        String text = Files.readString(file);
        assertThat(text).contains("state.format.version=" + StateFormatMarker.STATE_FORMAT_VERSION)
                .contains("sketch.format.version=" + c.topologySettings().near().sketch().formatVersion())
                .contains("dedup.near.bands=20").contains("dedup.topics.internal.partitions=6");
        assertThat(file.resolveSibling(StateFormatMarker.FILE_NAME + ".tmp")).doesNotExist();
        StateFormatMarker.check(config(Map.of()));
        // settings that do not change the state's format may change freely
        StateFormatMarker.check(config(Map.of("dedup.near.threshold", "0.6", "dedup.boilerplate.min.articles", "9")));
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void changedSketchSettingsStopTheStartNamingEverySettingAndTheReset() {
        StateFormatMarker.check(config(Map.of()));
        assertThatThrownBy(() -> StateFormatMarker.check(config(Map.of("dedup.near.bands", "16", "dedup.near.rows", "4"))))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("dedup.near.bands: 20 -> 16")
                .hasMessageContaining("dedup.near.rows: 3 -> 4")
                .hasMessageContaining("sketch.format.version: ")
                .hasMessageContaining("kafka-streams-application-reset --application-id marker-test")
                .hasMessageContaining("go back to the previous settings")
                .hasMessageNotContaining("dedup.near.seed");
        assertThatThrownBy(() -> StateFormatMarker.check(config(Map.of("dedup.topics.internal.partitions", "12"))))
                .hasMessageContaining("dedup.topics.internal.partitions: 6 -> 12");
        assertThatThrownBy(() -> StateFormatMarker.check(config(Map.of("dedup.near.seed", "42"))))
                .hasMessageContaining("dedup.near.seed: 0x5EEDA27C1E0DED09 -> 42");
        // the refused start left the marker as it was: the old settings still start
        StateFormatMarker.check(config(Map.of()));
    }

    @Test
    void anOlderStateFormatVersionIsNamedToo() throws Exception {
        AppConfig c = config(Map.of());
        StateFormatMarker.check(c);
        Path file = StateFormatMarker.file(c);
        Files.writeString(file, Files.readString(file).replace("state.format.version=" + StateFormatMarker.STATE_FORMAT_VERSION,
                "state.format.version=0"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StateFormatMarker.check(c))
                .hasMessageContaining("state.format.version: 0 -> " + StateFormatMarker.STATE_FORMAT_VERSION);
    }

    @Test
    void theApplicationRefusesToStartBeforeTouchingTheCluster() {
        StateFormatMarker.check(config(Map.of()));
        long t0 = System.nanoTime();
        // localhost:1 has no broker: reaching the check proves it runs before any Kafka client
        assertThatThrownBy(() -> {
            try (DedupApplication app = new DedupApplication(config(Map.of("dedup.near.shingle.size", "5")))) {
                app.start();
            }
        }).isInstanceOf(InvalidConfigException.class).hasMessageContaining("dedup.near.shingle.size: 4 -> 5");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }
}
