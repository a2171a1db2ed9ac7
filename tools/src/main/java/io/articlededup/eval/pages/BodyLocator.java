package io.articlededup.eval.pages;

import io.articlededup.eval.html.TextNorm;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element of a page that holds its article body: the element whose words best match the gold
 * body's (F1 of the word multisets), the deepest one when several tie, so a wrapper that adds nothing
 * but furniture around the body loses to the body's own container.
 */
final class BodyLocator {

    /** The element found, with the share of its words that are gold (precision) and of gold it holds (recall). */
    record Located(Element element, double precision, double recall) {
    }

    private BodyLocator() {
    }

    static Located locate(Document doc, List<String> goldParagraphs) {
        Map<String, Integer> gold = TextNorm.multiset(TextNorm.words(String.join(" ", goldParagraphs)));
        long goldSize = gold.values().stream().mapToLong(Integer::longValue).sum();
        Located best = new Located(doc.body(), 0, 0);
        double bestF1 = -1;
        if (doc.body() == null || goldSize == 0) {
            return best;
        }
        for (Element e : doc.body().getAllElements()) {
            List<String> words = TextNorm.words(e.text());
            if (words.size() * 2L < goldSize / 2) {
                // cannot reach a recall of a quarter: not worth counting
                continue;
            }
            long overlap = 0;
            for (Map.Entry<String, Integer> w : TextNorm.multiset(words).entrySet()) {
                overlap += Math.min(w.getValue(), gold.getOrDefault(w.getKey(), 0));
            }
            double p = overlap / (double) words.size();
            double r = overlap / (double) goldSize;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            if (f1 >= bestF1) {
                bestF1 = f1;
                best = new Located(e, p, r);
            }
        }
        return best;
    }
}
