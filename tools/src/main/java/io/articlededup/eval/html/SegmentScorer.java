package io.articlededup.eval.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * trafilatura's {@code eval_common.count_item} and {@code ConfusionMatrix}: each {@code with}
 * segment found in the whitespace-normalised text is a true positive (else a false negative),
 * each {@code without} segment found is a false positive (else a true negative); the match is a
 * plain case-sensitive substring test. A failed extraction finds nothing. Scores are over all
 * segments of the corpus (micro).
 */
public final class SegmentScorer implements SetScorer<TrafilaturaSet.Segments> {

    private long tp;
    private long fp;
    private long fn;
    private long tn;

    @Override
    public Map<String, Double> add(EvalPage<TrafilaturaSet.Segments> page, String text) {
        int pageTp = 0;
        int pageFp = 0;
        if (text != null) {
            String norm = TextNorm.whitespace(text);
            for (String w : page.gold().with()) {
                if (norm.contains(TextNorm.whitespace(w))) {
                    pageTp++;
                }
            }
            for (String w : page.gold().without()) {
                if (norm.contains(TextNorm.whitespace(w))) {
                    pageFp++;
                }
            }
        }
        int pageFn = page.gold().with().size() - pageTp;
        int pageTn = page.gold().without().size() - pageFp;
        tp += pageTp;
        fp += pageFp;
        fn += pageFn;
        tn += pageTn;
        Map<String, Double> row = new LinkedHashMap<>();
        row.put("tp", (double) pageTp);
        row.put("fp", (double) pageFp);
        row.put("fn", (double) pageFn);
        row.put("tn", (double) pageTn);
        return row;
    }

    @Override
    public List<MetricRow> summary() {
        double precision = MetricRow.ratio(tp, tp + fp);
        double recall = MetricRow.ratio(tp, tp + fn);
        double accuracy = MetricRow.ratio(tp + tn, tp + tn + fp + fn);
        // their f1 is 2tp / (2tp + fp + fn), identical to the harmonic mean of P and R
        double f1 = MetricRow.ratio(2.0 * tp, 2.0 * tp + fp + fn);
        return List.of(new MetricRow("segments", precision, recall, f1, accuracy));
    }
}
