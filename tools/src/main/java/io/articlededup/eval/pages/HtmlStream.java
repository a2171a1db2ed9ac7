package io.articlededup.eval.pages;

import io.articlededup.eval.LabelledEvent;
import java.util.List;
import java.util.Map;

/**
 * A labelled stream of html events.
 *
 * @param events   in {@code published_at} order; clusters and kinds as in the text stream
 * @param stories  the story text each event's page carries, by event id
 * @param portalOf the portal (host) each event's page is on, by event id
 * @param made     what making the portals' templates gave
 */
public record HtmlStream(List<LabelledEvent> events, Map<String, StoryText> stories, Map<String, String> portalOf,
                         Portals.Made made) {

    public HtmlStream {
        events = List.copyOf(events);
        stories = Map.copyOf(stories);
        portalOf = Map.copyOf(portalOf);
    }
}
