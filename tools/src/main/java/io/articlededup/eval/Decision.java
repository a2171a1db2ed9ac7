package io.articlededup.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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

    /**
     * Reads a decision from one event of {@code articles.clean} or {@code articles.duplicates}: {@code id},
     * {@code dedup.status}, {@code dedup.duplicate_of} and the cleaned {@code paragraphs} (null if absent).
     */
    public static Decision fromOutputEvent(JsonNode event) {
        JsonNode dedup = event.path("dedup");
        String status = dedup.path("status").asText(Kinds.UNIQUE);
        JsonNode dup = dedup.get("duplicate_of");
        List<String> kept = null;
        JsonNode ps = event.get("paragraphs");
        if (ps != null && ps.isArray()) {
            kept = new ArrayList<>();
            for (JsonNode p : ps) {
                kept.add(p.asText());
            }
        }
        return new Decision(event.path("id").asText(), status, dup == null || dup.isNull() ? null : dup.asText(),
                kept);
    }

    public boolean isDuplicate() {
        return (Kinds.EXACT_DUPLICATE.equals(status) || Kinds.NEAR_DUPLICATE.equals(status)) && duplicateOf != null;
    }
}
