package io.articlededup.eval;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The result of {@link Scorer#score}; see {@link Scorer} for the definitions.
 *
 * @param events                  events in the labelled stream
 * @param clusters                true stories
 * @param missingDecisions        events with no decision (scored as unique)
 * @param exact                   exact-duplicate links
 * @param near                    near-duplicate links
 * @param all                     all duplicate links, whatever the status
 * @param wrongStatus             correct links given the other duplicate status
 * @param ari                     adjusted Rand index of predicted clusters vs true stories
 * @param hardNegatives           hard-negative events
 * @param hardNegativesMerged     hard negatives marked duplicate of another story
 * @param hardNegativesMergedPct  that as a percentage of hard negatives
 * @param boilerplateInjected     injected boilerplate paragraphs (in events with reported paragraphs)
 * @param boilerplateRemoved      of those, removed by the pipeline
 * @param contentParagraphs       content paragraphs (in events with reported paragraphs)
 * @param contentWronglyRemoved   of those, not kept
 * @param contentWronglyRemovedPct that as a percentage
 * @param paragraphsNotReported   events left out of the paragraph figures (no kept paragraphs given)
 * @param byKind                  outcome per event kind
 * @param canonicalOrder          duplicate clusters whose canonical is not their earliest member
 * @param articlesPerSecond       throughput, filled in by the caller (null until then)
 */
public record EvalReport(long events, long clusters, long missingDecisions, Prf exact, Prf near, Prf all,
                         long wrongStatus, double ari, long hardNegatives, long hardNegativesMerged,
                         double hardNegativesMergedPct, long boilerplateInjected, long boilerplateRemoved,
                         long contentParagraphs, long contentWronglyRemoved, double contentWronglyRemovedPct,
                         long paragraphsNotReported, Map<String, KindStats> byKind, CanonicalOrder canonicalOrder,
                         Double articlesPerSecond) {

    private static final ObjectWriter JSON = EventJson.MAPPER.writerWithDefaultPrettyPrinter();

    public EvalReport {
        byKind = Map.copyOf(byKind);
    }

    public EvalReport withArticlesPerSecond(double rate) {
        return new EvalReport(events, clusters, missingDecisions, exact, near, all, wrongStatus, ari, hardNegatives,
                hardNegativesMerged, hardNegativesMergedPct, boilerplateInjected, boilerplateRemoved,
                contentParagraphs, contentWronglyRemoved, contentWronglyRemovedPct, paragraphsNotReported, byKind,
                canonicalOrder, rate);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "events %d, stories %d, missing decisions %d%n", events, clusters,
                missingDecisions));
        sb.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %9s %9s %9s %9s%n", "links", "predicted",
                "correct", "actual", "caught", "precision", "recall", "F1"));
        row(sb, "exact", exact);
        row(sb, "near", near);
        row(sb, "all", all);
        sb.append(String.format(Locale.ROOT, "right story, other duplicate status: %d%n", wrongStatus));
        sb.append(String.format(Locale.ROOT, "adjusted Rand index: %.4f%n", ari));
        sb.append(String.format(Locale.ROOT, "canonical not the earliest by (event time, id): %d of %d duplicate clusters (%.2f%%)%n",
                canonicalOrder.canonicalNotEarliest(), canonicalOrder.duplicateClusters(), canonicalOrder.pct()));
        sb.append(String.format(Locale.ROOT, "hard negatives wrongly merged: %d of %d (%.2f%%)%n",
                hardNegativesMerged, hardNegatives, hardNegativesMergedPct));
        sb.append(String.format(Locale.ROOT, "boilerplate paragraphs removed: %d of %d injected%n",
                boilerplateRemoved, boilerplateInjected));
        sb.append(String.format(Locale.ROOT, "content paragraphs wrongly removed: %d of %d (%.2f%%)%s%n",
                contentWronglyRemoved, contentParagraphs, contentWronglyRemovedPct,
                paragraphsNotReported > 0 ? " [" + paragraphsNotReported + " events without paragraphs]" : ""));
        sb.append(String.format(Locale.ROOT, "throughput: %s%n", articlesPerSecond == null ? "n/a"
                : String.format(Locale.ROOT, "%.1f articles/s", articlesPerSecond)));
        sb.append(String.format(Locale.ROOT, "%-18s %7s %9s %10s %12s %-16s %9s%n", "kind", "events",
                "marked dup", "same story", "false merges", "expected", "as expected"));
        byKind.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            KindStats k = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-18s %7d %9d %10d %12d %-16s %9d%n", e.getKey(), k.events(),
                    k.predictedDuplicate(), k.sameStory(), k.falseMerges(), k.expectedStatus(), k.statusAsExpected()));
        });
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Prf p) {
        sb.append(String.format(Locale.ROOT, "%-10s %9d %9d %9d %9d %9.4f %9.4f %9.4f%n", name, p.predicted(),
                p.correctPredicted(), p.actual(), p.caught(), p.precision(), p.recall(), p.f1()));
    }
}
