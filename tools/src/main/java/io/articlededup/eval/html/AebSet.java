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

/** scrapinghub's article-extraction-benchmark: {@code ground-truth.json} id to {url, articleBody}; pages gzipped. */
public final class AebSet implements EvalSet<String> {

    private final Path dir = DataPaths.require("scrapinghub-aeb");

    @Override
    public boolean goldHasHeadline() {
        return false; // the ground truth is schema.org articleBody, which holds no headline
    }

    @Override
    public String name() {
        return "aeb";
    }

    @Override
    public List<EvalPage<String>> load(int limit) throws IOException {
        JsonNode root = EventJson.MAPPER.readTree(dir.resolve("ground-truth.json").toFile());
        List<EvalPage<String>> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            if (limit > 0 && pages.size() >= limit) {
                break;
            }
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            Path path = dir.resolve("html").resolve(id + ".html.gz");
            String html = HtmlDecoder.decode(Files.readAllBytes(path));
            JsonNode body = entry.getValue().get("articleBody");
            pages.add(new EvalPage<>(id, entry.getValue().path("url").asText(""), html,
                    body == null ? "" : body.asText()));
        }
        return pages;
    }

    @Override
    public SetScorer<String> newScorer() {
        return new AebScorer();
    }
}
