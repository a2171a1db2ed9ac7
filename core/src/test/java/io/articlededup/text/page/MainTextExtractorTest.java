package io.articlededup.text.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    private static final String P4 = "The repairs are expected to cost four million dollars and to take until the end of next year.";
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
    void aStandfirstBesideTheHeadlineOutsideTheBodysContainerIsReadFirst() {
        String lead = "The city will shut its oldest bridge for a year from March, the council decided in a close vote.";
        String html = "<html><head><title>Bridge to close for a year | City Paper</title></head><body>"
                + "<div class=\"top\"><header class=\"story-header\"><h1>Bridge to close for a year</h1>"
                + "<div class=\"story-excerpt\">" + lead + "</div></header></div>"
                + "<div class=\"layout\"><div class=\"columns\"><div class=\"story-body\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div></div></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(lead, P1, P2, P3, P4);
    }

    @Test
    void aDataTableIsReadOneRowPerLineAndALayoutTablesCellsStayParagraphs() {
        String html = "<html><body><table class=\"layout\"><tr><td><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>"
                + "<tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table></td><td><p>" + P3 + "</p></td></tr>"
                + "</table></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs())
                .containsExactly(P1, P2, "Pos. | Driver | Points", "1 | Kyle Busch | 5040", "2 | Martin Truex Jr. | 5035", P3);
    }

    @Test
    void linesWithoutWordsAndPictureCreditsAreNotText() {
        String html = "<html><body><div class=\"story\"><p>2008-01-12 11:31:01 -</p><p>" + P1 + "</p><p>© AP</p><p>" + P2
                + "</p><p>(Credit: Clayton Aldern / Grist)</p><p>" + P3 + "</p><p>Foto: dpa</p></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void furnitureNamedInsideTheArticleIsDroppedWhateverContentWordItsNamesCarry() {
        String html = "<html><body><article class=\"post\"><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p class=\"postmetadata alt\">This entry was posted on Wednesday in News and Politics.</p>"
                + "<div class=\"entry-meta\">Filed under the city council and its transport committee meetings</div>"
                + "<div class=\"author-box__content\"><p>Jane Writer covers the city council for the paper since 2009.</p></div>"
                + "<div class=\"RelatedCoverage-container-3AnSP\"><p>Related coverage of the council's other plans</p></div>"
                + "</div></article></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
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
    void aShortStoryInWidgetsNamedWrappersIsNotLostToTheLongThreadUnderIt() {
        // page builders (Elementor, ...) name every wrapper "widget": the story's wrapper holds little of
        // the page's paragraph text once a long comment thread sits under it, but most of what is not comments
        String thread = commentThread(12, 2);
        String html = "<html><body><div class=\"builder-widget-wrap\"><div class=\"builder-widget-container\"><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p></p><p></p><p></p></div></div>" + thread + "</body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aContentNameCountsOnlyAsFarAsItsElementHoldsRunningText() {
        // a "StandardText" cell around one copyright line must not outscore the unnamed container of the story
        String html = "<html><body><table><tr><td><table><tr><td><div><story><bodytext><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></bodytext></story></div></td></tr></table></td></tr><tr><td>"
                + "<a href=\"/\">Home</a> <a href=\"/news\">Local news</a> <a href=\"/sport\">Sport results</a> "
                + "<a href=\"/business\">Business</a> <a href=\"/weather\">Weather today</a> <a href=\"/jobs\">Jobs</a> "
                + "<a href=\"/contact\">Contact us</a></td></tr><tr><td class=\"StandardTextSmall\"><span>Copyright 2008. "
                + "Example Digital, rendered in 531.25 ms</span></td></tr></table></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).startsWith(P1, P2, P3)
                .noneMatch(p -> p.contains("Copyright"));
    }

    @Test
    void aCommentaryIsAnArticleNotReadersComments() {
        String notice = "All material on this site is protected by copyright and may not be reproduced, distributed, "
                + "transmitted or otherwise used without the prior written permission of the publisher, except as "
                + "permitted by law; see our terms of use and privacy policy for the details of what that means for you.";
        String html = "<html><body><div class=\"commentary-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div><table><tr><td><div class=\"legal\"><p>" + notice + "</p></div></td></tr></table>"
                + "</body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
    }
    @Test
    void aStoryTooShortForTheFirstReadingStillBeatsTheCommentThreadUnderIt() {
        String thread = commentThread(12, 1);
        String html = "<html><body><div class=\"builder-widget-wrap\">"
                + "<div class=\"builder-widget-container\"><p>" + P1 + "</p></div></div>" + thread + "</body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1);
    }

    @Test
    void theArticleNextToTheHeadlineBeatsATeaserGridOfLeadSentences() {
        StringBuilder grid = new StringBuilder("<div class=\"grid\">");
        for (int i = 0; i < 3; i++) {
            grid.append("<div class=\"tile\"><a href=\"/s").append(i).append("\">Another story, number ").append(i)
                    .append("</a><p>WASHINGTON, March ").append(i + 1).append(" (AP) - Lawmakers, lobbyists and aides, ")
                    .append("meeting late on Tuesday, agreed on a plan, a draft of which was seen by reporters, to fund ")
                    .append("roads, bridges and rail, officials said.</p></div>");
        }
        grid.append("</div>");
        String html = "<html><head><title>Bridge to close for repairs | Example News</title></head><body>"
                + "<div class=\"c1\"><div class=\"c2\"><h1>Bridge to close for repairs</h1></div><div class=\"c3\"><p>"
                + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></div></div>" + grid + "</body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void captionsWrittenAsParagraphsAreNotText() {
        String html = "<html><body><div class=\"c1\"><p>" + P1 + "</p><p>Abbildung 4: Der Pfeiler im Querschnitt, mit der "
                + "korrodierten Bewehrung.</p><p>" + P2 + "</p><p>The old bridge seen from the river. © AFP / Jane Doe</p><p>"
                + P3 + "</p><p>" + P4 + "</p></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void aLayoutTablesRowOfLinksIsAMenuNotARowOfFigures() {
        String html = "<html><body><table><tr><td><a href=\"/\">Home</a></td><td><a href=\"/f\">Football</a></td>"
                + "<td><a href=\"/c\">Cricket</a></td><td><a href=\"/t\">Tennis</a></td></tr>"
                + "<tr><td><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<table><tr><td>Pier</td><td>Corrosion</td></tr><tr><td>North</td><td>12 %</td></tr></table>"
                + "<p>" + P4 + "</p></td></tr></table></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs())
                .containsExactly(P1, P2, P3, "Pier | Corrosion", "North | 12 %", P4);
    }

    @Test
    void aCookieConsentDialogIsNeverTheArticleHoweverMuchOfThePagesParagraphTextItHolds() {
        // the story is written in <div>s, the consent dialog in <p>s: most of the page's <p> text is the dialog's
        String consent = "These cookies are strictly necessary to provide you with the services and features available "
                + "on our website, and you cannot refuse them without affecting how the site works.";
        String html = "<html><body><div class=\"cookie-consent-wrap\"><div class=\"tab-content\"><p>" + consent + "</p><p>"
                + consent + " Really.</p><p>" + consent + " Twice.</p><p>" + consent + " Thrice.</p></div></div>"
                + "<div class=\"entry\"><div>" + P1 + "</div><div>" + P2 + "</div><div>" + P3 + "</div></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void aStoryTooShortForTheFirstReadingStillBeatsALoginDialog() {
        String notice = "Enter the e-mail address of your account and your password; if you have no account yet, choose a "
                + "display name and we will send you a link to confirm your address within a few minutes.";
        String html = "<html><body><div class=\"x-dialog-login\"><div class=\"panel\"><p>" + notice + "</p><p>" + notice
                + " Again.</p><p>" + notice + " Once more.</p></div></div><div class=\"c-item\"><p>" + P1
                + "</p></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).containsExactly(P1);
    }

    @Test
    void aDeclaredBodyThatIsOnlyTheLeadDoesNotCutTheArticleToItsLead() {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\","
                + "\"articleBody\":\"" + P1 + " " + P2 + "\"}";
        String html = "<html><head><script type=\"application/ld+json\">" + ld + "</script></head><body><div class=\"c1\">"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p><p>" + P3.replace("Buses", "Trams")
                + "</p><p>" + P4.replace("four", "five") + "</p></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).hasSize(6).startsWith(P1, P2, P3, P4);
    }

    @Test
    void aDeclaredBodyThatIsASummaryTheArticleNeverShowsDoesNotReplaceTheArticle() {
        String summary = "Bavaria wants the federal council to let bioenergy plants keep more of their revenue.";
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\","
                + "\"articleBody\":\"" + summary + " " + summary.replace("Bavaria", "The state") + " "
                + summary.replace("Bavaria", "Munich") + "\"}";
        StringBuilder body = new StringBuilder();
        for (String town : List.of("", " in the north", " in the south", " in the west")) {
            for (String p : List.of(P1, P2, P3, P4)) {
                body.append("<p>").append(p.replace(".", town + ".")).append("</p>");
            }
        }
        String html = "<html><head><script type=\"application/ld+json\">" + ld + "</script></head><body><div class=\"c1\">"
                + body + "</div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).hasSize(16).startsWith(P1, P2, P3, P4);
    }

    @Test
    void aDeclaredBodyCutInsideTheFirstParagraphDoesNotReplaceTheArticle() {
        // the cut lead holds under 60 % of the first paragraph's words, so no paragraph confirms it
        String first = P1 + " " + P2 + " " + P3 + " " + P4 + " Shopkeepers near the market square fear losing trade "
                + "while it stays shut, a local association warned, and asked for help with parking.";
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bridge to close\","
                + "\"articleBody\":\"" + first.substring(0, 215) + "&hellip;\"}";
        String html = "<html><head><script type=\"application/ld+json\">" + ld + "</script></head><body><div class=\"c1\">"
                + "<p>" + first + "</p><p>A ferry service may run during the summer months if enough passengers sign up, "
                + "according to its operator.</p><p>Cyclists and pedestrians will still be able to cross on a temporary "
                + "walkway beside it.</p></div></body></html>";

        assertThat(MainTextExtractor.extract(html, null).paragraphs()).hasSize(3).startsWith(first);
    }

    /** A page builder's widget holding a thread of {@code comments} readers' comments of {@code paragraphs} paragraphs. */
    private static String commentThread(int comments, int paragraphs) {
        String comment = "I always love how they talk about the weather, until the vote comes round again, and then they change their minds.";
        StringBuilder thread = new StringBuilder("<div class=\"builder-widget-wrap\"><div id=\"comments\"><ol class=\"comment-list\">");
        for (int i = 0; i < comments; i++) {
            thread.append("<li class=\"comment\"><div class=\"comment-content\">");
            for (int p = 0; p < paragraphs; p++) {
                thread.append("<p>").append(comment).append(p == 0 ? " " + i : "").append("</p>");
            }
            thread.append("</div></li>");
        }
        return thread.append("</ol></div></div>").toString();
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

    @Test
    void aWrapperNamedWidgetAroundThePostContentIsTheArticlesNotFurniture() {
        String lead = "The council approved the budget on Tuesday after a long debate about the cost of the new bridge, "
                + "officials said, and work is to start in the spring.";
        String page = """
                <html><body><div class="site">
                <div class="widget-wrap"><div class="widget theme-post-content"><div class="widget-container">
                  <p>%s</p><p>%s</p><p>Asked about the delay, the mayor said the contracts would be signed this week.</p>
                </div></div></div>
                <div class="sidebar"><p>%s %s</p></div><div class="sidebar about"><p>%s %s</p></div>
                <ol class="comment-list"><li class="comment"><div class="comment-content"><p>%s %s %s</p></div></li></ol>
                </div></body></html>
                """.formatted(lead, lead, lead, lead, lead, lead, lead, lead, lead);

        assertThat(MainTextExtractor.extract(page, null).paragraphs())
                .containsExactly(lead, lead, "Asked about the delay, the mayor said the contracts would be signed this week.");
    }

    @Test
    void anArticleInsideAnArticleBuiltLikeItIsAnotherStoryButAListiclesItemsAreTheStory() {
        String story = "Living a true experience of love is one of the greatest pleasures of life, the author writes, "
                + "and expressing it depends on the ideas of each of us, on what we learned and on what we fear.";
        String other = "Life asks of us optimism and courage to hope for the best and to make the best happen, "
                + "while pessimism only stiffens the smile and keeps everyone where they are.";
        String related = """
                <html><body><article class="fundo post-1"><h1>Only who loves</h1><p>%s</p>
                <article class="fundo post-2"><p>%s</p></article><article class="fundo post-3"><p>%s</p></article>
                </article></body></html>
                """.formatted(story, other, other);
        String listicle = """
                <html><body><article class="single"><h1>Autumn trips</h1><p>%s</p>
                <article class="card"><p>%s</p></article><article class="card"><p>%s</p></article>
                </article></body></html>
                """.formatted(story, other, other);

        assertThat(MainTextExtractor.extract(related, null).paragraphs()).contains(story).doesNotContain(other);
        assertThat(MainTextExtractor.extract(listicle, null).paragraphs()).contains(story, other);
    }

    @Test
    void aBriefingsListOfLinkedLeadsIsTextButATeaserListEndingInItsLinksIsNot() {
        String intro = "Good morning! This is the tech news you need to know this Tuesday, in ten short items.";
        String item = "<li><strong><a href=\"/a\">The state attorney general is investigating the company</a>.</strong> "
                + "The company confirmed it had been contacted by the office, which will focus on its founder.</li>";
        String teaser = "<li><a href=\"/t\">Profit warnings mount</a> The number of warnings rose, a report says. "
                + "<a href=\"/t\">Full Story</a></li>";
        String page = "<html><body><div class=\"story\"><h1>Ten things in tech</h1><p>" + intro + "</p><ol>"
                + item.repeat(4) + "</ol><p>" + intro + "</p><ul>" + teaser.repeat(4) + "</ul></div></body></html>";

        java.util.List<String> paragraphs = MainTextExtractor.extract(page, null).paragraphs();

        assertThat(paragraphs).contains("The state attorney general is investigating the company. The company confirmed it had "
                + "been contacted by the office, which will focus on its founder.");
        assertThat(paragraphs).noneMatch(p -> p.contains("Full Story"));
    }

    @Test
    void aReadersCommentIsNeverTakenForTheArticleEvenWhenTheHintsLeftNoStory() {
        String comment = "Hi, I am a reader in my seventies who has had two financial disasters, and I wonder how your plan "
                + "would help someone like me, given that I have no money to spare and will not go into debt for it.";
        String page = """
                <html><body><div class="widget-wrap"><div class="widget"><p>Shr loss 51 cts vs loss 44 cts</p>
                <p>Net loss 1.8 mln vs loss 1.5 mln</p></div></div>
                <ol class="comment-list"><li class="comment"><div class="comment-content"><p>%s</p></div></li></ol>
                </body></html>
                """.formatted(comment);

        assertThat(MainTextExtractor.extract(page, null).paragraphs()).doesNotContain(comment);
    }

    @Test
    void rubyReadingsGoAndAGlossaryLinksWordsStay() {
        String page = "<html><body><article><h1>Law</h1><p><ruby>子<rt>こ</rt></ruby>どもへの<a href=\"#\" class=\"dicWin\">"
                + "<ruby><span class=\"under\">虐待</span><rt>ぎゃくたい</rt></ruby></a>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>が"
                + "できて、親が子どもを教育するために、たたいたり蹴ったりする体罰を禁止することになりました。</p></article></body></html>";

        assertThat(MainTextExtractor.extract(page, null).paragraphs())
                .anyMatch(p -> p.startsWith("子どもへの虐待をなくすための法律ができて"));
    }

    @Test
    void aReferencesListIsNotTheArticle() {
        String prose = "Given a set of high-dimensional objects, the method first computes probabilities that are "
                + "proportional to the similarity of the objects, and then it lays them out in two dimensions.";
        String ref = "<li>van der Maaten, L.J.P.; Hinton, G.E. (Nov 2008). Visualizing data, vol. 9, pp. 2579, 2605, JMLR, 2008.</li>";
        String page = "<html><body><div class=\"mw-parser-output\"><p>" + prose + "</p><p>" + prose + "</p>"
                + "<div class=\"reflist\"><ol class=\"references\">" + ref.repeat(30) + "</ol></div></div></body></html>";

        assertThat(MainTextExtractor.extract(page, null).paragraphs()).containsExactly(prose, prose);
    }
}
