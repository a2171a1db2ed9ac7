package io.articlededup.text.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEndTest {

    private static final String STORY = "The premiers emerged from the meeting saying it offered them a good opportunity to discuss "
            + "their concerns with the Prime Minister, though nothing concrete was announced after three hours.";

    @Test
    void anUnnamedCommentThreadInTheStorysContainerIsCutAtItsHeading() {
        String page = """
                <html><body><div id="content"><h1>Economy dominates premiers' meeting</h1>
                <p>%s</p><p>%s</p><p>%s</p>
                <hr><a name="commentSection"></a><b>Comments are now closed for this story</b><br><br>
                <b>Stephen B</b><br>The time has come to cut the fat from government instead of begging other levels of government to pay the bills, and that is all there is to it.<br><br><hr>
                <br><b>Lina</b><br>The government should not be spending taxpayers' money on industry, which is the responsibility of the private sector, as everyone knows.<br><br><hr>
                <br><b>Frank</b><br>He has a great financial management record, and during his first term the deficit from the previous government was reduced, as promised.<br><br><hr>
                </div></body></html>
                """.formatted(STORY, STORY, STORY);

        List<String> paragraphs = MainTextExtractor.extract(page, null).paragraphs();

        assertThat(paragraphs).containsExactly("Economy dominates premiers' meeting", STORY, STORY, STORY);
    }

    @Test
    void readersSignedCommentsWithoutAHeadingAreCutAtTheFirstSignature() {
        List<PageBlock> blocks = blocks(STORY, STORY, STORY,
                "Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08",
                "Geography is never irrelevant. You have to employ people and find suitable accommodation.",
                "Posted by: Miss Priss on 11:56am Wed 9 Jan 08",
                "People are already employed. What do you think would happen to them all?",
                "Posted by: jim | January 14, 2008 07:20 PM",
                "You make some fair points.");

        assertThat(ArticleEnd.cut(blocks)).extracting(PageBlock::text).containsExactly(STORY, STORY, STORY);
    }

    @Test
    void postsQuotedInsideAStoryAreNotItsEnd() {
        List<PageBlock> blocks = blocks(STORY, STORY, "Posted by SPÖ on Monday, February 7, 2022", STORY,
                "Posted by Pamela Rendi-Wagner on Sunday, February 6, 2022", STORY, STORY, STORY, STORY);

        assertThat(ArticleEnd.cut(blocks)).hasSize(blocks.size());
    }

    @Test
    void aCommentsLinkBesideTheHeadlineAndASentenceAboutAPostDoNotCut() {
        List<PageBlock> blocks = blocks("Comments (5)", STORY, STORY, STORY,
                "The video was posted by the group on its channel on March 3, 2024.", STORY);

        assertThat(ArticleEnd.cut(blocks)).hasSize(blocks.size());
    }

    @Test
    void aRightsNoticeAfterTheStoryEndsIt() {
        List<PageBlock> blocks = blocks(STORY, STORY, STORY,
                "© 2008 Herald & Times Group. All rights reserved. Reproduction in whole or in part without permission is prohibited.",
                "Most read: another story of the day");

        assertThat(ArticleEnd.cut(blocks)).extracting(PageBlock::text).containsExactly(STORY, STORY, STORY);
        assertThat(ArticleEnd.closesStory("Copyright 2008 The Associated Press. All rights reserved. This material may not be "
                + "published, broadcast, rewritten or redistributed.")).isTrue();
        assertThat(ArticleEnd.closesStory("Copyright holders say the new rules help them, the minister said.")).isFalse();
    }

    @Test
    void aStatementWrittenOneShortLinePerParagraphIsTheArticle() {
        String page = """
                <html><body>
                <div class="teasers"><div class="item"><img src="a.jpg"><span>Markets: shares rise in a busy morning session, traders say</span></div>
                <div class="item"><span>Mobile multimedia slow to catch on among the young, a survey of the market finds</span></div></div>
                <div class="story"><h1>Hong Kong Land interim results</h1>
                <p>Six months to Dec 31.</p><p>Shr 16 H.K. Cents vs 11</p><p>Interim div seven cents vs five</p>
                <p>Net 211.03 mln dlrs vs 138.69 mln</p><p>Turnover 583.83 mln dlrs vs 441.04 mln</p></div>
                </body></html>
                """;

        assertThat(MainTextExtractor.extract(page, null).paragraphs())
                .contains("Shr 16 H.K. Cents vs 11", "Turnover 583.83 mln dlrs vs 441.04 mln")
                .noneMatch(p -> p.contains("Mobile multimedia"));
    }

    @Test
    void aRelatedBoxBetweenTheLeadAndTheBodyGoesWithItsHeadingAndTheStoryGoesOn() {
        List<PageBlock> blocks = List.of(
                new PageBlock(STORY, "p", "/article/div.head/p"),
                new PageBlock(STORY, "p", "/article/div.head/p"),
                new PageBlock(STORY, "p", "/article/div.head/p"),
                new PageBlock("Mehr zum Thema", "h6", "/article/div.side/div.box/h6"),
                new PageBlock("Bedingungsloses Grundeinkommen: Geld vom Staat für alle?", "p", "/article/div.side/div.box/p"),
                new PageBlock("Experiment in Finnland", "p", "/article/div.side/div.box/p"),
                new PageBlock("The body of the interview goes on here, after the box, at length.", "p", "/article/div.body/p"));

        assertThat(ArticleEnd.cut(blocks)).extracting(PageBlock::text)
                .containsExactly(STORY, STORY, STORY, "The body of the interview goes on here, after the box, at length.");
    }

    @Test
    void aRelatedHeadingAmongTheStorysOwnParagraphsLosesOnlyItself() {
        List<PageBlock> blocks = blocks(STORY, STORY, STORY, "More Manitoba headlines", STORY);
        List<PageBlock> withHeading = new java.util.ArrayList<>(blocks);
        withHeading.set(3, new PageBlock("Related:", "h2", "/div/h2"));

        assertThat(ArticleEnd.cut(withHeading)).extracting(PageBlock::text).containsExactly(STORY, STORY, STORY, STORY);
        // a paragraph saying so is no heading
        assertThat(ArticleEnd.cut(blocks)).hasSize(5);
    }

    @Test
    void aSponsoredBoxNearTheTopGoesWithItsHeading() {
        List<PageBlock> blocks = List.of(
                new PageBlock("Bank charges: fees unfair?", "div", "/div.story/div.photo/div"),
                new PageBlock("Sponsored Links", "h3", "/div.story/div.photo/div.ads/h3"),
                new PageBlock("Only 6.95 per trade, real-time price quotes, get a free trial now.", "li", "/div.story/div.photo/div.ads/ul/li"),
                new PageBlock(STORY, "p", "/div.story/p"),
                new PageBlock(STORY, "p", "/div.story/p"));

        assertThat(ArticleEnd.cut(blocks)).extracting(PageBlock::text).containsExactly("Bank charges: fees unfair?", STORY, STORY);
    }

    private static List<PageBlock> blocks(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new PageBlock(t, "p", "/div/p")).toList();
    }

    @Test
    void aLineThatPointsToAnotherStoryIsNotTheStorys() {
        assertThat(ArticleEnd.pointsToOtherStory("Lesen Sie auch: Bahn streicht Verbindungen nach Prag")).isTrue();
        assertThat(ArticleEnd.pointsToOtherStory("Czytaj też: Wyścig zbrojeń ruszył z kopyta")).isTrue();
        assertThat(ArticleEnd.pointsToOtherStory("PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?")).isTrue();
        // a label of the story's own, and a quoted sentence after a colon
        assertThat(ArticleEnd.pointsToOtherStory("Read more about the plan in our guide to the budget.")).isFalse();
        assertThat(ArticleEnd.pointsToOtherStory("The minister said: we will read the report before we decide.")).isFalse();
        assertThat(ArticleEnd.pointsToOtherStory("Read: " + STORY + " " + STORY)).isFalse();
    }

    @Test
    void commentFormsCloseTheStoryInSeveralLanguages() {
        assertThat(ArticleEnd.closesStory("Kommentar verfassen")).isTrue();
        assertThat(ArticleEnd.closesStory("Bisherige Kommentare zur Nachricht (0)")).isTrue();
        assertThat(ArticleEnd.closesStory("Laisser un commentaire")).isTrue();
        assertThat(ArticleEnd.closesStory("Deja un comentario")).isTrue();
        assertThat(ArticleEnd.closesStory("The minister left a comment on the draft before the vote.")).isFalse();
    }
}
