package io.articlededup.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The dedup decision for one article.
 *
 * @param duplicateOf id of the canonical article (the earliest of its cluster we know), null when unique
 * @param similarity estimated similarity to {@code duplicateOf} (1.0 for exact duplicates), or the best
 *                   candidate's similarity for a unique article that had one, else null
 * @param canonicalSource the source of {@code duplicateOf}, when known: who a copy copies
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verdict(Status status, String duplicateOf, Double similarity, String canonicalSource) {

    public enum Status {
        UNIQUE("unique"), EXACT_DUPLICATE("exact_duplicate"), NEAR_DUPLICATE("near_duplicate");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isDuplicate() {
            return this != UNIQUE;
        }
    }

    public static Verdict unique() {
        return new Verdict(Status.UNIQUE, null, null, null);
    }

    public static Verdict exactDuplicateOf(String canonicalId, String canonicalSource) {
        return new Verdict(Status.EXACT_DUPLICATE, canonicalId, 1.0, canonicalSource);
    }

    public static Verdict nearDuplicateOf(String canonicalId, double similarity, String canonicalSource) {
        return new Verdict(Status.NEAR_DUPLICATE, canonicalId, similarity, canonicalSource);
    }
}
