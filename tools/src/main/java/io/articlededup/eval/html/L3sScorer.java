package io.articlededup.eval.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * L3S-GN1 scoring for two definitions of the main text: headline + full text ("main"), and the
 * same plus supplemental text such as captions ("main+supp").
 *
 * <p>Word level: {@link WordOverlap} against the gold blocks' text. Block level: a block is
 * retrieved when its token string (lowercased word tokens, so punctuation and the dataset's
 * lost-quote '?' characters do not matter) occurs inside the extracted text's token string;
 * R = retrieved gold blocks / gold blocks, P = retrieved gold blocks / retrieved blocks. A
 * non-gold block whose text also occurs inside the gold text (a byline word, "AP") is left out:
 * no extractor could be told apart on it, the same reason trafilatura's set forbids such
 * segments. Block counts are summed over the corpus.
 */
public final class L3sScorer implements SetScorer<L3sSet.Gold> {

    private static final Set<Integer> MAIN = Set.of(L3sSet.HEADLINE, L3sSet.FULLTEXT);
    private static final Set<Integer> MAIN_SUPP = Set.of(L3sSet.HEADLINE, L3sSet.FULLTEXT, L3sSet.SUPPLEMENTAL);

    private final Variant main = new Variant("main", MAIN);
    private final Variant mainSupp = new Variant("main+supp", MAIN_SUPP);

    @Override
    public Map<String, Double> add(EvalPage<L3sSet.Gold> page, String text) {
        String extracted = text == null ? "" : text;
        String extractedTokens = TextNorm.tokenString(extracted);
        Map<String, Double> row = new LinkedHashMap<>(main.add(page.gold(), extracted, extractedTokens));
        row.putAll(mainSupp.add(page.gold(), extracted, extractedTokens));
        return row;
    }

    @Override
    public List<MetricRow> summary() {
        List<MetricRow> rows = new ArrayList<>(main.summary());
        rows.addAll(mainSupp.summary());
        return rows;
    }

    /** Scores for one choice of which labels make up the gold main text. */
    private static final class Variant {
        private final String label;
        private final Set<Integer> goldLabels;
        private final WordOverlap words;
        private long goldBlocks;
        private long retrievedGold;
        private long retrievedOther;

        Variant(String label, Set<Integer> goldLabels) {
            this.label = label;
            this.goldLabels = goldLabels;
            this.words = new WordOverlap(label + " words");
        }

        Map<String, Double> add(L3sSet.Gold gold, String extracted, String extractedTokens) {
            StringBuilder goldText = new StringBuilder();
            for (L3sSet.Block b : gold.blocks()) {
                if (goldLabels.contains(b.label())) {
                    goldText.append(b.text()).append('\n');
                }
            }
            Map<String, Double> row = new LinkedHashMap<>(words.add(TextNorm.words(goldText.toString()), extracted));
            String goldTokens = TextNorm.tokenString(goldText.toString());
            int pageGold = 0, pageHit = 0, pageOther = 0;
            for (L3sSet.Block b : gold.blocks()) {
                boolean isGold = goldLabels.contains(b.label());
                if (!isGold && goldTokens.contains(b.tokens())) {
                    continue;
                }
                boolean retrieved = extractedTokens.contains(b.tokens());
                if (isGold) {
                    pageGold++;
                    if (retrieved) {
                        pageHit++;
                    }
                } else if (retrieved) {
                    pageOther++;
                }
            }
            goldBlocks += pageGold;
            retrievedGold += pageHit;
            retrievedOther += pageOther;
            row.put(label + " blocks.P", MetricRow.ratio(pageHit, pageHit + pageOther));
            row.put(label + " blocks.R", MetricRow.ratio(pageHit, pageGold));
            return row;
        }

        List<MetricRow> summary() {
            List<MetricRow> rows = new ArrayList<>(words.summary());
            rows.add(MetricRow.of(label + " blocks",
                    MetricRow.ratio(retrievedGold, retrievedGold + retrievedOther),
                    MetricRow.ratio(retrievedGold, goldBlocks)));
            return rows;
        }
    }
}
