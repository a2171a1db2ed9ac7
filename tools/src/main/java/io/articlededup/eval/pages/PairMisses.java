package io.articlededup.eval.pages;

import io.articlededup.eval.Decision;
import io.articlededup.eval.Kinds;
import io.articlededup.eval.LabelledEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The duplicate decisions that went wrong, by kind and portal: copies not linked to their story, and links to
 * another story (with the portal of the page they were linked to), to show which pages the pairs fail on.
 */
public final class PairMisses {

    private PairMisses() {
    }

    public static String toTable(List<LabelledEvent> events, Map<String, Decision> decisions,
                                 Map<String, String> portalOf) {
        Map<String, String> cluster = new HashMap<>();
        Map<String, String> kind = new HashMap<>();
        events.forEach(e -> {
            cluster.put(e.id(), e.clusterId());
            kind.put(e.id(), e.kind());
        });
        Map<String, Integer> missed = new TreeMap<>();
        Map<String, Integer> wrong = new TreeMap<>();
        for (LabelledEvent e : events) {
            Decision d = decisions.get(e.id());
            boolean dup = d != null && d.isDuplicate();
            boolean right = dup && e.clusterId().equals(cluster.get(d.duplicateOf()));
            String where = e.kind() + " on " + portalOf.get(e.id());
            if (dup && !right) {
                wrong.merge(where + " -> " + kind.get(d.duplicateOf()) + " on " + portalOf.get(d.duplicateOf()), 1,
                        Integer::sum);
            } else if (!dup && !Kinds.UNIQUE.equals(e.expectedStatus())) {
                missed.merge(where, 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "copies not linked (kind on portal):%n"));
        missed.forEach((k, n) -> sb.append(String.format(Locale.ROOT, "%5d  %s%n", n, k)));
        sb.append(String.format(Locale.ROOT, "links to another story (kind on portal -> kind on portal):%n"));
        wrong.forEach((k, n) -> sb.append(String.format(Locale.ROOT, "%5d  %s%n", n, k)));
        return sb.toString();
    }
}
