package io.articlededup.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.model.Article;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.ContentHashes;
import io.articlededup.model.DeadLetterReason;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.model.ParagraphCounts;
import io.articlededup.model.RawArticle;
import io.articlededup.model.RawArticleParser;
import io.articlededup.text.CleanedArticle;
import io.articlededup.text.Disposition;
import io.articlededup.text.ParagraphCleaner;
import io.articlededup.text.ParagraphSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the bytes of one raw event into a cleaned {@link Article}: the event is read as JSON
 * ({@link RawArticleParser}), its text into paragraphs (a {@code body} split at blank lines, an
 * {@code html} page's main text), and the paragraphs are cleaned ({@link ParagraphCleaner}). A bad event
 * is an {@link InvalidArticleException} whose reason becomes the dead-letter header.
 */
public final class ArticleParser {
    private final ArticleLimits limits;
    private final RawArticleParser events;
    private final ParagraphCleaner cleaner;

    public ArticleParser(ArticleLimits limits, ParagraphCleaner cleaner) {
        this.limits = limits;
        this.events = new RawArticleParser(limits);
        this.cleaner = cleaner;
    }

    /**
     * @param value     the record value (may be null)
     * @param eventTime the record timestamp, epoch ms
     */
    public Article parse(byte[] value, long eventTime) throws InvalidArticleException {
        return parse(value, eventTime, 0);
    }

    /**
     * @param keyAndHeaderBytes the size of the record's key and headers: they travel with the article
     *                          (headers to every internal record and output), so they count toward
     *                          {@code dedup.limits.max.article.bytes}
     */
    public Article parse(byte[] value, long eventTime, long keyAndHeaderBytes) throws InvalidArticleException {
        RawArticle raw = events.parse(value, keyAndHeaderBytes);
        List<String> paragraphs = new ArrayList<>();
        PageReader page = readText(raw, paragraphs);
        String id = raw.id();
        if (id == null) {
            // one article scraped under two URLs is one article when its page names the canonical one
            String identity = page != null && page.canonicalUrl() != null ? page.canonicalUrl() : raw.url();
            if (identity == null || identity.isBlank()) {
                throw new InvalidArticleException(DeadLetterReason.MISSING_ID,
                        "the event has neither an `id` nor a `url`, and its page names no canonical URL");
            }
            id = ContentHashes.idForUrl(identity);
        }
        String title = raw.title();
        if ((title == null || title.isBlank()) && page != null) {
            title = page.title();
        }
        limits.checkText(title, paragraphs);
        String source = raw.source();

        CleanedArticle cleaned = cleaner.clean(title, paragraphs);
        if (cleaned.paragraphs().isEmpty()) {
            throw new InvalidArticleException(DeadLetterReason.NO_CONTENT, "no paragraph of article text is left after cleaning ("
                    + cleaned.paragraphsIn() + " in: " + cleaned.counts() + ")");
        }
        ObjectNode carried = raw.carriedFields();
        long[] positions = null;
        if (page != null) {
            positions = page.positionsOf(cleaned.paragraphs());
            ObjectNode metadata = page.metadataJson();
            if (metadata != null && !carried.has(PageReader.FIELD)) {
                carried.set(PageReader.FIELD, metadata);
            }
        }
        return new Article(id, raw.url(), source, cleaned.title(), cleaned.paragraphs(), carried, eventTime,
                counts(cleaned), ContentHashes.contentHash(cleaned.paragraphKeys()), null,
                cleaned.paragraphKeys().stream().mapToLong(ContentHashes::paragraphHash).toArray(), positions);
    }

    /** Fills {@code out} with the event's paragraphs; returns the page they were read from for HTML input. */
    private static PageReader readText(RawArticle raw, List<String> out) throws InvalidArticleException {
        if (raw.paragraphs() != null) {
            out.addAll(raw.paragraphs());
        } else if (raw.body() != null) {
            out.addAll(ParagraphSplitter.split(raw.body()));
        } else if (raw.html() != null) {
            PageReader page = PageReader.read(raw.html(), raw.url());
            out.addAll(page.paragraphs());
            if (out.isEmpty()) {
                throw new InvalidArticleException(DeadLetterReason.MISSING_TEXT,
                        "the page has no main text: no block of it reads as an article");
            }
            return page;
        }
        if (out.isEmpty()) {
            throw new InvalidArticleException(DeadLetterReason.MISSING_TEXT,
                    "the event has no text: give `body`, `paragraphs` or `html` with at least one non-blank paragraph");
        }
        return null;
    }

    /** The cleaner's decisions as the article publishes them: paragraphs in, kept, and removed by reason label. */
    private static ParagraphCounts counts(CleanedArticle cleaned) {
        Map<String, Integer> removed = new TreeMap<>();
        for (Disposition d : Disposition.values()) {
            if (d != Disposition.KEPT) {
                removed.put(d.label(), cleaned.count(d));
            }
        }
        return new ParagraphCounts(cleaned.paragraphsIn(), cleaned.count(Disposition.KEPT), removed);
    }
}
