package io.articlededup.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * One raw event read as JSON against the lenient contract in {@code docs/event-schema.json}, before its text
 * is read and cleaned: the identifying fields as given, the text in the one form the event gave it
 * ({@code paragraphs}, else {@code body}, else {@code html}; the others are null), and the event itself for
 * the fields read last. Made by {@link RawArticleParser}.
 */
public final class RawArticle {
    /** Fields we interpret; every other field is carried through untouched. */
    private static final Set<String> INTERPRETED = Set.of("id", "url", "title", "source", "body", "paragraphs", "html");

    private final ObjectNode event;
    private final String id;
    private final String url;
    private final String title;
    private final List<String> paragraphs;
    private final String body;
    private final String html;

    RawArticle(ObjectNode event, String id, String url, String title, List<String> paragraphs, String body,
               String html) {
        this.event = event;
        this.id = id;
        this.url = url;
        this.title = title;
        this.paragraphs = paragraphs == null ? null : List.copyOf(paragraphs);
        this.body = body;
        this.html = html;
    }

    /** The given {@code id}, or {@code null} when the article is known by its URL (or its page's canonical one). */
    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    /** The given title, or {@code null}. */
    public String title() {
        return title;
    }

    /** The {@code paragraphs} given as an array, non-blank and stripped; {@code null} when the text came otherwise. */
    public List<String> paragraphs() {
        return paragraphs;
    }

    /** The {@code body} given as one string, control characters removed; {@code null} when the text came otherwise. */
    public String body() {
        return body;
    }

    /** The {@code html} page as given; {@code null} when the text came otherwise. */
    public String html() {
        return html;
    }

    /**
     * The source: the given {@code source}, else the URL's host, else {@code unknown}. Read when asked, after
     * the text: an event without text is reported as such before a {@code source} of the wrong type.
     *
     * @throws InvalidArticleException when {@code source} is not a string or is too long
     */
    public String source() throws InvalidArticleException {
        String source = EventFields.optionalText(event, "source");
        if (source == null || source.isBlank()) {
            source = url == null ? null : ContentHashes.sourceOfUrl(url);
        }
        if (source == null || source.isBlank()) {
            source = "unknown";
        }
        // the source keys a repartition topic, one boilerplate-store entry per paragraph and a metric label
        EventFields.checkLength("source", source, EventFields.MAX_SOURCE_CHARS);
        return source.trim();
    }

    /** A copy of every field we do not interpret, to carry through to the outputs, with unwritable characters replaced. */
    public ObjectNode carriedFields() {
        ObjectNode carried = event.deepCopy();
        carried.remove(INTERPRETED);
        return EventFields.sanitised(carried);
    }
}
