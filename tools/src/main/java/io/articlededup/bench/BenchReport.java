package io.articlededup.bench;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one {@code bench} run: fields in the order the phases add them, printed as JSON (the
 * field names are what scripts and docs/performance.md read) or as a short text summary.
 */
public final class BenchReport {
    private static final ObjectMapper JSON = EventJson.MAPPER;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public void put(String key, Object value) {
        fields.put(key, value);
    }

    public Object get(String key) {
        return fields.get(key);
    }

    public String json() throws JsonProcessingException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fields);
    }

    @SuppressWarnings("unchecked")
    public void printText(PrintStream out) {
        Map<String, Object> r = fields;
        out.println();
        out.println("bench (" + r.get("mode") + "): " + r.get("articles") + " articles, "
                + String.format("%.1f MB", ((Number) r.get("input_bytes")).longValue() / 1e6));
        out.printf("%-14s %14s %10s %18s%n", "", "articles/s", "MB/s", "articles/s (wall)");
        for (String k : List.of("passthrough", "ours")) {
            if (r.containsKey(k + "_articles_per_s")) {
                out.printf("%-14s %,14.0f %10.2f %,18.0f%n", k, r.get(k + "_articles_per_s"), r.get(k + "_mb_per_s"),
                        r.get(k + "_articles_per_s_wall"));
            }
        }
        if (r.containsKey("ratio")) {
            out.printf("ratio ours / pass-through: %.3f (wall, start-up included: %.3f)%n", r.get("ratio"), r.get("ratio_wall"));
        }
        out.println("ours statuses: " + r.get("ours_statuses") + " expected " + r.get("expected")
                + "; articles in duplicate-link cycles: " + r.get("ours_articles_in_duplicate_cycles"));
        for (String k : List.of("passthrough_latency", "latency")) {
            if (r.containsKey(k)) {
                out.printf("%s at %s: p50 %s ms, p99 %s ms, p99.9 %s ms, max %s ms%n", k, r.get(k),
                        r.get(k + "_p50_ms"), r.get(k + "_p99_ms"), r.get(k + "_p999_ms"), r.get(k + "_max_ms"));
            }
        }
        Map<String, Object> s = (Map<String, Object>) r.get("state");
        out.printf("state: RocksDB %,d B (%,.0f B/article, %,.0f B/unique article) %s%n", s.get("rocksdb_bytes"),
                s.get("rocksdb_bytes_per_article"), s.get("rocksdb_bytes_per_unique_article"), s.get("rocksdb_bytes_by_store"));
        out.printf("       changelogs %,d B (%,.0f B/article) %s%n", s.get("changelog_bytes"),
                s.get("changelog_bytes_per_article"), s.get("changelog_bytes_by_topic"));
    }
}
