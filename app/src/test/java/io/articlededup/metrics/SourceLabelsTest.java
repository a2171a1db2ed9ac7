package io.articlededup.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SourceLabelsTest {
    private static final int SOURCES = 300;
    private static final int TOP = 5;

    /** Zipf-like weights: source i sends in proportion to 1 / (i + 1); {@code busiest} names the order. */
    private static List<String> skewedStream(List<String> busiest, int n, SplittableRandom rnd) {
        double[] cumulative = new double[busiest.size()];
        double sum = 0;
        for (int i = 0; i < busiest.size(); i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        List<String> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double x = rnd.nextDouble() * sum;
            int i = 0;
            while (cumulative[i] < x) {
                i++;
            }
            out.add(busiest.get(i));
        }
        return out;
    }

    private static List<String> sources(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < SOURCES; i++) {
            out.add(prefix + i + ".example");
        }
        return out;
    }

    @Test
    void theBusiestSourcesHoldTheLabelsEvenWhenTheTailArrivesFirst() {
        AtomicLong now = new AtomicLong(0);
        SourceLabels labels = new SourceLabels(TOP, now::get);
        List<String> order = sources("site");
        // the first articles after a start come from the quiet tail, the busiest sites only later
        for (int i = SOURCES - 1; i >= SOURCES - 20; i--) {
            labels.labelFor(order.get(i));
        }
        assertThat(labels.labelled()).hasSize(TOP).noneMatch(s -> order.indexOf(s) < TOP);

        SplittableRandom rnd = new SplittableRandom(7);
        for (String s : skewedStream(order, 20_000, rnd)) {
            now.addAndGet(1_000);
            labels.labelFor(s);
        }
        assertThat(labels.labelled()).containsExactlyInAnyOrderElementsOf(order.subList(0, TOP));
    }

    @Test
    void aSiteThatGoesQuietHandsItsLabelToOneThatGrewAndTheLabelSetStaysBounded() {
        AtomicLong now = new AtomicLong(0);
        SourceLabels labels = new SourceLabels(TOP, now::get);
        List<String> before = sources("site");
        SplittableRandom rnd = new SplittableRandom(11);
        for (String s : skewedStream(before, 20_000, rnd)) {
            now.addAndGet(1_000);
            labels.labelFor(s);
        }
        assertThat(labels.labelled()).contains("site0.example");
        labels.drainRetired();

        // the busiest site stops; a site of the tail becomes the busiest of all
        List<String> after = new ArrayList<>(before);
        after.remove("site0.example");
        after.remove("site250.example");
        after.add(0, "site250.example");
        Set<String> everLabelled = new HashSet<>();
        List<String> retired = new ArrayList<>();
        for (String s : skewedStream(after, 60_000, rnd)) {
            now.addAndGet(1_000);
            labels.labelFor(s);
            everLabelled.addAll(labels.labelled());
            retired.addAll(labels.drainRetired());
            assertThat(labels.labelled()).hasSizeLessThanOrEqualTo(TOP);
        }
        assertThat(labels.labelled()).contains("site250.example").doesNotContain("site0.example");
        assertThat(retired).contains("site0.example");
        // hysteresis: labels moved a few times, not with every fluctuation of the tail
        assertThat(retired).hasSizeLessThan(10);
    }

    @Test
    void aRetiredSourcesSeriesIsRemovedAndItsArticlesCountAsOther() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DedupMetrics metrics = new DedupMetrics(registry, 1);
        metrics.article("quiet.example", "unique");
        assertThat(registry.find("dedup_source_articles").tag("source", "quiet.example").counter()).isNotNull();
        for (int i = 0; i < 10; i++) {
            metrics.article("busy.example", "unique");
        }
        assertThat(registry.find("dedup_source_articles").tag("source", "busy.example").counter()).isNotNull();
        assertThat(registry.find("dedup_source_articles").tag("source", "quiet.example").counter()).isNull();
        metrics.article("quiet.example", "unique");
        assertThat(registry.find("dedup_source_articles").tag("source", "other").counter().count()).isGreaterThan(0);
        assertThat(registry.find("dedup_source_articles").counters()).extracting(c -> c.getId().getTag("source"))
                .containsOnly("busy.example", "other");
    }

    @Test
    void zeroLabelsReportsEverySourceAsOther() {
        assertThat(new SourceLabels(0).labelFor("a.example")).isEqualTo(SourceLabels.OTHER);
    }
}
