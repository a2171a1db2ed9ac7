package io.articlededup.eval.html;

import io.articlededup.text.CleanedArticle;
import io.articlededup.text.CleanerSettings;
import io.articlededup.text.ParagraphCleaner;
import io.articlededup.text.page.ExtractedArticlePage;
import io.articlededup.text.page.MainTextExtractor;
import java.util.List;

/**
 * The product's extractor: the title (where the set's gold holds the headline), then the main-text
 * paragraphs, cleaned as an html event's are before it is published (a copy of the headline or of a
 * passage, a UI line such as "Comments", goes). What a site's boilerplate learning removes needs many
 * pages of one site, which these single pages are not.
 */
public final class ArticleDedupExtractor implements PageExtractor {
    private final ParagraphCleaner cleaner;

    /** The published text, after the paragraph cleaning. */
    public ArticleDedupExtractor() {
        this(true);
    }

    /**
     * @param cleaned false for the extraction alone ({@code article-dedup-extracted}), to see what the
     *     cleaning adds or takes away
     */
    public ArticleDedupExtractor(boolean cleaned) {
        this.cleaner = cleaned ? new ParagraphCleaner(CleanerSettings.defaults()) : null;
    }

    @Override
    public String name() {
        return cleaner == null ? "article-dedup-extracted" : "article-dedup";
    }

    @Override
    public String extract(String html, String url) {
        return extract(html, url, true);
    }

    @Override
    public String extract(String html, String url, boolean headline) {
        ExtractedArticlePage page = MainTextExtractor.extract(html, url);
        String title = page.metadata().title();
        List<String> paragraphs = page.paragraphs();
        if (cleaner != null) {
            CleanedArticle cleaned = cleaner.clean(title, paragraphs);
            title = cleaned.title();
            paragraphs = cleaned.paragraphs();
        }
        StringBuilder text = new StringBuilder();
        if (headline && title != null) {
            text.append(title).append('\n');
        }
        paragraphs.forEach(p -> text.append(p).append('\n'));
        return text.toString();
    }
}
