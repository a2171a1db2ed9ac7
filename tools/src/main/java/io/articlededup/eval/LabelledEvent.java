package io.articlededup.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One raw event of a labelled stream with its ground truth.
 *
 * @param id                     the event's {@code id} (also in {@code raw})
 * @param clusterId              id of the first event of the story; every event of one story shares it
 * @param kind                   see {@link Kinds}
 * @param raw                    the raw event as sent to {@code articles.raw}
 * @param boilerplateParagraphIdx indexes, in the raw paragraph list ({@code paragraphs}, or {@code body} split on
 *                               blank lines), of the site boilerplate we injected
 * @param noiseParagraphIdx      indexes of injected non-content paragraphs the cleaner should drop: repeated
 *                               copies of the body, UI lines, a repeated headline (rescrapes only)
 */
public record LabelledEvent(String id, String clusterId, String kind, ObjectNode raw,
                            List<Integer> boilerplateParagraphIdx, List<Integer> noiseParagraphIdx) {

    public LabelledEvent {
        boilerplateParagraphIdx = List.copyOf(boilerplateParagraphIdx);
        noiseParagraphIdx = List.copyOf(noiseParagraphIdx);
    }

    public LabelledEvent(String id, String clusterId, String kind, ObjectNode raw,
                         List<Integer> boilerplateParagraphIdx) {
        this(id, clusterId, kind, raw, boilerplateParagraphIdx, List.of());
    }

    /** The status the pipeline should give this event. */
    public String expectedStatus() {
        return Kinds.expectedStatus(kind);
    }

    /** The raw paragraph list: the {@code paragraphs} array, else {@code body} split on blank lines. */
    public List<String> rawParagraphs() {
        return RawEvents.paragraphs(raw);
    }

    /** Raw paragraphs that are the story's content (not injected boilerplate or noise). */
    public List<String> contentParagraphs() {
        List<String> all = rawParagraphs();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!boilerplateParagraphIdx.contains(i) && !noiseParagraphIdx.contains(i)) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** Raw paragraphs that are injected boilerplate. */
    public List<String> boilerplateParagraphs() {
        List<String> all = rawParagraphs();
        return boilerplateParagraphIdx.stream().map(all::get).toList();
    }
}
