package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements of a parsed page that its JSON-LD and metadata readers look at, found in one walk of the
 * document: a query per element kind walked the whole page seven times, a fifth of reading a page. Each
 * field is what {@code doc.selectFirst} (or {@code doc.select}) of its selector gives.
 */
final class PageLandmarks {
    private static final Evaluator LD_JSON = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$]");
    private static final Evaluator ITEMPROP_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator HTML_LANG = QueryParser.parse("html[lang]");
    private static final Evaluator CONTENT_LANGUAGE = QueryParser.parse("meta[http-equiv~=(?i)content-language]");

    /** {@code script[type~=(?i)application/ld\+json]}, in document order. */
    final List<Element> jsonLdScripts = new ArrayList<>();
    /** Every {@code meta}, in document order. */
    final List<Element> metas = new ArrayList<>();
    Element canonical;
    Element h1;
    /** {@code [itemprop=datePublished]} */
    Element itemPublished;
    /** {@code article time[datetime]} */
    Element articleTime;
    /** {@code html[lang]} */
    Element htmlLang;
    /** {@code meta[http-equiv~=(?i)content-language]} */
    Element contentLanguage;

    private PageLandmarks() {
    }

    static PageLandmarks of(Document doc) {
        PageLandmarks found = new PageLandmarks();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Element el) {
                found.visit(doc, el);
            }
        }, doc);
        return found;
    }

    private void visit(Document doc, Element el) {
        switch (el.normalName()) {
            case "script" -> {
                if (LD_JSON.matches(doc, el)) {
                    jsonLdScripts.add(el);
                }
            }
            case "meta" -> {
                metas.add(el);
                if (contentLanguage == null && CONTENT_LANGUAGE.matches(doc, el)) {
                    contentLanguage = el;
                }
            }
            case "link" -> {
                if (canonical == null && CANONICAL.matches(doc, el)) {
                    canonical = el;
                }
            }
            case "h1" -> {
                if (h1 == null) {
                    h1 = el;
                }
            }
            case "html" -> {
                if (htmlLang == null && HTML_LANG.matches(doc, el)) {
                    htmlLang = el;
                }
            }
            case "time" -> {
                if (articleTime == null && el.hasAttr("datetime") && insideArticle(el)) {
                    articleTime = el;
                }
            }
            default -> { }
        }
        // the attribute test first: the selector's own value test on every element was half of this walk
        if (itemPublished == null && el.hasAttr("itemprop") && ITEMPROP_PUBLISHED.matches(doc, el)) {
            itemPublished = el;
        }
    }

    private static boolean insideArticle(Element el) {
        for (Node p = el.parentNode(); p instanceof Element a; p = a.parentNode()) {
            if (a.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }
}
