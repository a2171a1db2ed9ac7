package io.articlededup.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.model.EventFields;
import io.articlededup.model.PagePositions;
import io.articlededup.text.page.ExtractedArticlePage;
import io.articlededup.text.page.MainTextExtractor;
import io.articlededup.text.page.PageBlock;
import io.articlededup.text.page.PageMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@code html} event's page, read as the article: the main text's paragraphs (the navigation, teasers,
 * comments and footers of the page never reach the cleaning, the hashes or the sketches), where each
 * paragraph sat on the site's template, and what the page says about itself.
 */
final class PageReader {
    /** The published name of the metadata object in the clean event. */
    static final String FIELD = "page";
    /** A page's own say about itself is bounded, so that a hostile page cannot bloat every event it becomes. */
    private static final int MAX_METADATA_CHARS = 2_000;

    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> paths = new ArrayList<>();
    private final PageMetadata metadata;

    private PageReader(ExtractedArticlePage page) {
        for (PageBlock b : page.blocks()) {
            String text = EventFields.stripControls(b.text()).strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
                paths.add(b.path());
            }
        }
        this.metadata = page.metadata();
    }

    static PageReader read(String html, String url) {
        return new PageReader(MainTextExtractor.extract(html, url));
    }

    List<String> paragraphs() {
        return paragraphs;
    }

    /** The headline the page gives, without the site's name; {@code null} when it gives none. */
    String title() {
        return clean(metadata.title());
    }

    /** The page's canonical URL when it names an absolute http(s) one that fits the event limits. */
    String canonicalUrl() {
        String u = clean(metadata.canonicalUrl());
        if (u == null || u.length() > EventFields.MAX_URL_CHARS) {
            return null;
        }
        String lower = u.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
    }

    /**
     * {@link PagePositions} of the paragraphs that cleaning kept. {@code kept} is a subsequence of
     * {@link #paragraphs()} (the cleaner keeps the first of repeated texts), so a forward walk aligns them.
     */
    long[] positionsOf(List<String> kept) {
        long[] all = PagePositions.of(paragraphs, paths);
        long[] out = new long[kept.size()];
        int from = 0;
        for (int k = 0; k < kept.size(); k++) {
            while (from < paragraphs.size() && !paragraphs.get(from).equals(kept.get(k))) {
                from++;
            }
            out[k] = from < paragraphs.size() ? all[from++] : PagePositions.ARTICLE_TEXT;
        }
        return out;
    }

    /** The metadata as published under {@value #FIELD}, or {@code null} when the page says nothing. */
    ObjectNode metadataJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        put(out, "canonical_url", canonicalUrl());
        put(out, "published_at", metadata.publishedAt());
        put(out, "author", metadata.author());
        put(out, "language", metadata.language());
        put(out, "description", metadata.description());
        put(out, "site_name", metadata.siteName());
        return out.isEmpty() ? null : out;
    }

    private static void put(ObjectNode out, String name, String value) {
        String v = clean(value);
        if (v != null) {
            out.put(name, v.length() > MAX_METADATA_CHARS ? cut(v) : v);
        }
    }

    /** Cut at a code point boundary: half a surrogate pair cannot be written as UTF-8. */
    private static String cut(String v) {
        int end = Character.isHighSurrogate(v.charAt(MAX_METADATA_CHARS - 1)) ? MAX_METADATA_CHARS - 1 : MAX_METADATA_CHARS;
        return v.substring(0, end);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String v = EventFields.stripControls(s).strip();
        return v.isEmpty() ? null : v;
    }
}
