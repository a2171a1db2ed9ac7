package io.articlededup.text;

import java.util.EnumMap;
import java.util.List;

/**
 * Result of {@link ParagraphCleaner#clean}.
 *
 * @param title         given or inferred title, {@code null} when there is none
 * @param paragraphs    kept paragraphs, original text, first order
 * @param paragraphKeys {@link TextNormalizer} keys of {@code paragraphs}, same order
 * @param counts        one entry per {@link Disposition}; KEPT equals {@code paragraphs.size()}
 * @param paragraphsIn  number of input paragraphs; equals the sum of {@code counts}
 */
public record CleanedArticle(String title, List<String> paragraphs, List<String> paragraphKeys,
                             EnumMap<Disposition, Integer> counts, int paragraphsIn) {

    public CleanedArticle {
        paragraphs = List.copyOf(paragraphs);
        paragraphKeys = List.copyOf(paragraphKeys);
        counts = new EnumMap<>(counts);
        for (Disposition d : Disposition.values()) {
            counts.putIfAbsent(d, 0);
        }
        if (paragraphs.size() != paragraphKeys.size()) {
            throw new IllegalArgumentException("paragraphs and keys differ in size");
        }
    }

    /** A copy, so the record stays immutable although the agreed type is a mutable EnumMap. */
    @Override
    public EnumMap<Disposition, Integer> counts() {
        return new EnumMap<>(counts);
    }

    public int count(Disposition d) {
        return counts.get(d);
    }
}
