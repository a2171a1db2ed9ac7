package io.articlededup.eval.html;

import java.io.IOException;
import java.util.List;

/** A data set: knows how to load its pages and how to score text extracted from them. */
public interface EvalSet<G> {

    String name();

    /** Loads at most {@code limit} pages (all when limit is not positive), in a stable order. */
    List<EvalPage<G>> load(int limit) throws IOException;

    /** A fresh accumulator; one is used per extractor. */
    SetScorer<G> newScorer();

    /**
     * Whether the gold text holds the page's headline: an extractor that reports the title apart from
     * the body is scored with it where the gold has it and without it where it does not.
     */
    default boolean goldHasHeadline() {
        return true;
    }
}
