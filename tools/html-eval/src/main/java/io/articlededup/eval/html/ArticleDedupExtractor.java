package io.articlededup.eval.html;

import io.articlededup.text.page.ExtractedArticlePage;
import io.articlededup.text.page.MainTextExtractor;

/** The product's extractor: the title, then the main-text paragraphs, as an html event publishes them. */
public final class ArticleDedupExtractor implements PageExtractor {

    @Override
    public String name() {
        return "article-dedup";
    }

    @Override
    public String extract(String html, String url) {
        ExtractedArticlePage page = MainTextExtractor.extract(html, url);
        StringBuilder text = new StringBuilder();
        if (page.metadata().title() != null) {
            text.append(page.metadata().title()).append('\n');
        }
        for (String paragraph : page.paragraphs()) {
            text.append(paragraph).append('\n');
        }
        return text.toString();
    }
}
