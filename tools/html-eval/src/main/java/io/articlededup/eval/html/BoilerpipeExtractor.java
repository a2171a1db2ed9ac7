package io.articlededup.eval.html;

import de.l3s.boilerpipe.extractors.ArticleExtractor;

/**
 * Boilerpipe 1.2 ArticleExtractor (Kohlschuetter et al.), the Java original of the boilerpy3
 * port in trafilatura's table. It returns text blocks separated by newlines already.
 */
public final class BoilerpipeExtractor implements PageExtractor {

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String extract(String html, String url) throws Exception {
        // a fresh instance per call: the shared INSTANCE is stateless, but this keeps the
        // runner's abandoned-on-timeout threads from sharing anything with the next page
        String text = new ArticleExtractor().getText(html);
        return text == null ? "" : text;
    }
}
