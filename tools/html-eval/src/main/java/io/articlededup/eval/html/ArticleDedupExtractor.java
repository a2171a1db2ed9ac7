package io.articlededup.eval.html;

import io.articlededup.text.CleanedArticle;
import io.articlededup.text.CleanerSettings;
import io.articlededup.text.ParagraphCleaner;
import io.articlededup.text.page.ExtractedArticlePage;
import io.articlededup.text.page.MainTextExtractor;

/**
 * The product's extractor: the title, then the main-text paragraphs, cleaned as an html event's are
 * before it is published (a paragraph that repeats the headline or another paragraph, a UI line such as
 * "Comments", goes). What a site's boilerplate learning removes needs many pages of one site, which
 * these single pages are not.
 */
public final class ArticleDedupExtractor implements PageExtractor {
    private final ParagraphCleaner cleaner = new ParagraphCleaner(CleanerSettings.defaults());

    @Override
    public String name() {
        return "article-dedup";
    }

    @Override
    public String extract(String html, String url) {
        ExtractedArticlePage page = MainTextExtractor.extract(html, url);
        CleanedArticle cleaned = cleaner.clean(page.metadata().title(), page.paragraphs());
        StringBuilder text = new StringBuilder();
        if (cleaned.title() != null) {
            text.append(cleaned.title()).append('\n');
        }
        for (String paragraph : cleaned.paragraphs()) {
            text.append(paragraph).append('\n');
        }
        return text.toString();
    }
}
