package io.articlededup.model;

import io.articlededup.text.Disposition;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many paragraphs an article came in with and what happened to each of them.
 *
 * @param removed paragraphs removed, by reason label (repeated, headline, ui_line, boilerplate, template)
 */
public record ParagraphCounts(int in, int kept, Map<String, Integer> removed) {

    public ParagraphCounts {
        removed = Map.copyOf(new TreeMap<>(removed));
    }

    public static ParagraphCounts of(int in, EnumMap<Disposition, Integer> byDisposition) {
        Map<String, Integer> removed = new TreeMap<>();
        int kept = 0;
        for (Disposition d : Disposition.values()) {
            int n = byDisposition.getOrDefault(d, 0);
            if (d == Disposition.KEPT) {
                kept = n;
            } else {
                removed.put(d.label(), n);
            }
        }
        return new ParagraphCounts(in, kept, removed);
    }

    /** Moves {@code n} kept paragraphs to {@code reason}. */
    public ParagraphCounts withRemoved(Disposition reason, int n) {
        if (n == 0) {
            return this;
        }
        Map<String, Integer> r = new TreeMap<>(removed);
        r.merge(reason.label(), n, Integer::sum);
        return new ParagraphCounts(in, kept - n, r);
    }
}
