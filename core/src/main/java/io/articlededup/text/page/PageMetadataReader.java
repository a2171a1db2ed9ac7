package io.articlededup.text.page;

import java.net.URI;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@link PageMetadata} from a parsed page, before any pruning (the head holds most of it). */
final class PageMetadataReader {

    private PageMetadataReader() {
    }

    static PageMetadata read(Document doc, JsonLdArticle ld, String url) {
        String siteName = meta(doc, "og:site_name");
        String canonical = first(attr(doc, "link[rel~=(?i)^canonical$]", "abs:href"), meta(doc, "og:url"),
                ld == null ? null : ld.url());
        String host = host(first(canonical, url));
        String rawTitle = first(meta(doc, "og:title"), ld == null ? null : ld.headline(), meta(doc, "twitter:title"));
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : blankToNull(BlockCollector.collapse(h1.text()));
        String docTitle = blankToNull(BlockCollector.collapse(doc.title()));
        String title;
        if (h1Text != null && (rawTitle == null ? docTitle != null && contains(docTitle, h1Text) : contains(rawTitle, h1Text))) {
            title = h1Text; // the page's own headline, when the declared titles agree with it
        } else {
            title = TitleCleaner.clean(first(rawTitle, docTitle, h1Text), siteName, host);
        }
        String published = first(meta(doc, "article:published_time"), ld == null ? null : ld.datePublished(),
                attr(doc, "[itemprop=datePublished]", "content"), attr(doc, "[itemprop=datePublished]", "datetime"),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date.issued"), meta(doc, "dc.date"),
                meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"), attr(doc, "article time[datetime]", "datetime"));
        String author = first(ld == null ? null : ld.author(), meta(doc, "author"), meta(doc, "article:author"),
                meta(doc, "dc.creator"), meta(doc, "sailthru.author"), meta(doc, "parsely-author"));
        if (author != null && author.startsWith("http")) {
            author = null; // article:author is often a profile URL, not a name
        }
        String lang = first(attr(doc, "html[lang]", "lang"), ld == null ? null : ld.language(), meta(doc, "og:locale"),
                attr(doc, "meta[http-equiv~=(?i)content-language]", "content"));
        String description = first(meta(doc, "og:description"), meta(doc, "description"),
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

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (key.equalsIgnoreCase(name)) {
                return blankToNull(m.attr("content").strip());
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element el = doc.selectFirst(css);
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
