package io.articlededup.bench;

import io.articlededup.ingest.ArticleParser;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.text.CleanerSettings;
import io.articlededup.text.ParagraphCleaner;
import io.articlededup.text.page.MainTextExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Other versions of one real page, in its own markup: an edition (another article on the site's template:
 * every article paragraph rewritten with other real text) and a re-scrape (fetched again: a new fetch
 * stamp in the head and, when the page has article paragraphs, one of them rewritten, as an updated story).
 * Article paragraphs are the {@code <p>} elements whose text the extractor returned for the page as served,
 * so a rewrite changes the article and not a sidebar; the rest of the page is left as it was.
 */
final class PageEditions {
    private static final ArticleParser PARSER = new ArticleParser(ArticleLimits.defaults(),
            new ParagraphCleaner(CleanerSettings.defaults()));
    private final String html;
    private final Set<String> extracted;
    private final int articleParagraphs;
    private final boolean rejected;

    /** @param html the page as served; {@code url} as its event gives it */
    PageEditions(String html, String url) {
        this.html = html;
        this.extracted = new HashSet<>(MainTextExtractor.extract(html, url).paragraphs());
        this.articleParagraphs = articleParagraphs(Jsoup.parse(html)).size();
        this.rejected = rejects(html, url);
    }

    /** The application rejects the page as served (no main text, or none left after cleaning). */
    boolean rejected() {
        return rejected;
    }

    /** The application would reject this page: no main text, or none left after cleaning. */
    static boolean rejects(String html, String url) {
        try {
            PARSER.parse(HtmlPages.rawEvent("page", url, html), 0L);
            return false;
        } catch (InvalidArticleException e) {
            return true;
        }
    }

    /** How many {@code <p>} elements of the page hold article text: what an edition rewrites. */
    int articleParagraphs() {
        return articleParagraphs;
    }

    private List<Element> articleParagraphs(Document doc) {
        return doc.select("p").stream().filter(p -> extracted.contains(p.text())).toList();
    }

    /** A page's version: its html, and how many article paragraphs it has (0: the rewrites changed no text). */
    record Version(String html, int articleParagraphs) {
    }

    /**
     * @param editionSeed 0 for the page as served, else the seed of the text its article paragraphs get
     * @param rescrape    null, or the randomness of a re-scrape of that edition
     */
    Version render(long editionSeed, Random rescrape, List<String> pool) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().prettyPrint(false);
        List<Element> paragraphs = articleParagraphs(doc);
        boolean rewritten = false;
        if (editionSeed != 0) {
            Random text = new Random(editionSeed);
            for (Element p : paragraphs) {
                p.text(pool.get(text.nextInt(pool.size())));
            }
            rewritten = !paragraphs.isEmpty();
        }
        if (rescrape != null) {
            doc.head().appendElement("meta").attr("name", "fetched").attr("content", Long.toHexString(rescrape.nextLong()));
            if (!paragraphs.isEmpty()) {
                paragraphs.get(rescrape.nextInt(paragraphs.size())).text(pool.get(rescrape.nextInt(pool.size())));
                rewritten = true;
            }
        }
        if (rewritten) {
            // the body a page declares in JSON-LD is its article text: the old one would contradict the new
            doc.select("script[type]").stream()
                    .filter(s -> s.attr("type").equalsIgnoreCase("application/ld+json") && s.data().contains("\"articleBody\""))
                    .forEach(Element::remove);
        }
        return new Version(doc.outerHtml(), paragraphs.size());
    }
}
