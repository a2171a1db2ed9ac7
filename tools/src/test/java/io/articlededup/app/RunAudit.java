package io.articlededup.app;

import io.articlededup.app.ArticleMix.Input;
import io.articlededup.app.ArticleMix.Kind;
import io.articlededup.app.PublishedOutcomes.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Inputs against what was published: lost (no outcome), doubled (more than one), wrong (not the outcome
 * the input's kind calls for), and ids published that were never sent.
 *
 * <p>Expected: an original is {@code clean:unique}; an exact copy is {@code dup:exact_duplicate} of its
 * original (one content hash, one task, in order: always the first one is canonical); a malformed event
 * is a dead letter. A near copy and its original, and the two halves of a split pair, are a near pair:
 * one is {@code clean:unique} and the other {@code dup:near_duplicate} of it. Which one is canonical is
 * the earlier by (event time, id) unless the earlier one reached its decision more than the decision
 * grace after the later one had been published (a stalled or rebalancing instance): the topology promises
 * exactly one canonical, not which, so the later-canonical pairs are counted, not wrong.
 */
record RunAudit(int inputs, int lost, int doubled, int wrong, int nearPairs, int laterCanonical, Set<String> unexpectedIds,
               Map<String, Integer> outcomes, List<String> wrongExamples, List<String> laterCanonicalIds) {

    static RunAudit of(List<Input> inputs, Map<String, List<Outcome>> published) {
        Map<String, String> partner = new HashMap<>();
        Set<String> earlier = new HashSet<>();
        for (Input in : inputs) {
            if (in.kind() == Kind.NEAR_COPY || (in.kind() == Kind.SPLIT_PAIR && in.id().endsWith("-b"))) {
                partner.put(in.id(), in.copyOf());
                partner.put(in.copyOf(), in.id());
                earlier.add(in.copyOf());
            }
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> wrongExamples = new ArrayList<>();
        List<String> laterCanonical = new ArrayList<>();
        int lost = 0;
        int doubled = 0;
        int wrong = 0;
        Set<String> sent = new HashSet<>();
        for (Input in : inputs) {
            sent.add(in.id());
            List<Outcome> got = published.getOrDefault(in.id(), List.of());
            if (got.isEmpty()) {
                lost++;
                continue;
            }
            if (got.size() > 1) {
                doubled++;
            }
            Outcome o = got.get(0);
            outcomes.merge(in.kind().name().toLowerCase() + " -> " + o.topic() + ":" + o.status(), 1, Integer::sum);
            String p = partner.get(in.id());
            boolean ok = p != null ? nearPair(o, in.id(), first(published, p), p) : o.decision().equals(expected(in));
            if (!ok) {
                wrong++;
                if (wrongExamples.size() < 20) {
                    wrongExamples.add(in.id() + " (" + in.kind() + (in.copyOf() == null ? "" : " of " + in.copyOf()) + "): " + o.decision());
                }
            } else if (earlier.contains(in.id()) && o.status().equals("near_duplicate")) {
                laterCanonical.add(in.id() + "->" + p);
            }
        }
        Set<String> unexpected = new TreeSet<>(published.keySet());
        unexpected.removeAll(sent);
        return new RunAudit(inputs.size(), lost, doubled, wrong, earlier.size(), laterCanonical.size(), unexpected, outcomes,
                wrongExamples, laterCanonical);
    }

    private static String expected(Input in) {
        return switch (in.kind()) {
            case ORIGINAL -> "clean:unique";
            case EXACT_COPY -> "dup:exact_duplicate->" + in.copyOf();
            case MALFORMED -> "dlq:dead_letter";
            case NEAR_COPY, SPLIT_PAIR -> throw new IllegalArgumentException("a near pair has no single expected outcome");
        };
    }

    /** One of the two is canonical, the other a near duplicate of it. */
    private static boolean nearPair(Outcome mine, String id, Outcome partners, String partnerId) {
        if (partners == null) {
            return false;
        }
        return (mine.decision().equals("clean:unique") && partners.decision().equals("dup:near_duplicate->" + id))
                || (mine.decision().equals("dup:near_duplicate->" + partnerId) && partners.decision().equals("clean:unique"));
    }

    private static Outcome first(Map<String, List<Outcome>> published, String id) {
        List<Outcome> got = published.getOrDefault(id, List.of());
        return got.isEmpty() ? null : got.get(0);
    }

    String summary() {
        return String.format("inputs %d: lost %d, doubled %d, not as expected %d, ids never sent %s%n"
                        + "  near pairs %d, of which the later article is canonical in %d %s%n  outcomes %s%s",
                inputs, lost, doubled, wrong, unexpectedIds, nearPairs, laterCanonical, laterCanonicalIds, outcomes,
                wrongExamples.isEmpty() ? "" : "\n  not as expected: " + String.join("; ", wrongExamples));
    }
}
