package io.articlededup.eval;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Building and reading raw article events (the {@code articles.raw} JSON contract). */
public final class RawEvents {

    static final ObjectMapper JSON = EventJson.MAPPER;

    private RawEvents() {
    }

    /** A raw event; {@code asBody} sends the paragraphs as {@code body} text separated by blank lines. */
    public static ObjectNode create(String id, String url, String source, String title, List<String> paragraphs,
                                    boolean asBody, Instant publishedAt) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("url", url);
        o.put("source", source);
        o.put("title", title);
        if (asBody) {
            o.put("body", String.join("\n\n", paragraphs));
        } else {
            ArrayNode a = o.putArray("paragraphs");
            paragraphs.forEach(a::add);
        }
        o.put("published_at", publishedAt.toString());
        return o;
    }

    /**
     * A raw html event as a scraper writes it: {@code id}, {@code url} and {@code published_at} only when
     * given (null or empty: left out), and the page.
     */
    public static ObjectNode html(String id, String url, String html, Instant publishedAt) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        if (url != null && !url.isEmpty()) {
            o.put("url", url);
        }
        o.put("html", html);
        if (publishedAt != null) {
            o.put("published_at", publishedAt.toString());
        }
        return o;
    }

    /** The paragraph list of a raw event: {@code paragraphs}, else {@code body} split on blank lines. */
    public static List<String> paragraphs(JsonNode raw) {
        List<String> out = new ArrayList<>();
        JsonNode ps = raw.get("paragraphs");
        if (ps != null && ps.isArray()) {
            ps.forEach(p -> out.add(p.asText()));
            return out;
        }
        JsonNode body = raw.get("body");
        return body == null ? out : Corpora.splitBlankLines(body.asText());
    }

    /** The host of a url without {@code www.}. */
    public static String host(String url) {
        try {
            String h = java.net.URI.create(url).getHost();
            if (h == null) {
                return "";
            }
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
