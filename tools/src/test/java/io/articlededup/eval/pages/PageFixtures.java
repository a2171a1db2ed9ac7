package io.articlededup.eval.pages;

import java.util.List;

/** A small news page in the shape of the real ones: navigation, teasers, an article, comments and a footer. */
final class PageFixtures {

    static final String NAV = "Home World Sport Business";
    static final String FOOTER = "Copyright 2008 Daily Example Media. All rights reserved.";
    static final String COMMENT = "I have lived here forty years and never seen the river this high.";
    static final String SHARE = "Share this article";
    static final String OLD_TEASER = "Council votes to close the old library next spring";

    private PageFixtures() {
    }

    static GoldPage page(String host, String id, String headline, List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        paragraphs.forEach(p -> body.append("<p class=\"para\">").append(p).append("</p>\n"));
        String html = """
                <!DOCTYPE html><html><head><title>%1$s | Daily Example</title>
                <meta property="og:title" content="%1$s">
                <meta name="description" content="%2$s">
                <link rel="canonical" href="https://%3$s/news/%4$s">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"%1$s","articleBody":"%5$s"}</script>
                </head><body>
                <div id="nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/biz">Business</a></div>
                <div class="main"><h1>%1$s</h1><div class="dateline">March 5, 2008</div>
                <div class="article-body">%6$s<div class="share">%7$s</div></div>
                <div class="related"><h3>More news</h3><ul>
                <li><a href="/news/1">%8$s</a></li>
                <li><a href="/news/2">Storm damage bill reaches two million pounds</a></li>
                </ul></div>
                <div class="comments"><h3>Comments</h3><div class="comment">%9$s</div></div></div>
                <div id="footer">%10$s</div></body></html>
                """.formatted(headline, paragraphs.get(0), host, id, String.join(" ", paragraphs), body, SHARE,
                OLD_TEASER, COMMENT, FOOTER);
        return new GoldPage("test", id, host, html, headline, paragraphs);
    }

    /** A body written as text between line breaks in a table cell, with a byline before it. */
    static GoldPage brPage(String host, String id, String headline, List<String> paragraphs) {
        String html = "<html><head><title>" + headline + "</title></head><body><table><tr><td class=\"nav\">"
                + "<a href=\"/\">Home</a></td><td class=\"story\"><b>" + headline + "</b><br>By Ann Writer<br><br>"
                + String.join("<br><br>", paragraphs) + "</td></tr></table><p>" + FOOTER + "</p></body></html>";
        return new GoldPage("test", id, host, html, headline, paragraphs);
    }

    static List<String> oldBody() {
        return List.of(
                "The river rose two metres overnight and flooded the low streets of the town centre.",
                "Residents were moved to the school hall while the fire service pumped water from the square.",
                "The council said the clean-up would take at least a week and cost several hundred thousand pounds.");
    }
}
