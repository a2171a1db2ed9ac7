package io.articlededup.eval;

import java.util.List;

/**
 * What the pipeline output for one event.
 *
 * @param id             the event id
 * @param status         {@code unique}, {@code exact_duplicate} or {@code near_duplicate}
 * @param duplicateOf    id of the earlier article it duplicates (null when unique)
 * @param keptParagraphs the cleaned paragraphs it was published with; null when not known (then the event is
 *                       left out of the paragraph figures)
 */
public record Decision(String id, String status, String duplicateOf, List<String> keptParagraphs) {

    public boolean isDuplicate() {
        return (Kinds.EXACT_DUPLICATE.equals(status) || Kinds.NEAR_DUPLICATE.equals(status)) && duplicateOf != null;
    }
}
