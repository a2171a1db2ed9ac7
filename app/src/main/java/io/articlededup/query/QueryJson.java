package io.articlededup.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.model.EventJson;
import io.articlededup.topology.ArticleDecision;
import io.articlededup.topology.SiteFurniture;

import java.time.Instant;

/**
 * The JSON answers of the query endpoints, with the published events' mapper and their field names
 * ({@code status}, {@code duplicate_of}, {@code similarity}, {@code canonical_source}), so an answer reads
 * like the {@code dedup} block of the article it explains.
 */
final class QueryJson {
    private QueryJson() {
    }

    /** @param limit duplicates listed at most (the store keeps {@link ArticleDecision#MAX_DUPLICATES}) */
    static ObjectNode article(String id, ArticleDecision d, int limit, String servedBy) {
        ObjectNode n = EventJson.MAPPER.createObjectNode();
        n.put("id", id);
        n.put("status", d.status());
        n.put("duplicate_of", d.duplicateOf());
        n.put("similarity", d.similarity());
        n.put("canonical_source", d.canonicalSource());
        if (d.hasDecision()) {
            // every decided article has a canonical: itself when unique
            ObjectNode canonical = n.putObject("canonical");
            canonical.put("id", d.duplicateOf() != null ? d.duplicateOf() : id);
            canonical.put("source", d.duplicateOf() != null ? d.canonicalSource() : d.source());
            n.put("source", d.source());
            n.put("event_time", Instant.ofEpochMilli(d.eventTime()).toString());
            n.put("decided_at", Instant.ofEpochMilli(d.decidedAt()).toString());
        } else {
            n.putNull("canonical");
            n.put("note", "this article's own decision is not remembered here (older than dedup.decisions.retention,"
                    + " or not published yet); the duplicates below named it as their canonical");
        }
        ArrayNode dups = n.putArray("duplicates");
        d.duplicates().stream().limit(limit).forEach(r -> {
            ObjectNode e = dups.addObject();
            e.put("id", r.id());
            e.put("source", r.source());
            e.put("status", r.status());
            e.put("similarity", r.similarity());
        });
        n.put("duplicates_total", d.duplicatesTotal());
        n.put("served_by", servedBy);
        return n;
    }

    static ObjectNode boilerplate(String source, int threshold, SiteFurniture.Listing listing, String servedBy) {
        ObjectNode n = EventJson.MAPPER.createObjectNode();
        n.put("source", source);
        n.put("min_articles", threshold);
        ArrayNode entries = n.putArray("entries");
        for (SiteFurniture.Entry e : listing.entries()) {
            ObjectNode o = entries.addObject();
            o.put("kind", e.template() ? "template" : "paragraph");
            o.put("excerpt", e.excerpt());
            o.put("articles", e.articles());
            o.put("last_seen", Instant.ofEpochMilli(e.lastSeen()).toString());
        }
        n.put("total", listing.total());
        n.put("truncated", listing.truncated());
        n.put("served_by", servedBy);
        return n;
    }

    static ObjectNode error(String code, String message) {
        ObjectNode n = EventJson.MAPPER.createObjectNode();
        n.put("error", code);
        n.put("message", message);
        return n;
    }

    static byte[] bytes(ObjectNode n) {
        try {
            return EventJson.MAPPER.writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
