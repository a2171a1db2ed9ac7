package io.articlededup.model;

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

    /** Moves {@code n} kept paragraphs to the removal reason labelled {@code reason}. */
    public ParagraphCounts withRemoved(String reason, int n) {
        if (n == 0) {
            return this;
        }
        Map<String, Integer> r = new TreeMap<>(removed);
        r.merge(reason, n, Integer::sum);
        return new ParagraphCounts(in, kept - n, r);
    }
}
