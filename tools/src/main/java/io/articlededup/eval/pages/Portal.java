package io.articlededup.eval.pages;

import java.util.List;

/** A site with the templates made from its real pages. */
public record Portal(String host, String set, List<Template> templates) {

    public Portal {
        templates = List.copyOf(templates);
    }
}
