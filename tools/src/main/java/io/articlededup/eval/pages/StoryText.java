package io.articlededup.eval.pages;

import java.util.List;

/** What an html event's article says: the text a perfect extractor would publish for it. */
public record StoryText(String title, List<String> paragraphs) {

    public StoryText {
        paragraphs = List.copyOf(paragraphs);
    }
}
