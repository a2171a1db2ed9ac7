package io.articlededup.eval.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scrapinghub article-extraction-benchmark metric, as in its {@code evaluate.py}
 * ({@code string_shingle_matching} and {@code metrics_from_tp_fp_fns}):
 * <ul>
 *   <li>tokens are {@code \w+} matches, case kept; shingles are token 4-grams (a text of fewer
 *       than 4 tokens is one shingle of all of them; an empty text has none);</li>
 *   <li>per page, tp/fp/fn over the shingle multisets, then divided by tp+fp+fn so every page
 *       weighs the same;</li>
 *   <li>precision is the mean of per-page precision over pages with tp+fp &gt; 0 (so a page
 *       where nothing was extracted does not lower precision), recall the mean over pages with
 *       tp+fn &gt; 0; a page with fp = fn = 0 scores 1; F1 is the harmonic mean of those two means.</li>
 * </ul>
 */
public final class ShingleMetric {

    static final int N = 4;

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    /** Scores one page; returns its (normalised) precision and recall, NaN where undefined. */
    public double[] add(String goldText, String text) {
        Map<List<String>, Integer> gold = TextNorm.multiset(shingles(goldText));
        Map<List<String>, Integer> pred = TextNorm.multiset(shingles(text));
        Set<List<String>> keys = new HashSet<>(gold.keySet());
        keys.addAll(pred.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> key : keys) {
            int g = gold.getOrDefault(key, 0);
            int p = pred.getOrDefault(key, 0);
            tp += Math.min(g, p);
            fp += Math.max(0, p - g);
            fn += Math.max(0, g - p);
        }
        double s = tp + fp + fn;
        if (s > 0) {
            tp /= s;
            fp /= s;
            fn /= s;
        }
        double precision = Double.NaN;
        double recall = Double.NaN;
        if (tp + fp > 0) {
            precision = score(tp, fp, fn, fp);
            precisionSum += precision;
            precisionPages++;
        }
        if (tp + fn > 0) {
            recall = score(tp, fp, fn, fn);
            recallSum += recall;
            recallPages++;
        }
        return new double[] {precision, recall};
    }

    /** Upstream's precision_score/recall_score; {@code miss} is fp for precision, fn for recall. */
    private static double score(double tp, double fp, double fn, double miss) {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && miss == 0) {
            return 0;
        }
        return tp / (tp + miss);
    }

    public MetricRow summary() {
        return MetricRow.of("shingles (AEB)",
                MetricRow.ratio(precisionSum, precisionPages), MetricRow.ratio(recallSum, recallPages));
    }

    static List<List<String>> shingles(String text) {
        List<String> tokens = TextNorm.tokens(text);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                out.add(List.copyOf(shingle));
            }
        }
        return out;
    }
}
