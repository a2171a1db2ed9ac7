package io.articlededup.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the pipeline's decisions against a labelled stream. Definitions (also in
 * {@code docs/evaluation-data.md}):
 * <ul>
 *   <li>a duplicate link "e duplicate of X" is correct when X is in e's true story (cluster);</li>
 *   <li>exact / near precision: share of events given that status whose link is correct; recall: share of the
 *       events that truly are exact / near duplicates (by kind) that got a correct link of either status;
 *       "all" counts both statuses together; {@code wrongStatus} counts correct links with the other status;</li>
 *   <li>ARI compares true stories with predicted clusters (follow {@code duplicate_of} to an event that is not a
 *       duplicate; an event without decision is unique);</li>
 *   <li>paragraphs compare by {@link TextKeys#paragraphKey}: an injected boilerplate paragraph is removed when no
 *       kept paragraph has its key; a content paragraph (distinct keys of the raw paragraphs that are neither
 *       injected boilerplate nor injected noise) is wrongly removed when no kept paragraph has its key.</li>
 * </ul>
 */
public final class Scorer {

    private Scorer() {
    }

    public static EvalReport score(List<LabelledEvent> truth, Map<String, Decision> decisions) {
        Map<String, String> cluster = new HashMap<>();
        truth.forEach(e -> cluster.put(e.id(), e.clusterId()));
        Map<String, String> predicted = new HashMap<>();
        truth.forEach(e -> predicted.put(e.id(), root(e.id(), decisions)));

        long[] exact = new long[4];
        long[] near = new long[4];
        long[] all = new long[4];
        long wrongStatus = 0;
        long missing = 0;
        long hardNegatives = 0;
        long hardMerged = 0;
        long bpInjected = 0;
        long bpRemoved = 0;
        long content = 0;
        long contentRemoved = 0;
        long notReported = 0;
        Map<String, long[]> kinds = new TreeMap<>();
        for (LabelledEvent e : truth) {
            Decision d = decisions.get(e.id());
            if (d == null) {
                missing++;
            }
            String status = d == null || d.status() == null ? Kinds.UNIQUE : d.status();
            boolean predDup = d != null && d.isDuplicate();
            boolean link = predDup && e.clusterId().equals(cluster.get(d.duplicateOf()));
            String expected = e.expectedStatus();
            boolean truthDup = !Kinds.UNIQUE.equals(expected);
            count(exact, Kinds.EXACT_DUPLICATE.equals(status) && predDup, link,
                    Kinds.EXACT_DUPLICATE.equals(expected));
            count(near, Kinds.NEAR_DUPLICATE.equals(status) && predDup, link, Kinds.NEAR_DUPLICATE.equals(expected));
            count(all, predDup, link, truthDup);
            if (truthDup && link && !status.equals(expected)) {
                wrongStatus++;
            }
            if (Kinds.HARD_NEGATIVE.equals(e.kind())) {
                hardNegatives++;
                if (predDup && !link) {
                    hardMerged++;
                }
            }
            long[] k = kinds.computeIfAbsent(e.kind(), x -> new long[5]);
            k[0]++;
            k[1] += predDup ? 1 : 0;
            k[2] += link ? 1 : 0;
            k[3] += predDup && !link ? 1 : 0;
            k[4] += status.equals(expected) ? 1 : 0;
            if (d == null || d.keptParagraphs() == null) {
                notReported++;
                continue;
            }
            Set<String> kept = new HashSet<>();
            d.keptParagraphs().forEach(p -> kept.add(TextKeys.paragraphKey(p)));
            for (String bp : e.boilerplateParagraphs()) {
                bpInjected++;
                bpRemoved += kept.contains(TextKeys.paragraphKey(bp)) ? 0 : 1;
            }
            Set<String> contentKeys = new HashSet<>();
            e.contentParagraphs().forEach(p -> contentKeys.add(TextKeys.paragraphKey(p)));
            contentKeys.remove("");
            for (String key : contentKeys) {
                content++;
                contentRemoved += kept.contains(key) ? 0 : 1;
            }
        }
        Map<String, KindStats> byKind = new TreeMap<>();
        kinds.forEach((kind, k) -> byKind.put(kind,
                new KindStats(k[0], k[1], k[2], k[3], Kinds.expectedStatus(kind), k[4])));
        return new EvalReport(truth.size(), new HashSet<>(cluster.values()).size(), missing,
                prf(exact), prf(near), prf(all), wrongStatus, AdjustedRandIndex.of(cluster, predicted),
                hardNegatives, hardMerged, pct(hardMerged, hardNegatives), bpInjected, bpRemoved, content,
                contentRemoved, pct(contentRemoved, content), notReported, byKind, CanonicalOrder.of(truth, decisions), null);
    }

    /** Follows duplicate_of links from {@code id} to an event that is not a duplicate (cycle-safe). */
    static String root(String id, Map<String, Decision> decisions) {
        Set<String> seen = new HashSet<>();
        String cur = id;
        while (seen.add(cur)) {
            Decision d = decisions.get(cur);
            if (d == null || !d.isDuplicate()) {
                return cur;
            }
            cur = d.duplicateOf();
        }
        return cur;
    }

    private static void count(long[] c, boolean predicted, boolean link, boolean actual) {
        c[0] += predicted ? 1 : 0;
        c[1] += predicted && link ? 1 : 0;
        c[2] += actual ? 1 : 0;
        c[3] += actual && link ? 1 : 0;
    }

    private static Prf prf(long[] c) {
        return Prf.of(c[0], c[1], c[2], c[3]);
    }

    private static double pct(long part, long whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }
}
