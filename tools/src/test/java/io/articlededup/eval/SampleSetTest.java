package io.articlededup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed demo sample set: its shape, its labels, and that the generator reproduces it. */
class SampleSetTest {

    static String committed() throws IOException {
        try (InputStream in = SampleSetTest.class.getResourceAsStream("/samples/articles.jsonl")) {
            assertThat(in).as("samples/articles.jsonl on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<JsonNode> lines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : committed().split("\n")) {
            out.add(RawEvents.JSON.readTree(l));
        }
        return out;
    }

    @Test
    void shapeAndLabels() throws IOException {
        List<JsonNode> events = lines();
        assertThat(events).hasSize(40);
        JsonNode seed = events.get(0);
        assertThat(seed.get("url").asText()).isEqualTo(SampleSetWriter.SEED_URL);
        assertThat(seed.get("title").asText()).isEqualTo("U.S. and Israel set to hold a virtual meeting on Rafah Monday");
        assertThat(seed.get("body").asText()).contains("comments");
        Map<String, JsonNode> byId = new HashMap<>();
        Map<String, Integer> expected = new HashMap<>();
        Instant last = Instant.MIN;
        for (JsonNode e : events) {
            String id = e.get("id").asText();
            assertThat(byId.put(id, e)).as("unique id " + id).isNull();
            assertThat(e.get("source").asText()).isEqualTo(RawEvents.host(e.get("url").asText()));
            Instant t = Instant.parse(e.get("published_at").asText());
            assertThat(t).isAfter(last);
            last = t;
            String exp = e.get("_expected").asText();
            expected.merge(exp, 1, Integer::sum);
            if (!exp.equals(Kinds.UNIQUE)) {
                JsonNode orig = byId.get(e.get("_expected_duplicate_of").asText());
                assertThat(orig).as("duplicate_of an earlier line").isNotNull();
                assertThat(orig.get("_expected").asText()).isEqualTo(Kinds.UNIQUE);
                checkDuplicate(e, orig);
            } else {
                assertThat(e.has("_expected_duplicate_of")).isFalse();
            }
        }
        assertThat(expected).containsEntry(Kinds.UNIQUE, 27).containsEntry(Kinds.EXACT_DUPLICATE, 10)
                .containsEntry(Kinds.NEAR_DUPLICATE, 3);
    }

    private static void checkDuplicate(JsonNode e, JsonNode orig) {
        List<String> o = RawEvents.paragraphs(orig);
        List<String> d = RawEvents.paragraphs(e);
        String exp = e.get("_expected").asText();
        if (exp.equals(Kinds.NEAR_DUPLICATE)) {
            assertThat(e.get("source").asText()).endsWith(".example");
            assertThat(d.get(0)).startsWith("By ");
            assertThat(d.subList(1, d.size())).isEqualTo(o.subList(0, o.size() - 1));
        } else if (e.get("url").equals(orig.get("url")) && !d.equals(o)) {
            // re-scrape: every paragraph 2-3 times, the headline again near the end
            int copies = Collections.frequency(d, o.get(0));
            assertThat(copies).isBetween(2, 3);
            o.forEach(p -> assertThat(Collections.frequency(d, p)).isEqualTo(copies));
            assertThat(d.subList(d.size() - 2, d.size())).contains(orig.get("title").asText());
        } else {
            assertThat(d).isEqualTo(o);
            assertThat(e.get("title")).isEqualTo(orig.get("title"));
        }
    }

    @Test
    void generatorReproducesTheCommittedFile(@TempDir Path tmp) throws IOException {
        Path data = TestData.require("scrapinghub-aeb");
        Path seed = data.getParent().resolve("seed").resolve("scraped-article-rafah.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed page " + seed + " absent: skipping");
        Path out = tmp.resolve("articles.jsonl");
        SampleSetWriter.main(new String[] {data.toString(), seed.toString(), out.toString()});
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(committed());
    }
}
