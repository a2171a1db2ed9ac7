package io.articlededup.text;

import java.util.List;

/** Title (may be {@code null}) and block-level paragraphs of an HTML page, in document order. */
public record ExtractedPage(String title, List<String> paragraphs) {
    public ExtractedPage {
        paragraphs = List.copyOf(paragraphs);
    }
}
