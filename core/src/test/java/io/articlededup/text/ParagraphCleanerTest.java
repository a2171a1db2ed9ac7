package io.articlededup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ParagraphCleanerTest {

    private static final String SEED_TITLE = "U.S. and Israel set to hold a virtual meeting on Rafah Monday";

    private final ParagraphCleaner cleaner = new ParagraphCleaner(CleanerSettings.defaults());

    private static List<String> seedLines() {
        return TestData.resource("seed/scraped-article-rafah.txt").lines().toList();
    }

    private static void assertConsistent(CleanedArticle a) {
        assertThat(a.count(Disposition.KEPT)).isEqualTo(a.paragraphs().size());
        assertThat(a.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(a.paragraphsIn());
        assertThat(a.counts()).containsOnlyKeys(Disposition.values());
        assertThat(a.count(Disposition.BOILERPLATE)).isZero();
        assertThat(a.paragraphKeys()).isEqualTo(a.paragraphs().stream().map(TextNormalizer::normalize).toList());
    }

    @Test
    void seedWithInferredTitle() {
        List<String> lines = seedLines();
        CleanedArticle a = cleaner.clean(null, ParagraphSplitter.split(String.join("\n", lines)));

        assertThat(a.title()).isEqualTo(SEED_TITLE).isEqualTo(lines.get(0));
        assertThat(a.paragraphs()).containsExactlyElementsOf(lines.subList(1, 10));
        assertThat(a.count(Disposition.KEPT)).isEqualTo(9);
        assertThat(a.count(Disposition.REPEATED)).isEqualTo(18);
        assertThat(a.count(Disposition.HEADLINE)).isEqualTo(2);
        assertThat(a.count(Disposition.UI_LINE)).isEqualTo(2);
        assertThat(a.paragraphsIn()).isEqualTo(31);
        assertConsistent(a);
    }

    @Test
    void seedWithGivenTitle() {
        List<String> lines = seedLines();
        CleanedArticle a = cleaner.clean(SEED_TITLE, ParagraphSplitter.split(TestData.resource("seed/scraped-article-rafah.txt")));
        assertThat(a.title()).isEqualTo(SEED_TITLE);
        assertThat(a.paragraphs()).containsExactlyElementsOf(lines.subList(1, 10));
        assertThat(a.counts()).containsEntry(Disposition.KEPT, 9).containsEntry(Disposition.REPEATED, 18)
                .containsEntry(Disposition.HEADLINE, 2).containsEntry(Disposition.UI_LINE, 2);
        assertConsistent(a);
    }

    @Test
    void givenTitleWithSiteSuffixStillRemovesTheBareHeadline() {
        List<String> lines = seedLines();
        CleanedArticle a = cleaner.clean(SEED_TITLE + " | Axios", lines);
        assertThat(a.count(Disposition.HEADLINE)).isEqualTo(2);
        assertThat(a.paragraphs()).containsExactlyElementsOf(lines.subList(1, 10));
    }

    @Test
    void copiesDifferingOnlyInTypographyAreRepeats() {
        List<String> lines = seedLines();
        String retyped = "Senior Israeli officials said holding a virtual meeting is a way for Netanyahu to \u2018save face\u2019"
                + "\u00A0and have a discussion with the White House about Rafah without sending a delegation to Washington. ";
        CleanedArticle a = cleaner.clean(SEED_TITLE, List.of(lines.get(4), retyped.toUpperCase()));
        assertThat(a.paragraphs()).containsExactly(lines.get(4));
        assertThat(a.count(Disposition.REPEATED)).isEqualTo(1);
    }

    @Test
    void firstSentenceIsNotMistakenForATitle() {
        List<String> lines = seedLines().subList(1, 10);
        CleanedArticle a = cleaner.clean(null, lines);
        assertThat(a.title()).isNull();
        assertThat(a.paragraphs()).containsExactlyElementsOf(lines);
        assertThat(a.count(Disposition.HEADLINE)).isZero();
    }

    @Test
    void headlineIsInferredBehindLeadingChromeButNotFromBylinesOrDatelines() {
        List<String> body = seedLines().subList(1, 4);
        CleanedArticle a = cleaner.clean(null, concat(List.of("Skip to content", SEED_TITLE), body));
        assertThat(a.title()).isEqualTo(SEED_TITLE);
        assertThat(a.paragraphs()).containsExactlyElementsOf(body);

        assertThat(cleaner.clean(null, concat(List.of("By Barak Ravid"), body)).title()).isNull();
        assertThat(cleaner.clean(null, concat(List.of("March 25, 2024"), body)).title()).isNull();
        assertThat(cleaner.clean(null, concat(List.of("BAAR, SWITZERLAND"), body)).title()).isNull();
        // Real first lines of scrapinghub bodies: a sentence ending inside quotes, two short sentences.
        assertThat(cleaner.clean(null, concat(List.of("South Dakota Gov. Kristi Noem (R) is defending the slogan \u201CMeth, we\u2019re on it.\u201D"), body)).title()).isNull();
        assertThat(cleaner.clean(null, concat(List.of("This shop has been compensated by its advertiser. All opinions are mine alone #Healthy"), body)).title()).isNull();
        assertThat(cleaner.clean(null, concat(List.of("先日、20代の男性が逮捕されたというニュースを耳にしました。"), body)).title()).isNull();
        assertThat(cleaner.clean(null, concat(List.of("Is this the end of the Rafah talks?"), body)).title()).isEqualTo("Is this the end of the Rafah talks?");
        // A page that is nothing but one short line keeps it as text.
        assertThat(cleaner.clean(null, List.of(SEED_TITLE)).paragraphs()).containsExactly(SEED_TITLE);
    }

    @Test
    void inferenceCanBeSwitchedOffAndRespectsTheWordLimit() {
        List<String> lines = seedLines();
        CleanedArticle off = new ParagraphCleaner(CleanerSettings.defaults().withInferTitle(false)).clean(null, lines.subList(0, 10));
        assertThat(off.title()).isNull();
        assertThat(off.paragraphs()).hasSize(10);
        CleanedArticle tight = new ParagraphCleaner(CleanerSettings.defaults().withMaxHeadlineWords(5)).clean(null, lines.subList(0, 10));
        assertThat(tight.title()).isNull();
    }

    @Test
    void truncatedTeaserIsARepeatBeforeOrAfterTheFullParagraph() {
        List<String> body = seedLines().subList(1, 10);
        String lead = body.get(0);
        String teaserCutMidWord = lead.substring(0, 75) + "…";
        String teaserWithLink = lead.substring(0, 120) + "... Read more »";

        CleanedArticle before = cleaner.clean(SEED_TITLE, concat(List.of(teaserCutMidWord), body));
        assertThat(before.paragraphs()).containsExactlyElementsOf(body);
        assertThat(before.count(Disposition.REPEATED)).isEqualTo(1);

        CleanedArticle after = cleaner.clean(SEED_TITLE, concat(body, List.of(teaserWithLink)));
        assertThat(after.paragraphs()).containsExactlyElementsOf(body);
    }

    @Test
    void shortEllipsisParagraphsAreNotTakenForTeasers() {
        // From the scrapinghub ground truth: a paywalled body really ends in "All...".
        List<String> body = List.of("All of this started long ago, and it has not stopped since then.", "All...", "Wait...");
        CleanedArticle a = cleaner.clean("Title here", body);
        assertThat(a.paragraphs()).containsExactlyElementsOf(body);
    }

    @Test
    void bodyCapturedAgainWithDifferentParagraphBreaksIsRepeated() {
        List<String> body = seedLines().subList(1, 10);
        List<String> merged = new ArrayList<>();
        for (int i = 0; i < body.size(); i += 2) {
            merged.add(i + 1 < body.size() ? body.get(i) + " " + body.get(i + 1) : body.get(i));
        }
        CleanedArticle a = cleaner.clean(SEED_TITLE, concat(body, merged));
        assertThat(a.paragraphs()).containsExactlyElementsOf(body);
        assertThat(a.count(Disposition.REPEATED)).isEqualTo(merged.size());

        // The other way round: first capture merged, second split; the split copies are fragments.
        CleanedArticle b = cleaner.clean(SEED_TITLE, concat(merged, body));
        assertThat(b.paragraphs()).containsExactlyElementsOf(merged);
    }

    @Test
    void shortSentenceInsideAnEarlierParagraphIsKept() {
        String p1 = "The minister spoke for an hour. He declined to comment.";
        String p2 = "He declined to comment.";
        assertThat(cleaner.clean("T", List.of(p1, p2)).paragraphs()).containsExactly(p1, p2);
    }

    @Test
    void blankAndNullInputs() {
        CleanedArticle a = cleaner.clean(null, java.util.Arrays.asList("", " \u00A0", "Real text goes here, in a sentence."));
        assertThat(a.count(Disposition.UI_LINE)).isEqualTo(2);
        assertThat(a.paragraphs()).containsExactly("Real text goes here, in a sentence.");
        assertConsistent(a);
        CleanedArticle empty = cleaner.clean(null, null);
        assertThat(empty.paragraphsIn()).isZero();
        assertThat(empty.paragraphs()).isEmpty();
        assertConsistent(empty);
    }

    @Test
    void resultIsImmutable() {
        CleanedArticle a = cleaner.clean(null, seedLines());
        a.counts().put(Disposition.KEPT, 1000);
        assertThat(a.count(Disposition.KEPT)).isEqualTo(9);
    }

    @Test
    void labels() {
        assertThat(Stream.of(Disposition.values()).map(Disposition::label))
                .containsExactly("kept", "repeated", "headline", "ui_line", "boilerplate", "template");
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) {
            out.addAll(p);
        }
        return out;
    }
}
