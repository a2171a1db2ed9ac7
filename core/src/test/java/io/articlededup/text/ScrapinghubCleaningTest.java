package io.articlededup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real article bodies (Scrapinghub article-extraction-benchmark, MIT) wrapped in the defects a scraper
 * produces. The ground-truth bodies carry no headline, so inference is off where the exact output is
 * checked; its effect on headline-less bodies is measured separately.
 */
class ScrapinghubCleaningTest {

    private static final List<String> TOP_CHROME = List.of("Skip to content", "Advertisement", "Share", "Listen to this article");
    private static final List<String> MIDDLE_CHROME = List.of("Share this article", "Follow us on Twitter", "Advertisement");
    private static final List<String> BOTTOM_CHROME = List.of("12 Comments", "Comments (3)", "Read more", "Back to top");

    private final ParagraphCleaner noInference = new ParagraphCleaner(CleanerSettings.defaults().withInferTitle(false));
    private final UiLineClassifier classifier = new UiLineClassifier();
    private final ParagraphCleaner defaults = new ParagraphCleaner(CleanerSettings.defaults());

    static Stream<Arguments> fixtures() {
        return TestData.groundTruth(TestData.resource("scrapinghub/articles.json")).entrySet().stream()
                .map(e -> Arguments.of(e.getKey().substring(0, 12), e.getValue()));
    }

    private static Path aeb() {
        return TestData.sharedData().resolve("scrapinghub-aeb");
    }

    private static Map<String, String> allArticles() throws IOException {
        Path gt = aeb().resolve("ground-truth.json");
        Assumptions.assumeTrue(Files.isRegularFile(gt),
                "skipped: Scrapinghub ground truth not found at " + gt + " (set -Dshared.data.dir)");
        return TestData.groundTruth(Files.readString(gt));
    }

    static List<String> scraped(List<String> body, int copies) {
        List<String> out = new ArrayList<>(TOP_CHROME);
        for (int c = 0; c < copies; c++) {
            if (c > 0) {
                out.addAll(MIDDLE_CHROME);
            }
            out.addAll(body);
        }
        out.addAll(BOTTOM_CHROME);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void repeatedBodiesCollapseToTheOriginalParagraphs(String id, String articleBody) {
        List<String> body = ParagraphSplitter.split(articleBody);
        // The body's own repeats (a question put to every guest, a label under every item) are text.
        List<String> expected = body;
        assertThat(noInference.clean(null, body).paragraphs()).as("original body of %s", id).isEqualTo(expected);
        for (int copies = 2; copies <= 3; copies++) {
            CleanedArticle a = noInference.clean("Some page title", scraped(body, copies));
            assertThat(a.paragraphs()).as("%s repeated %dx", id, copies).isEqualTo(expected);
            assertThat(a.count(Disposition.UI_LINE))
                    .isEqualTo(TOP_CHROME.size() + (copies - 1) * MIDDLE_CHROME.size() + BOTTOM_CHROME.size());
            assertThat(a.count(Disposition.REPEATED)).isEqualTo(copies * body.size() - expected.size());
        }
    }

    @Test
    void allArticlesRepeatedCleanLikeTheOriginal() throws IOException {
        int articles = 0;
        List<String> different = new ArrayList<>();
        for (Map.Entry<String, String> e : allArticles().entrySet()) {
            List<String> body = ParagraphSplitter.split(e.getValue());
            List<String> once = noInference.clean(null, body).paragraphs();
            for (int copies = 2; copies <= 3; copies++) {
                if (!noInference.clean(null, scraped(body, copies)).paragraphs().equals(once)) {
                    different.add(e.getKey().substring(0, 12) + "x" + copies);
                }
            }
            articles++;
        }
        assertThat(different).as("articles whose 2x/3x scrape cleans differently from the single body (of %d)", articles).isEmpty();
    }

    /**
     * The original bodies are the benchmark's article text, so whatever the cleaner removes from them is
     * a false positive by that standard. The known removals are separator lines ("___"), widget labels
     * that the benchmark kept ("Rating", "UP NEXT", "See more photos:") and one pull quote that repeats
     * a sentence of an earlier paragraph verbatim (removed on purpose as a fragment repeat).
     */
    @Test
    void originalBodiesLoseAlmostNothing() throws IOException {
        int paragraphs = 0;
        int ui = 0;
        int uiWithText = 0;
        int repeated = 0;
        int exactRepeats = 0;
        int inferredTitles = 0;
        int articles = 0;
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, String> e : allArticles().entrySet()) {
            List<String> body = ParagraphSplitter.split(e.getValue());
            exactRepeats += body.size() - TestData.distinct(body).size();
            CleanedArticle a = noInference.clean(null, body);
            paragraphs += a.paragraphsIn();
            ui += a.count(Disposition.UI_LINE);
            repeated += a.count(Disposition.REPEATED);
            java.util.Set<String> keptKeys = new java.util.HashSet<>(a.paragraphKeys());
            for (String p : body) {
                if (!keptKeys.contains(TextNormalizer.normalize(p))) {
                    removed.add(e.getKey().substring(0, 8) + ": " + p);
                }
                if (classifier.isUiLine(p) && p.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    uiWithText++;
                }
            }
            if (defaults.clean(null, body).title() != null) {
                inferredTitles++;
            }
            articles++;
        }
        String report = String.format("scrapinghub-aeb: %d articles, %d paragraphs; removed as UI_LINE %d (%.2f%%), "
                        + "%d of them with any letter or digit (the rest are separator lines like ___), as REPEATED %d (exact repeats in the ground truth: %d); first paragraph inferred as a title "
                        + "with title=null: %d articles; removed: %s",
                articles, paragraphs, ui, 100.0 * ui / paragraphs, uiWithText, repeated, exactRepeats, inferredTitles, removed);
        System.out.println(report);
        assertThat(articles).as(report).isEqualTo(181);
        assertThat(ui).as(report).isLessThanOrEqualTo(paragraphs / 200);
        assertThat(uiWithText).as(report).isLessThanOrEqualTo(paragraphs / 400);
        // Headline-less bodies: every inferred title is a miss, except on sites whose body really starts
        // with the headline (two Korean pages here). Measured 14 of 181.
        assertThat(inferredTitles).as(report).isLessThanOrEqualTo(articles / 10);
        assertThat(repeated - exactRepeats).as(report).isLessThanOrEqualTo(paragraphs / 500);
    }
}
