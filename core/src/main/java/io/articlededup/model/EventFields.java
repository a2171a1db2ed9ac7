package io.articlededup.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * How a raw event's fields are read: their types, their lengths, and the characters that cannot travel on
 * (control characters, lone surrogates). Shared by the event ({@link RawArticleParser}) and the page it
 * may carry ({@code io.articlededup.ingest.PageReader}).
 */
public final class EventFields {
    /** Identifying fields are short in real data; longer ones would be copied into keys and every output. */
    static final int MAX_ID_CHARS = 512;
    public static final int MAX_URL_CHARS = 8_192;
    /** A DNS name has at most 253 characters; a given source name is shorter still. */
    static final int MAX_SOURCE_CHARS = 256;

    private EventFields() {
    }

    static boolean hasValue(ObjectNode obj, String field) {
        JsonNode n = obj.get(field);
        return n != null && !n.isNull();
    }

    static String optionalText(ObjectNode obj, String field) throws InvalidArticleException {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw wrongType(field, "a string", n);
        }
        return stripControls(n.textValue()).strip();
    }

    static String optionalId(ObjectNode obj) throws InvalidArticleException {
        JsonNode n = obj.get("id");
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber()) {
            String id = n.asText();
            checkLength("id", id, MAX_ID_CHARS);
            return id;
        }
        if (!n.isTextual()) {
            throw wrongType("id", "a string or an integer", n);
        }
        String id = stripControls(n.textValue()).strip();
        if (id.isEmpty()) {
            throw new InvalidArticleException(DeadLetterReason.MISSING_ID, "the event's `id` is blank");
        }
        checkLength("id", id, MAX_ID_CHARS);
        return id;
    }

    static void checkLength(String field, String value, int max) throws InvalidArticleException {
        if (value != null && value.length() > max) {
            throw new InvalidArticleException(DeadLetterReason.FIELD_TOO_LONG, "the event's `" + field + "` has "
                    + value.length() + " characters, over " + max);
        }
    }

    static InvalidArticleException wrongType(String field, String expected, JsonNode got) {
        return new InvalidArticleException(DeadLetterReason.WRONG_TYPE, "`" + field + "` must be " + expected + ", got "
                + got.getNodeType().toString().toLowerCase());
    }

    /**
     * Carried fields go out as UTF-8 (internal topics, the output JSON): a lone surrogate, which JSON's
     * {@code \\u} escapes allow, cannot be written there, so it becomes U+FFFD, in names and values alike.
     */
    static ObjectNode sanitised(ObjectNode node) {
        ObjectNode out = node.objectNode();
        node.properties().forEach(e -> out.set(stripControls(e.getKey()), sanitised(e.getValue())));
        return out;
    }

    static JsonNode sanitised(JsonNode node) {
        if (node.isTextual()) {
            String s = node.textValue();
            String clean = stripControls(s);
            return clean.equals(s) ? node : TextNode.valueOf(clean);
        }
        if (node instanceof ObjectNode o) {
            return sanitised(o);
        }
        if (node.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            node.forEach(child -> a.add(sanitised(child)));
            return a;
        }
        return node;
    }

    /** Control characters other than tab and line breaks carry no text and break downstream consumers. */
    public static String stripControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c < 0xa0);
            // a lone surrogate (JSON allows "\ud800") is not text and cannot be written as UTF-8 downstream
            boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)));
            if (Character.isHighSurrogate(c) && !loneSurrogate) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (control || loneSurrogate) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                if (loneSurrogate) {
                    sb.append('\uFFFD');
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
