package io.articlededup.eval.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;

/**
 * Readability4J (a port of Mozilla's Readability.js).
 *
 * <p>Text is taken from the article HTML ({@code getContent()}) split on block elements, because
 * {@code getTextContent()} is one run of text without paragraph breaks; published Readability
 * figures score the article body as a reader sees it, paragraph by paragraph. The title is not
 * prepended: the reference benchmarks score body text only.
 */
public final class Readability4JExtractor implements PageExtractor {

    /** Which Readability4J front end to use: the plain port or its extended variant. */
    public enum Variant { PLAIN, EXTENDED }

    private final Variant variant;

    public Readability4JExtractor(Variant variant) {
        this.variant = variant;
    }

    @Override
    public String name() {
        return variant == Variant.PLAIN ? "readability4j" : "readability4j-ext";
    }

    @Override
    public String extract(String html, String url) {
        String base = url == null || url.isEmpty() ? "http://localhost/" : url;
        Readability4J readability = variant == Variant.PLAIN
                ? new Readability4J(base, html)
                : new Readability4JExtended(base, html);
        Article article = readability.parse();
        String content = article.getContent();
        if (content == null || content.isEmpty()) {
            return "";
        }
        return BlockText.of(Jsoup.parseBodyFragment(content, base).body());
    }
}
