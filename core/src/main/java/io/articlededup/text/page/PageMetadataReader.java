package io.articlededup.text.page;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads {@link PageMetadata} from a parsed page, before any pruning (the head holds most of it), from the
 * elements {@link PageLandmarks} found. The {@code <meta>} tags are read once into a map: asking the
 * document for each of the twenty names it may use was a third of the time of reading a page.
 */
final class PageMetadataReader {
    private PageMetadataReader() {
    }

    static PageMetadata read(Document doc, PageLandmarks marks, JsonLdArticle ld, String url) {
        Map<String, String> meta = metaTags(marks.metas);
        String siteName = meta.get("og:site_name");
        String canonical = first(attr(marks.canonical, "abs:href"), meta.get("og:url"),
                ld == null ? null : ld.url());
        String host = host(first(canonical, url));
        String rawTitle = first(meta.get("og:title"), ld == null ? null : ld.headline(), meta.get("twitter:title"));
        Element h1 = marks.h1;
        String h1Text = h1 == null ? null : blankToNull(BlockCollector.collapse(h1.text()));
        String docTitle = blankToNull(BlockCollector.collapse(doc.title()));
        String title;
        if (h1Text != null && (rawTitle == null ? docTitle != null && contains(docTitle, h1Text) : contains(rawTitle, h1Text))) {
            title = h1Text; // the page's own headline, when the declared titles agree with it
        } else {
            title = TitleCleaner.clean(first(rawTitle, docTitle, h1Text), siteName, host);
        }
        Element itemPublished = marks.itemPublished;
        String published = first(meta.get("article:published_time"), ld == null ? null : ld.datePublished(),
                attr(itemPublished, "content"), attr(itemPublished, "datetime"),
                meta.get("date"), meta.get("pubdate"), meta.get("dc.date.issued"), meta.get("dc.date"),
                meta.get("sailthru.date"), meta.get("parsely-pub-date"), attr(marks.articleTime, "datetime"));
        String author = first(ld == null ? null : ld.author(), meta.get("author"), meta.get("article:author"),
                meta.get("dc.creator"), meta.get("sailthru.author"), meta.get("parsely-author"));
        if (author != null && author.startsWith("http")) {
            author = null; // article:author is often a profile URL, not a name
        }
        String lang = first(attr(marks.htmlLang, "lang"), ld == null ? null : ld.language(), meta.get("og:locale"),
                attr(marks.contentLanguage, "content"));
        String description = first(meta.get("og:description"), meta.get("description"),
                ld == null ? null : ld.description());
        return new PageMetadata(title, canonical, published, author, language(lang), description, siteName);
    }

    private static String language(String lang) {
        if (lang == null) {
            return null;
        }
        String l = lang.strip().replace('_', '-');
        int comma = l.indexOf(',');
        if (comma > 0) {
            l = l.substring(0, comma);
        }
        return l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? l.toLowerCase(Locale.ROOT) : null;
    }

    private static boolean contains(String title, String h1) {
        return title.toLowerCase(Locale.ROOT).contains(h1.toLowerCase(Locale.ROOT));
    }

    /**
     * Every {@code <meta content>} by its property, name or itemprop (lower case), the first non-blank one
     * of each name.
     */
    private static Map<String, String> metaTags(List<Element> metas) {
        Map<String, String> tags = new HashMap<>();
        for (Element m : metas) {
            if (!m.hasAttr("content")) {
                continue;
            }
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String value = blankToNull(m.attr("content").strip());
            if (!key.isEmpty() && value != null) {
                tags.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
            }
        }
        return tags;
    }

    private static String attr(Element el, String attr) {
        return el == null ? null : blankToNull(el.attr(attr).strip());
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
