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
 */
public record GoldPage(String set, String id, String host, String html, String title, List<String> paragraphs) {

    public GoldPage {
        paragraphs = List.copyOf(paragraphs);
    }
}
