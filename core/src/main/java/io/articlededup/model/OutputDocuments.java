package io.articlededup.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;

/**
 * The published form of an article (see README, "Event contract"): the carried-through raw fields,
 * the interpreted ones, the cleaned {@code paragraphs}, and a {@code dedup} block.
 */
public final class OutputDocuments {
    private static final ObjectMapper MAPPER = EventJson.MAPPER;

    private OutputDocuments() {
    }

    public static ObjectNode toJson(Article a, long processedAtMs) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("id", a.id());
        if (a.url() != null) {
            out.put("url", a.url());
        }
        out.put("source", a.source());
        if (a.title() != null) {
            out.put("title", a.title());
        }
        if (a.fields() != null) {
            a.fields().properties().forEach(e -> out.set(e.getKey(), e.getValue()));
        }
        out.putArray("paragraphs").addAll(a.paragraphs().stream().map(out::textNode).toList());

        ObjectNode dedup = out.putObject("dedup");
        Verdict v = a.verdict() == null ? Verdict.unique() : a.verdict();
        dedup.put("status", v.status().label());
        if (v.duplicateOf() != null) {
            dedup.put("duplicate_of", v.duplicateOf());
            if (v.canonicalSource() != null) {
                dedup.put("canonical_source", v.canonicalSource());
            }
        } else {
            dedup.putNull("duplicate_of");
        }
        if (v.similarity() != null) {
            dedup.put("similarity", Math.round(v.similarity() * 10_000) / 10_000.0);
        } else {
            dedup.putNull("similarity");
        }
        ParagraphCounts c = a.paragraphCounts();
        ObjectNode paragraphs = dedup.putObject("paragraphs");
        paragraphs.put("in", c.in());
        paragraphs.put("kept", c.kept());
        ObjectNode removed = paragraphs.putObject("removed");
        for (Map.Entry<String, Integer> e : c.removed().entrySet()) {
            removed.put(e.getKey(), e.getValue());
        }
        dedup.put("content_hash", a.contentHash());
        dedup.put("event_time", Instant.ofEpochMilli(a.eventTime()).toString());
        dedup.put("processed_at", Instant.ofEpochMilli(processedAtMs).toString());
        dedup.put("processing_ms", Math.max(0, processedAtMs - a.eventTime()));
        return out;
    }

    public static byte[] toBytes(Article a, long processedAtMs) {
        try {
            return MAPPER.writeValueAsBytes(toJson(a, processedAtMs));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + a.id(), e);
        }
    }
}
