package io.articlededup.text.page;

/**
 * What a page says about itself, each {@code null} when the page does not say it: the headline
 * without the site's name, the canonical URL ({@code <link rel="canonical">}, {@code og:url} or the
 * JSON-LD {@code url}), the publication time as the page writes it (ISO 8601 where the site follows
 * the standards), the author(s), the language ({@code <html lang>}, {@code og:locale}, JSON-LD
 * {@code inLanguage}), the description and the site's name.
 */
public record PageMetadata(String title, String canonicalUrl, String publishedAt, String author,
                           String language, String description, String siteName) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, null, null);
}
