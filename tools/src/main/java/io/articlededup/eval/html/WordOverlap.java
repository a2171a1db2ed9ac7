package io.articlededup.eval.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bag-of-words scoring: the multiset overlap of lowercased word tokens between gold and
 * extracted text. Reported both micro-averaged (token counts summed over the corpus, so long
 * pages weigh more) and macro-averaged (mean of per-page figures, each page weighing the same).
 *
 * <p>Per page: P = overlap / extracted tokens, R = overlap / gold tokens; a page with an empty
 * extraction scores P = R = F1 = 0. Pages with no gold tokens are left out of the macro means
 * (there is nothing to find) but their extracted tokens still count against micro precision.
 */
public final class WordOverlap {

    private final String label;
    private long overlap;
    private long extracted;
    private long gold;
    private final List<double[]> perPage = new ArrayList<>();

    public WordOverlap(String label) {
        this.label = label;
    }

    /** Scores one page and returns its per-page P, R, F1 keyed by this metric's label. */
    public Map<String, Double> add(List<String> goldWords, String text) {
        List<String> predWords = TextNorm.words(text);
        Map<String, Integer> goldCounts = TextNorm.multiset(goldWords);
        Map<String, Integer> predCounts = TextNorm.multiset(predWords);
        long tp = 0;
        for (Map.Entry<String, Integer> e : predCounts.entrySet()) {
            tp += Math.min(e.getValue(), goldCounts.getOrDefault(e.getKey(), 0));
        }
        overlap += tp;
        extracted += predWords.size();
        gold += goldWords.size();
        double p = MetricRow.ratio(tp, predWords.size());
        double r = MetricRow.ratio(tp, goldWords.size());
        double f = MetricRow.f1(p, r);
        if (!goldWords.isEmpty()) {
            perPage.add(new double[] {p, r, f});
        }
        Map<String, Double> row = new LinkedHashMap<>();
        row.put(label + ".P", p);
        row.put(label + ".R", r);
        row.put(label + ".F1", f);
        return row;
    }

    public List<MetricRow> summary() {
        MetricRow micro = MetricRow.of(label + " micro",
                MetricRow.ratio(overlap, extracted), MetricRow.ratio(overlap, gold));
        double p = 0, r = 0, f = 0;
        for (double[] page : perPage) {
            p += page[0];
            r += page[1];
            f += page[2];
        }
        int n = Math.max(1, perPage.size());
        // macro F1 is the mean of per-page F1, not the harmonic mean of the mean P and R
        MetricRow macro = new MetricRow(label + " macro", p / n, r / n, f / n, Double.NaN);
        return List.of(micro, macro);
    }
}
