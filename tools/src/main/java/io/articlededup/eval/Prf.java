package io.articlededup.eval;

/**
 * Precision, recall and F1 of duplicate links for one category of events.
 *
 * @param predicted        events the pipeline gave this category's status
 * @param correctPredicted of those, events whose {@code duplicate_of} is truly in the same story
 * @param actual           events that truly belong to this category
 * @param caught           of those, events the pipeline marked as a duplicate (either status) of an event in the
 *                         same story
 * @param precision        correctPredicted / predicted (1 when nothing was predicted)
 * @param recall           caught / actual (1 when there is nothing to find)
 * @param f1               harmonic mean of precision and recall (0 when both are 0)
 */
public record Prf(long predicted, long correctPredicted, long actual, long caught, double precision, double recall,
                  double f1) {

    public static Prf of(long predicted, long correctPredicted, long actual, long caught) {
        double p = predicted == 0 ? 1.0 : correctPredicted / (double) predicted;
        double r = actual == 0 ? 1.0 : caught / (double) actual;
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new Prf(predicted, correctPredicted, actual, caught, p, r, f);
    }
}
