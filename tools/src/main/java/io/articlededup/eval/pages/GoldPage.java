package io.articlededup.eval.pages;

import java.util.List;

/**
 * A real page with its known main text: the page a template is made from.
 *
 * @param set        {@code aeb} or {@code l3s}
 * @param id         the page's id in its set
 * @param host       the site the page is from, without {@code www.}
 * @param html       the decoded page
 * @param title      the article's headline as the set gives it (L3S) or the page declares it (AEB)
 * @param paragraphs the gold body, in order
 * @param supplement text that belongs to the old article but is not its body (L3S's supplemental blocks:
 *                   captions, highlights): taken out with the body where it sits in the body's container
 * @param related    text of the page's related-content blocks (L3S's label 4): teaser summaries among them
 */
public record GoldPage(String set, String id, String host, String html, String title, List<String> paragraphs,
                       List<String> supplement, List<String> related) {

    public GoldPage {
        paragraphs = List.copyOf(paragraphs);
        supplement = List.copyOf(supplement);
        related = List.copyOf(related);
    }

    public GoldPage(String set, String id, String host, String html, String title, List<String> paragraphs) {
        this(set, id, host, html, title, paragraphs, List.of(), List.of());
    }
}
