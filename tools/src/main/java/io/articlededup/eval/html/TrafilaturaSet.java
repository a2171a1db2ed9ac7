package io.articlededup.eval.html;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * trafilatura's benchmark: {@code evaldata.json} maps a URL to {file, with, without}; the page is
 * looked up in {@code cache/} then {@code eval/}, the order of its {@code eval_common.resolve}.
 */
public final class TrafilaturaSet implements EvalSet<TrafilaturaSet.Segments> {

    /** Text the main text must contain ({@code with}) and must not contain ({@code without}). */
    public record Segments(List<String> with, List<String> without) {
    }

    private final Path dir = DataPaths.require("trafilatura-eval");
    private int missing;

    @Override
    public String name() {
        return "trafilatura";
    }

    @Override
    public List<EvalPage<Segments>> load(int limit) throws IOException {
        JsonNode root = EventJson.MAPPER.readTree(dir.resolve("evaldata.json").toFile());
        List<EvalPage<Segments>> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            if (limit > 0 && pages.size() >= limit) {
                break;
            }
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode item = entry.getValue();
            String file = item.get("file").asText();
            Path path = resolve(file);
            if (path == null) {
                missing++;
                continue;
            }
            String html = HtmlDecoder.decode(Files.readAllBytes(path));
            pages.add(new EvalPage<>(file, entry.getKey(), html,
                    new Segments(strings(item.get("with")), strings(item.get("without")))));
        }
        if (missing > 0) {
            System.err.println("trafilatura: " + missing + " pages listed in evaldata.json not found, skipped");
        }
        return pages;
    }

    private Path resolve(String file) {
        for (String sub : List.of("cache", "eval")) {
            Path p = dir.resolve(sub).resolve(file);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    @Override
    public SetScorer<Segments> newScorer() {
        return new SegmentScorer();
    }
}
