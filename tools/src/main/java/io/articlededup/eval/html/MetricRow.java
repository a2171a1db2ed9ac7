package io.articlededup.eval.html;

/** One corpus-level figure: a metric's precision, recall, F1 and, where defined, accuracy (else NaN). */
public record MetricRow(String metric, double precision, double recall, double f1, double accuracy) {

    public static MetricRow of(String metric, double precision, double recall) {
        return new MetricRow(metric, precision, recall, f1(precision, recall), Double.NaN);
    }

    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static double ratio(double num, double den) {
        return den == 0 ? 0 : num / den;
    }
}
