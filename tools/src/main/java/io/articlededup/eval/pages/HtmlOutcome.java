package io.articlededup.eval.pages;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.articlededup.eval.EvalReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what the application published for an html stream: each article's title and paragraphs (from
 * {@code articles.clean} and {@code articles.duplicates}) scored against its story, and dead letters
 * counted by their reason.
 */
public final class HtmlOutcome {

    private static final ObjectWriter JSON = EventJson.MAPPER.writerWithDefaultPrettyPrinter();

    private final HtmlStream stream;
    private final TextScore text = new TextScore();
    private final TextMisses misses = new TextMisses();
    private final Map<String, Integer> deadLetters = new TreeMap<>();

    public HtmlOutcome(HtmlStream stream) {
        this.stream = stream;
    }

    /** A published article; one whose id is not in the stream is ignored. */
    public void published(JsonNode event) {
        String id = event.path("id").asText();
        StoryText story = stream.stories().get(id);
        if (story == null) {
            return;
        }
        List<String> paragraphs = new ArrayList<>();
        event.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        String title = event.path("title").asText("");
        text.add(story, title, paragraphs);
        misses.add(stream.portalOf().get(id), story, title, paragraphs);
    }

    public void deadLetter(String reason) {
        deadLetters.merge(reason == null ? "(no reason)" : reason, 1, Integer::sum);
    }

    public TextScore text() {
        return text;
    }

    public Map<String, Integer> deadLetters() {
        return Map.copyOf(deadLetters);
    }

    /** The pair report with the text figures and dead letters beside it, as one JSON object. */
    public String toJson(EvalReport pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pairs", pairs);
        out.put("text", Map.of("articles", text.articles(), "precision", text.precision(), "recall", text.recall(),
                "f1", text.f1()));
        out.put("deadLetters", deadLetters());
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String toTable() {
        StringBuilder sb = new StringBuilder();
        Portals.Made m = stream.made();
        sb.append(String.format(Locale.ROOT, "templates: %d of %d pages of sites with 2+ pages (not made: %s); "
                + "%d portals with %d templates%n", m.templates(), m.pages(), m.rejected(), m.portals().size(),
                m.portals().stream().mapToInt(p -> p.templates().size()).sum()));
        sb.append(String.format(Locale.ROOT, "text (title + paragraphs, words, micro): P %.4f  R %.4f  F1 %.4f  "
                + "over %d published articles%n", text.precision(), text.recall(), text.f1(), text.articles()));
        int dead = deadLetters.values().stream().mapToInt(Integer::intValue).sum();
        sb.append(String.format(Locale.ROOT, "dead letters: %d %s%n", dead, deadLetters));
        sb.append(misses.toTable(3));
        return sb.toString();
    }
}
