package io.articlededup.metrics;

import io.articlededup.model.DeadLetterReason;
import io.articlededup.model.Verdict;
import io.articlededup.text.Disposition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The application's own meters, named {@code dedup_*} (README, "Metrics"). Processors call these; the
 * registry (Prometheus in production, a simple one in tests) is chosen by the caller. Under
 * exactly-once the output topics never double an article, but a task that is retried after a crash
 * counts its batch again: these are operational counters, not the ledger.
 */
public final class DedupMetrics {
    /** Outcome of an event that could not become an article (dead-lettered). */
    public static final String INVALID = "invalid";
    private final MeterRegistry registry;
    private final SourceLabels sourceLabels;
    /** Who copies whom: the busiest (source, canonical source) pairs, counted like sources. */
    private final SourceLabels copyPairs;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final DistributionSummary similarity;
    private final Timer latency;

    public DedupMetrics(MeterRegistry registry, int sourcesTopN) {
        this.registry = registry;
        this.sourceLabels = new SourceLabels(sourcesTopN);
        this.copyPairs = new SourceLabels(sourcesTopN);
        this.similarity = DistributionSummary.builder("dedup_similarity")
                .description("Estimated similarity of an article to its best verified candidate")
                .serviceLevelObjectives(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99, 1.0)
                .register(registry);
        this.latency = Timer.builder("dedup_end_to_end_latency")
                .description("From the raw event's timestamp to the publication of its outcome")
                .serviceLevelObjectives(ms(5), ms(10), ms(25), ms(50), ms(100), ms(250), ms(500),
                        ms(1000), ms(2500), ms(5000), ms(10_000), ms(30_000), ms(60_000), ms(120_000), ms(300_000),
                        ms(600_000))
                .minimumExpectedValue(ms(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        // Pre-register the bounded label sets at 0: rate()/increase() then have data from the first scrape
        // and a first event is counted as an increase (a counter born at 1 is not).
        for (Verdict.Status status : Verdict.Status.values()) {
            counter(ARTICLES, ARTICLES_HELP, "outcome", status.label());
        }
        counter(ARTICLES, ARTICLES_HELP, "outcome", INVALID);
        for (Disposition d : Disposition.values()) {
            counter(PARAGRAPHS, PARAGRAPHS_HELP, "disposition", d.label());
        }
        // every reason at 0 from the start, so that dashboards and alerts have a series before the first one
        for (DeadLetterReason r : DeadLetterReason.values()) {
            counter(DEAD_LETTERS, DEAD_LETTERS_HELP, "reason", r.code());
        }
    }

    private static final String ARTICLES = "dedup_articles_total";
    private static final String ARTICLES_HELP = "Articles by outcome";
    private static final String PARAGRAPHS = "dedup_paragraphs_total";
    private static final String PARAGRAPHS_HELP = "Paragraphs by what happened to them";
    private static final String DEAD_LETTERS = "dedup_dead_letters_total";
    private static final String SOURCE_ARTICLES = "dedup_source_articles_total";
    private static final String COPIES = "dedup_copies_total";
    /** Joins the two sources of a pair: sources are host names or one-line names, which never hold a line break. */
    private static final char PAIR_SEPARATOR = '\n';
    private static final String DEAD_LETTERS_HELP = "Raw events sent to the dead-letter topic, by reason";

    /** A registry-free instance for tests and tools that do not export metrics. */
    public static DedupMetrics noop() {
        return new DedupMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), 0);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** @param outcome unique, exact_duplicate, near_duplicate or invalid */
    public void article(String source, String outcome) {
        counter(ARTICLES, ARTICLES_HELP, "outcome", outcome).increment();
        String key = source == null ? "unknown" : source;
        countLabelled(sourceLabels, SOURCE_ARTICLES, key, "|" + outcome, label -> Counter.builder("dedup_source_articles")
                .description("Articles by source (top N by recent volume, the rest as other) and outcome")
                .tag("source", label).tag("outcome", outcome)
                .register(registry));
    }

    /**
     * A duplicate of {@code source} whose canonical came from {@code canonicalSource} (the same source for a
     * re-scrape, another for a syndicated copy). The top N pairs by recent volume are labelled, the rest
     * count as other/other; a duplicate whose canonical's source is not known (decided from state written
     * before it was carried) is not counted.
     */
    public void copy(String source, String canonicalSource) {
        if (canonicalSource == null) {
            return;
        }
        String pair = (source == null ? "unknown" : source) + PAIR_SEPARATOR + canonicalSource;
        countLabelled(copyPairs, COPIES, pair, "", label -> {
            int split = label.indexOf(PAIR_SEPARATOR);
            return Counter.builder("dedup_copies")
                    .description("Duplicates by their source and their canonical's source (top N pairs by recent "
                            + "volume, the rest as other)")
                    .tag("source", split < 0 ? SourceLabels.OTHER : label.substring(0, split))
                    .tag("canonical_source", split < 0 ? SourceLabels.OTHER : label.substring(split + 1))
                    .register(registry);
        });
    }

    /**
     * Counts one for {@code key}'s label (itself while it ranks in the top N, else other) in a counter made
     * by {@code make} on first use; the meters of labels that lost their place are removed. One lock per
     * label set for label, retirement and increment: a thread must not re-create the meter of a label that
     * another thread just retired.
     */
    private void countLabelled(SourceLabels labels, String family, String key, String suffix,
                             Function<String, Counter> make) {
        synchronized (labels) {
            String label = labels.labelFor(key);
            for (String gone : labels.drainRetired()) {
                removeMeters(family + "|" + gone + "|");
            }
            counters.computeIfAbsent(family + "|" + label + "|" + suffix, k -> make.apply(label)).increment();
        }
    }

    /** A label that lost its place to a busier one: its series stop, its articles count under other. */
    private void removeMeters(String prefix) {
        counters.entrySet().removeIf(e -> {
            if (e.getKey().startsWith(prefix)) {
                registry.remove(e.getValue());
                return true;
            }
            return false;
        });
    }

    /** @param disposition kept, repeated, headline, ui_line, boilerplate or template */
    public void paragraphs(String disposition, int n) {
        if (n > 0) {
            counter(PARAGRAPHS, PARAGRAPHS_HELP, "disposition", disposition)
                    .increment(n);
        }
    }

    public void deadLetter(String reason) {
        counter(DEAD_LETTERS, DEAD_LETTERS_HELP, "reason", reason)
                .increment();
    }

    /** An older near-duplicate reached the band index after a newer copy was already published as unique. */
    public void lateCandidate() {
        counter("dedup_late_candidates_total", "Near-duplicates found too late to hold back the newer copy",
                "stage", "near").increment();
    }

    /**
     * A probe reached its band-index partition older than what that partition had already answered in
     * event-time order: answered at once, so a newer copy may have been published first.
     */
    public void lateProbe() {
        counter("dedup_late_probes_total", "Probes answered out of event-time order: later than the allowed lateness",
                "stage", "near").increment();
    }

    public void similarity(double s) {
        similarity.record(s);
    }

    public void endToEndLatency(long eventTimeMs, long nowMs) {
        latency.record(Duration.ofMillis(Math.max(0, nowMs - eventTimeMs)));
    }

    private Counter counter(String name, String description, String tag, String value) {
        return counters.computeIfAbsent(name + "|" + value,
                k -> Counter.builder(name.replace("_total", "")).description(description).tag(tag, value)
                        .register(registry));
    }

    private static Duration ms(long ms) {
        return Duration.ofMillis(ms);
    }
}
