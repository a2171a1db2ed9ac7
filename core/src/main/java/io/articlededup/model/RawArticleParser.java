package io.articlededup.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.text.CleanedArticle;
import io.articlededup.text.ParagraphCleaner;
import io.articlededup.text.ParagraphSplitter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the bytes of one raw event into a cleaned {@link Article}, following the lenient contract in
 * {@code docs/event-schema.json}: {@code id} or {@code url}; text as {@code body}, {@code paragraphs} or
 * {@code html}; everything else is carried through. Anything else is an {@link InvalidArticleException}
 * whose reason becomes the dead-letter header.
 */
public final class RawArticleParser {
    /** Fields we interpret; every other field is carried through untouched. */
    private static final Set<String> INTERPRETED = Set.of("id", "url", "title", "source", "body", "paragraphs", "html");

    private final ArticleLimits limits;
    private final ParagraphCleaner cleaner;
    private final ObjectMapper mapper;

    public RawArticleParser(ArticleLimits limits, ParagraphCleaner cleaner) {
        this.limits = limits;
        this.cleaner = cleaner;
        this.mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxStringLength(limits.maxArticleBytes())
                .build());
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
        long size = (value == null ? 0 : value.length) + keyAndHeaderBytes;
        if (size > limits.maxArticleBytes()) {
            throw new InvalidArticleException(DeadLetterReason.TOO_LARGE, (keyAndHeaderBytes == 0 ? "the event is " + size + " bytes"
                    : "the record is " + size + " bytes (key and headers " + keyAndHeaderBytes + ")")
                    + ", over the limit of " + limits.maxArticleBytes() + " (dedup.limits.max.article.bytes)");
        }
        if (value == null || value.length == 0) {
            throw new InvalidArticleException(DeadLetterReason.EMPTY_VALUE, "the record has no value (null or zero bytes)");
        }
        JsonNode root = readJson(value);
        if (!(root instanceof ObjectNode obj)) {
            throw new InvalidArticleException(DeadLetterReason.NOT_AN_OBJECT,
                    "the event must be a JSON object, got " + root.getNodeType().toString().toLowerCase());
        }
        String url = EventFields.optionalText(obj, "url");
        EventFields.checkLength("url", url, EventFields.MAX_URL_CHARS);
        String id = EventFields.optionalId(obj);
        if (id == null && (url == null || url.isBlank()) && !EventFields.hasValue(obj, "html")) {
            throw new InvalidArticleException(DeadLetterReason.MISSING_ID, "the event has neither an `id` nor a `url`");
        }
        String title = EventFields.optionalText(obj, "title");
        List<String> paragraphs = new ArrayList<>();
        PageReader page = readText(obj, url, paragraphs);
        if (id == null) {
            // one article scraped under two URLs is one article when its page names the canonical one
            String identity = page != null && page.canonicalUrl() != null ? page.canonicalUrl() : url;
            if (identity == null || identity.isBlank()) {
                throw new InvalidArticleException(DeadLetterReason.MISSING_ID,
                        "the event has neither an `id` nor a `url`, and its page names no canonical URL");
            }
            id = ContentHashes.idForUrl(identity);
        }
        if ((title == null || title.isBlank()) && page != null) {
            title = page.title();
        }
        checkParagraphLimits(paragraphs);
        if (title != null && title.length() > limits.maxParagraphChars()) {
            // the title is published like a paragraph: without this a 1.5 MB title passed every limit
            throw new InvalidArticleException(DeadLetterReason.PARAGRAPH_TOO_LONG, "the title has " + title.length()
                    + " characters, over the limit of " + limits.maxParagraphChars() + " (dedup.limits.max.paragraph.chars)");
        }
        String source = EventFields.optionalText(obj, "source");
        if (source == null || source.isBlank()) {
            source = url == null ? null : ContentHashes.sourceOfUrl(url);
        }
        if (source == null || source.isBlank()) {
            source = "unknown";
        }
        // the source keys a repartition topic, one boilerplate-store entry per paragraph and a metric label
        EventFields.checkLength("source", source, EventFields.MAX_SOURCE_CHARS);

        CleanedArticle cleaned = cleaner.clean(title, paragraphs);
        if (cleaned.paragraphs().isEmpty()) {
            throw new InvalidArticleException(DeadLetterReason.NO_CONTENT, "no paragraph of article text is left after cleaning ("
                    + cleaned.paragraphsIn() + " in: " + cleaned.counts() + ")");
        }
        ObjectNode carried = obj.deepCopy();
        carried.remove(INTERPRETED);
        carried = EventFields.sanitised(carried);
        long[] positions = null;
        if (page != null) {
            positions = page.positionsOf(cleaned.paragraphs());
            ObjectNode metadata = page.metadataJson();
            if (metadata != null && !carried.has(PageReader.FIELD)) {
                carried.set(PageReader.FIELD, metadata);
            }
        }
        return new Article(id, url, source.trim(), cleaned.title(), cleaned.paragraphs(), carried, eventTime,
                ParagraphCounts.of(cleaned.paragraphsIn(), cleaned.counts()),
                ContentHashes.contentHash(cleaned.paragraphKeys()), null,
                cleaned.paragraphKeys().stream().mapToLong(ContentHashes::paragraphHash).toArray(), positions);
    }

    private JsonNode readJson(byte[] value) throws InvalidArticleException {
        try (JsonParser parser = mapper.createParser(value)) {
            JsonNode root = mapper.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new InvalidArticleException(DeadLetterReason.INVALID_JSON, "the value holds no JSON document");
            }
            if (parser.nextToken() != null) {
                throw new InvalidArticleException(DeadLetterReason.INVALID_JSON, "trailing content after the JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException(DeadLetterReason.INVALID_JSON, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidArticleException(DeadLetterReason.INVALID_JSON, "unreadable value: " + e.getMessage(), e);
        }
    }

    /** Fills {@code out} with the event's paragraphs; returns the page they were read from for HTML input. */
    private PageReader readText(ObjectNode obj, String url, List<String> out) throws InvalidArticleException {
        JsonNode paragraphs = obj.get("paragraphs");
        JsonNode body = obj.get("body");
        JsonNode html = obj.get("html");
        if (paragraphs != null && !paragraphs.isNull()) {
            if (!paragraphs.isArray()) {
                throw EventFields.wrongType("paragraphs", "an array of strings", paragraphs);
            }
            if (paragraphs.size() > limits.maxParagraphs()) {
                throw tooManyParagraphs(paragraphs.size());
            }
            for (JsonNode p : paragraphs) {
                if (!p.isTextual()) {
                    throw EventFields.wrongType("paragraphs[]", "a string", p);
                }
                String text = EventFields.stripControls(p.textValue()).strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        } else if (body != null && !body.isNull()) {
            if (!body.isTextual()) {
                throw EventFields.wrongType("body", "a string", body);
            }
            out.addAll(ParagraphSplitter.split(EventFields.stripControls(body.textValue())));
        } else if (html != null && !html.isNull()) {
            if (!html.isTextual()) {
                throw EventFields.wrongType("html", "a string", html);
            }
            PageReader page = PageReader.read(html.textValue(), url);
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

    private void checkParagraphLimits(List<String> paragraphs) throws InvalidArticleException {
        if (paragraphs.size() > limits.maxParagraphs()) {
            throw tooManyParagraphs(paragraphs.size());
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).length() > limits.maxParagraphChars()) {
                throw new InvalidArticleException(DeadLetterReason.PARAGRAPH_TOO_LONG, "paragraph " + i + " has "
                        + paragraphs.get(i).length() + " characters, over the limit of " + limits.maxParagraphChars()
                        + " (dedup.limits.max.paragraph.chars)");
            }
        }
    }

    private InvalidArticleException tooManyParagraphs(int n) {
        return new InvalidArticleException(DeadLetterReason.TOO_MANY_PARAGRAPHS, "the event has " + n
                + " paragraphs, over the limit of " + limits.maxParagraphs() + " (dedup.limits.max.paragraphs)");
    }
}
