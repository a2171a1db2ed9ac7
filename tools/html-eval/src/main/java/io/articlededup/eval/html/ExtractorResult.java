package io.articlededup.eval.html;

import java.util.List;

/** What one extractor achieved on one data set. */
public record ExtractorResult(String extractor, List<MetricRow> metrics, int pages, int failures, int timeouts,
                              double extractionSeconds) {

    double pagesPerSecond() {
        return extractionSeconds == 0 ? 0 : pages / extractionSeconds;
    }
}
