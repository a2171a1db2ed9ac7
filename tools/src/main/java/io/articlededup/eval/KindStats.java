package io.articlededup.eval;

/**
 * Outcome per event kind.
 *
 * @param events        events of this kind
 * @param predictedDuplicate events the pipeline marked duplicate
 * @param sameStory     of those, marked duplicate of an event of the same story (correct merges)
 * @param falseMerges   marked duplicate of an event of another story
 * @param expectedStatus the status this kind should get
 * @param statusAsExpected events whose predicted status equals the expected one
 */
public record KindStats(long events, long predictedDuplicate, long sameStory, long falseMerges,
                        String expectedStatus, long statusAsExpected) {
}
