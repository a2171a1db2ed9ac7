package io.articlededup.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

class DedupMetricsTest {

    @Test
    void copiesAreCountedByPairWithTheBusiestPairsLabelledAndTheSeriesBounded() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DedupMetrics metrics = new DedupMetrics(registry, 2);
        for (int i = 0; i < 300; i++) {
            metrics.copy("mirror.example", "wire.example");
            if (i % 2 == 0) {
                metrics.copy("daily.example", "daily.example");
            }
            metrics.copy("site" + (i % 50) + ".example", "wire.example");
        }
        metrics.copy("late.example", null);

        Collection<Counter> series = registry.find("dedup_copies").counters();
        assertThat(series.size()).isLessThanOrEqualTo(3);
        assertThat(registry.get("dedup_copies").tag("source", "mirror.example").tag("canonical_source", "wire.example")
                .counter().count()).isGreaterThanOrEqualTo(290);
        assertThat(registry.get("dedup_copies").tag("source", "daily.example").tag("canonical_source", "daily.example")
                .counter().count()).isGreaterThanOrEqualTo(140);
        double total = series.stream().mapToDouble(Counter::count).sum();
        assertThat(total).as("every copy with a known canonical source is counted once").isEqualTo(750);
    }
}
