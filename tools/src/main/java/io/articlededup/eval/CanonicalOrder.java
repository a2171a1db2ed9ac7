package io.articlededup.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.model.Article;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether each duplicate cluster's canonical is its earliest member by (event time, id), the order the
 * topology promises whatever the timing: a cluster is an article published as canonical with every
 * article whose {@code duplicate_of} chain ends at it, and it counts when it has two members or more.
 * A cluster whose canonical is a younger copy has its original marked as that copy's duplicate, so
 * {@code duplicate_of} points the wrong way for a consumer.
 *
 * @param duplicateClusters  predicted clusters with at least two members
 * @param canonicalNotEarliest of those, clusters whose canonical is not the earliest member
 */
public record CanonicalOrder(long duplicateClusters, long canonicalNotEarliest) {

    /** {@code canonicalNotEarliest} as a percentage of {@code duplicateClusters}. */
    public double pct() {
        return duplicateClusters == 0 ? 0.0 : 100.0 * canonicalNotEarliest / duplicateClusters;
    }

    /** Event time: the event's {@code published_at} (the record timestamp the stream is sent with). */
    public static CanonicalOrder of(List<LabelledEvent> truth, Map<String, Decision> decisions) {
        Map<String, Long> time = new HashMap<>();
        for (int i = 0; i < truth.size(); i++) {
            LabelledEvent e = truth.get(i);
            JsonNode at = e.raw().get("published_at");
            time.put(e.id(), at != null && at.isTextual() ? Instant.parse(at.asText()).toEpochMilli() : i);
        }
        Map<String, String> earliest = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        for (LabelledEvent e : truth) {
            String root = Scorer.root(e.id(), decisions);
            size.merge(root, 1, Integer::sum);
            earliest.merge(root, e.id(), (a, b) -> older(a, b, time) ? a : b);
        }
        long clusters = 0;
        long wrong = 0;
        for (Map.Entry<String, Integer> c : size.entrySet()) {
            if (c.getValue() < 2) {
                continue;
            }
            clusters++;
            if (!c.getKey().equals(earliest.get(c.getKey()))) {
                wrong++;
            }
        }
        return new CanonicalOrder(clusters, wrong);
    }

    private static boolean older(String a, String b, Map<String, Long> time) {
        return Article.compareAge(time.getOrDefault(a, Long.MAX_VALUE), a, time.getOrDefault(b, Long.MAX_VALUE), b) < 0;
    }
}
