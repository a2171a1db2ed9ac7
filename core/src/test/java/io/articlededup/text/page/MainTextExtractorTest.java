package io.articlededup.text.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    private static final String PAGE = """
            <html lang="en-GB"><head><title>Rafah talks set for Monday | Example News</title>
            <link rel="canonical" href="https://news.example.com/world/rafah-talks">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-03-31T12:00:00Z">
            <meta name="author" content="Jane Doe"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <div class="page"><article class="story">
              <h1>Rafah talks set for Monday</h1>
              <div class="story-body">
                <p>The U.S. and Israel are expected to hold a virtual meeting on Monday, officials said, to discuss the planned operation.</p>
                <p>The meeting was rescheduled after a delegation's trip was cancelled, according to two people, who spoke on condition of anonymity.</p>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                <p>The White House and the Israeli Prime Minister's office declined to comment, a spokesperson said on Sunday.</p>
              </div></article>
              <div class="related-stories"><ul>
                <li><a href="/a">Another story about something else entirely, with a long teaser headline</a></li>
                <li><a href="/b">A second teaser headline that changes every day on this site's pages</a></li>
              </ul></div></div>
            <footer>Copyright Example News. All rights reserved. Terms, privacy, cookies.</footer>
            </body></html>
            """;

    @Test
    void keepsTheArticleParagraphsAndDropsNavigationSharingTeasersAndFooter() {
        ExtractedArticlePage page = MainTextExtractor.extract(PAGE, null);

        // the headline is the page's title (metadata), not one of its paragraphs
        assertThat(page.paragraphs()).containsExactly(
                "The U.S. and Israel are expected to hold a virtual meeting on Monday, officials said, to discuss the planned operation.",
                "The meeting was rescheduled after a delegation's trip was cancelled, according to two people, who spoke on condition of anonymity.",
                "The White House and the Israeli Prime Minister's office declined to comment, a spokesperson said on Sunday.");
    }

    @Test
    void readsTheMetadataAndTakesTheSiteNameOffTheTitle() {
        PageMetadata m = MainTextExtractor.extract(PAGE, null).metadata();

        assertThat(m.title()).isEqualTo("Rafah talks set for Monday");
        assertThat(m.canonicalUrl()).isEqualTo("https://news.example.com/world/rafah-talks");
        assertThat(m.publishedAt()).isEqualTo("2024-03-31T12:00:00Z");
        assertThat(m.author()).isEqualTo("Jane Doe");
        assertThat(m.language()).isEqualTo("en-gb");
        assertThat(m.siteName()).isEqualTo("Example News");
    }

    @Test
    void titleCleanerRemovesASiteSuffixButKeepsAHeadlineWithADash() {
        assertThat(TitleCleaner.clean("Markets rally - Reuters", null, "www.reuters.com")).isEqualTo("Markets rally");
        assertThat(TitleCleaner.clean("Spain - Germany: what the draw means for both sides", null, null))
                .isEqualTo("Spain - Germany: what the draw means for both sides");
    }

    @Test
    void emptyInputGivesAnEmptyPage() {
        assertThat(MainTextExtractor.extract("", null).blocks()).isEmpty();
        assertThat(MainTextExtractor.extract(null, null).metadata()).isEqualTo(PageMetadata.NONE);
    }

    private static final String P1 = "The council voted on Tuesday to close the old bridge, which has carried traffic since 1931, for repairs.";
    private static final String P2 = "Engineers found corrosion in two of the piers last spring, the city's transport office said in a statement.";
    private static final String P3 = "Buses will be rerouted over the northern crossing, adding about ten minutes to most journeys, officials said.";

    @Test
    void aTitleThatIsNeverClosedDoesNotSwallowThePage() {
        String html = "<html><head><title>Bridge to close for repairs</titl" + "x".repeat(1200)
                + "<script>var a = 1;</script></head><body><div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></body></html>";

        ExtractedArticlePage page = MainTextExtractor.extract(html, null);

        assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(page.metadata().title()).startsWith("Bridge to close for repairs");
    }

    @Test
    void theWrapperOfMostOfTheArticleIsReadWhateverItsName() {
        String html = "<html><body><div class=\"article\"><div class=\"scroll-tracker\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=\"share-tools\"><a href=\"#\">Share this story on Facebook</a></div>"
                + "</div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
    }

    /** Text enough that a page without its article is not read again without name hints. */
    private static final String ABOUT = "Our newsroom covers the city and its suburbs every day of the week and has done so since the paper"
            + " was founded by a group of printers who wanted a local voice and who gave it the name it still carries today"
            + " on every page and in every edition that goes out to readers";

    @Test
    void aFurnitureNamedContainerHoldingMostOfThePagesTextIsKept() {
        String html = "<html><body><div class=\"sidebar-layout\"><div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "<div class=\"related\"><p><a href=\"/x\">A related story with a headline long enough to count</a></p></div>"
                + "</div><div class=\"site\"><div class=\"about\"><p>" + ABOUT + "</p></div></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void commentsAreDroppedEvenWhenTheirContainerIsNamedAsABody() {
        String comment = "I always love how they talk about the weather, until the vote comes round again, and then they change.";
        String html = "<html><body><div class=\"blog\"><div class=\"entry\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><div class=\"comments-body\"><p>" + comment + "</p><p>" + comment + " Really.</p></div>"
                + "<div class=\"comments-body\"><p>" + comment + " Twice.</p></div></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void theStandfirstAboveTheBodyIsRead() {
        String lead = "The city will shut its oldest bridge for a year from March, the council decided in a close vote.";
        String html = "<html><body><div class=\"page\"><div class=\"main\"><div class=\"head\"><h1>Bridge to close</h1>"
                + "<p class=\"intro\">" + lead + "</p></div><div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></div><div class=\"more\"><ul><li><a href=\"/a\">A teaser headline for another story</a></li>"
                + "<li><a href=\"/b\">A second teaser headline for one more story</a></li></ul></div></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).endsWith(lead, P1, P2, P3)
                .noneMatch(p -> p.contains("teaser"));
    }

    @Test
    void shortLinesThatAreNoSentencesAtTheArticlesEndAreDropped() {
        String html = "<html><body><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>\"We expect it to reopen in spring.\"</p><p>Photo: City of Example</p><p>Share this article</p>"
                + "</div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs())
                .containsExactly(P1, P2, P3, "\"We expect it to reopen in spring.\"");
    }

    @Test
    void twoContainersThatScoreAlikeGiveTheFirstOneOnEveryReading() {
        String first = "<div><div><p>" + P1 + "</p><p>" + P2 + "</p></div></div>";
        // the same shape and lengths, other words: the two inner containers score exactly alike
        String second = "<div><div><p>" + P1.replace("council", "mayors ") + "</p><p>" + P2.replace("spring", "autumn")
                + "</p></div></div>";
        String html = "<html><body>" + first + second + "</body></html>";

        for (int reading = 0; reading < 40; reading++) {
            assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2);
        }
    }
}
