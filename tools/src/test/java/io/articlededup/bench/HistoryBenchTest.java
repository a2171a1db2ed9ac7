package io.articlededup.bench;

import io.articlededup.app.AppConfig;
import io.articlededup.topology.TopologySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The history bench end to end on a small scale: it runs our real topology through the public builder only. */
class HistoryBenchTest {
    @TempDir
    Path work;

    @Test
    @SuppressWarnings("unchecked")
    void theHistoryAddsStateButChangesNoOutcome() throws Exception {
        BenchReport report = new HistoryBench(TopologySettings.defaults(), AppConfig.defaults().streamsProperties(),
                BenchTestData.sampleParagraphs(), 7, 0.3, 300, 200, 100, Duration.ofHours(48), 0, work).run();

        Map<String, Object> empty = (Map<String, Object>) report.get("empty");
        Map<String, Object> history = (Map<String, Object>) report.get("history");
        assertThat(empty.get("outputs")).isEqualTo(200L);
        assertThat(history.get("outputs")).isEqualTo(200L);
        assertThat(history.get("statuses")).isEqualTo(empty.get("statuses"));
        assertThat((long) history.get("rocksdb_bytes")).isGreaterThan((long) empty.get("rocksdb_bytes"));
        assertThat((double) report.get("ratio")).isPositive();
        assertThat(report.json()).contains("\"history_articles_per_s\"", "\"rocksdb_bytes_per_retained_article\"");
    }
}
