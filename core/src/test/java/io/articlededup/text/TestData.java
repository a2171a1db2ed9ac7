package io.articlededup.text;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.testdata.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** Loads repo fixtures and the research data sets that live outside the repo. */
final class TestData {

    private TestData() {
    }

    /** {@code ../shared/data} beside the repository root, overridable with -Dshared.data.dir ({@link SharedData}). */
    static Path sharedData() {
        return SharedData.dir();
    }

    static String resource(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /text/" + name);
            }
            byte[] bytes = name.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** id -> articleBody, in file order. */
    static Map<String, String> groundTruth(String json) {
        try {
            JsonNode root = EventJson.MAPPER.readTree(json);
            Map<String, String> out = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().get("articleBody").asText()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paragraphs with later exact (normalised) copies removed: what a perfect cleaner keeps. */
    static List<String> distinct(List<String> paragraphs) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (seen.add(TextNormalizer.normalize(p))) {
                out.add(p);
            }
        }
        return out;
    }
}
