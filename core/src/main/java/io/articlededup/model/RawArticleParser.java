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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bytes of one raw event into a {@link RawArticle}, following the lenient contract in
 * {@code docs/event-schema.json}: {@code id} or {@code url}; text as {@code body}, {@code paragraphs} or
 * {@code html}; everything else is carried through. It checks the JSON, the types and the limits of what
 * the event gives; reading the text into paragraphs and cleaning them are not its business. Anything else
 * is an {@link InvalidArticleException} whose reason becomes the dead-letter header.
 */
public final class RawArticleParser {
    private final ArticleLimits limits;
    private final ObjectMapper mapper;

    public RawArticleParser(ArticleLimits limits) {
        this.limits = limits;
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
     * @param value             the record value (may be null)
     * @param keyAndHeaderBytes the size of the record's key and headers: they travel with the article
     *                          (headers to every internal record and output), so they count toward
     *                          {@code dedup.limits.max.article.bytes}
     */
    public RawArticle parse(byte[] value, long keyAndHeaderBytes) throws InvalidArticleException {
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
        JsonNode paragraphs = obj.get("paragraphs");
        JsonNode body = obj.get("body");
        JsonNode html = obj.get("html");
        if (paragraphs != null && !paragraphs.isNull()) {
            return new RawArticle(obj, id, url, title, paragraphs(paragraphs), null, null);
        } else if (body != null && !body.isNull()) {
            if (!body.isTextual()) {
                throw EventFields.wrongType("body", "a string", body);
            }
            return new RawArticle(obj, id, url, title, null, EventFields.stripControls(body.textValue()), null);
        } else if (html != null && !html.isNull()) {
            if (!html.isTextual()) {
                throw EventFields.wrongType("html", "a string", html);
            }
            return new RawArticle(obj, id, url, title, null, null, html.textValue());
        }
        return new RawArticle(obj, id, url, title, null, null, null);
    }

    private List<String> paragraphs(JsonNode paragraphs) throws InvalidArticleException {
        if (!paragraphs.isArray()) {
            throw EventFields.wrongType("paragraphs", "an array of strings", paragraphs);
        }
        if (paragraphs.size() > limits.maxParagraphs()) {
            throw limits.tooManyParagraphs(paragraphs.size());
        }
        List<String> out = new ArrayList<>();
        for (JsonNode p : paragraphs) {
            if (!p.isTextual()) {
                throw EventFields.wrongType("paragraphs[]", "a string", p);
            }
            String text = EventFields.stripControls(p.textValue()).strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
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
}
