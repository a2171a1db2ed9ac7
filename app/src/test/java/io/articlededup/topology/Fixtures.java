package io.articlededup.topology;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Test fixtures that live in the repository. */
public final class Fixtures {
    public static final ObjectMapper JSON = EventJson.MAPPER;
    public static final String SEED_TITLE = "U.S. and Israel set to hold a virtual meeting on Rafah Monday";
    public static final String SEED_URL = "https://www.axios.com/2024/03/31/us-israel-virtual-meeting-rafah";

    private Fixtures() {
    }

    /** The scraped page that started the project, exactly as scraped. */
    public static String seedText() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/scraped-article-rafah.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nine distinct body paragraphs of the seed, in first order: lines 2-10 of the file. */
    public static List<String> seedParagraphs() {
        return Arrays.stream(seedText().split("\n")).skip(1).limit(9).map(String::strip).toList();
    }

    /** The seed as a raw event: its whole text as {@code body}, no title. */
    public static byte[] seedEvent(String id) {
        ObjectNode n = JSON.createObjectNode();
        if (id != null) {
            n.put("id", id);
        }
        n.put("url", SEED_URL);
        n.put("body", seedText());
        return bytes(n);
    }

    public static byte[] bytes(Object node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode article(String id, String source, String title, String... paragraphs) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("url", "https://" + source + "/news/" + id);
        n.put("title", title);
        n.putArray("paragraphs").addAll(Arrays.stream(paragraphs).map(n::textNode).toList());
        return n;
    }

    /**
     * The settings without event-time order: the driver runs each record through every hop before it reads
     * the next, so its input order already is the processing order, and the watermarks would only add
     * wall-clock steps to every test. {@code ProbeOrderTopologyTest} runs the topology with them.
     */
    static TopologySettings unordered(TopologySettings s) {
        return s.withOrder(OrderSettings.off());
    }
}
