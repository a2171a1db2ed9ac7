package io.articlededup.eval.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** AEB pages: bag-of-words overlap with {@code articleBody}, plus the benchmark's own shingle metric. */
public final class AebScorer implements SetScorer<String> {

    private final WordOverlap words = new WordOverlap("words");
    private final ShingleMetric shingles = new ShingleMetric();

    @Override
    public Map<String, Double> add(EvalPage<String> page, String text) {
        String extracted = text == null ? "" : text;
        Map<String, Double> row = new LinkedHashMap<>(words.add(TextNorm.words(page.gold()), extracted));
        double[] shingle = shingles.add(page.gold(), extracted);
        row.put("shingle.P", shingle[0]);
        row.put("shingle.R", shingle[1]);
        return row;
    }

    @Override
    public List<MetricRow> summary() {
        List<MetricRow> rows = new java.util.ArrayList<>(words.summary());
        rows.add(shingles.summary());
        return rows;
    }
}
