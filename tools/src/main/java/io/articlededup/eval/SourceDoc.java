package io.articlededup.eval;

import java.util.List;
import java.util.Objects;

/**
 * One article of a base corpus, before any transformation.
 *
 * @param corpus     {@code bbc}, {@code reuters} or {@code scrapinghub}
 * @param docId      stable id inside the corpus: {@code bbc/<topic>/<n>}, {@code reuters/<topic>/<newid>}
 *                   (topic {@code none} when the record has none), {@code scrapinghub/<id>}
 * @param title      the headline
 * @param paragraphs the body paragraphs, in order, trimmed and non-empty
 */
public record SourceDoc(String corpus, String docId, String title, List<String> paragraphs) {

    public SourceDoc {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(docId, "docId");
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
    }

    /** The form/topic group used to pick hard negatives: corpus plus the middle segment of a 3-part docId. */
    public String group() {
        String[] parts = docId.split("/");
        return parts.length >= 3 ? corpus + "/" + parts[1] : corpus;
    }

    /** Number of words in the paragraphs (whitespace separated). */
    public int wordCount() {
        int n = 0;
        for (String p : paragraphs) {
            n += TextKeys.words(p).size();
        }
        return n;
    }
}
