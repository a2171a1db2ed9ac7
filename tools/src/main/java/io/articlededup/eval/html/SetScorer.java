package io.articlededup.eval.html;

import java.util.List;
import java.util.Map;

/** Accumulates the scores of one extractor over one data set. */
public interface SetScorer<G> {

    /**
     * Scores one page. {@code text} is null when the extractor failed or timed out; every scorer
     * counts that as having extracted nothing, so a failure costs recall instead of disappearing.
     *
     * @return per-page figures, in column order, for the dump
     */
    Map<String, Double> add(EvalPage<G> page, String text);

    /** Corpus-level figures; each row is one metric. */
    List<MetricRow> summary();
}
