package io.articlededup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class HtmlParagraphExtractorTest {

    @Test
    void blocksBecomeParagraphsAndScriptsDisappear() {
        String html = """
                <!doctype html><html><head><title>Rafah talks | Axios</title>
                <style>p { color: red }</style><script>var share = "Share";</script></head>
                <body><nav><ul><li>Home</li><li>World</li></ul></nav>
                <article><h1>Rafah talks</h1>
                <p>The U.S. and Israel are expected to hold a <a href="#">virtual</a> meeting.</p>
                <div>Officials said <b>so</b> on Monday.<br><br>A second meeting is planned.</div>
                <div>Line one<br>still one paragraph</div>
                <blockquote>A quote.</blockquote><figure><img src="x.jpg"><figcaption>A caption.</figcaption></figure>
                <table><tr><td>Cell A</td><td>Cell B</td></tr></table>
                <noscript>Enable JavaScript</noscript><template><p>hidden</p></template><svg><text>icon</text></svg>
                <iframe src="ad.html">frame text</iframe></article></body></html>""";
        ExtractedPage page = HtmlParagraphExtractor.extract(html);
        assertThat(page.title()).isEqualTo("Rafah talks");
        assertThat(page.paragraphs()).containsExactly(
                "Home", "World", "Rafah talks",
                "The U.S. and Israel are expected to hold a virtual meeting.",
                "Officials said so on Monday.", "A second meeting is planned.",
                "Line one still one paragraph", "A quote.", "A caption.", "Cell A", "Cell B");
    }

    @Test
    void titleFallsBackFromTitleElementToFirstH1() {
        assertThat(HtmlParagraphExtractor.extract("<title> Only a title </title><p>Text.</p>").title()).isEqualTo("Only a title");
        assertThat(HtmlParagraphExtractor.extract("<h1>Only a headline</h1><p>Text.</p>").title()).isEqualTo("Only a headline");
        assertThat(HtmlParagraphExtractor.extract("<title>Site name</title><h1>Other headline</h1>").title()).isEqualTo("Site name");
        assertThat(HtmlParagraphExtractor.extract("<p>Text.</p>").title()).isNull();
        assertThat(HtmlParagraphExtractor.extract(null).paragraphs()).isEmpty();
        assertThat(HtmlParagraphExtractor.extract("   ").title()).isNull();
    }

    @Test
    void brokenHtmlStillYieldsItsText() {
        ExtractedPage page = HtmlParagraphExtractor.extract("<p>First <b>bold <i>and</p><p>Second</div></span><li>Third<li>Fourth &amp; &nbsp;last");
        assertThat(page.paragraphs()).containsExactly("First bold and", "Second", "Third", "Fourth & last");
    }

    @Test
    void tenThousandDeepNestingNeitherOverflowsNorLosesText() {
        String deep = "<div>".repeat(10_000) + "deep text" + "</div>".repeat(10_000)
                + "<span>".repeat(10_000) + "inline text" + "</span>".repeat(10_000) + "<p>after</p>";
        ExtractedPage page = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> HtmlParagraphExtractor.extract(deep));
        assertThat(page.paragraphs()).contains("deep text", "after");
        assertThat(String.join(" ", page.paragraphs())).contains("inline text");
    }

    @Test
    void realScrapinghubPageContainsTheGroundTruthBody() {
        for (String id : List.of("0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a",
                "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856")) {
            String html = TestData.resource("scrapinghub/html/" + id + ".html.gz");
            String body = TestData.groundTruth(TestData.resource("scrapinghub/articles.json")).get(id);
            List<String> truth = ParagraphSplitter.split(body);
            ExtractedPage page = HtmlParagraphExtractor.extract(html);
            List<String> keys = page.paragraphs().stream().map(TextNormalizer::normalize).toList();
            assertThat(page.title()).as(id).isNotBlank();
            assertThat(keys).as(id).contains(TextNormalizer.normalize(truth.get(0)));
            long found = truth.stream().map(TextNormalizer::normalize).filter(keys::contains).count();
            System.out.printf("scrapinghub %s: %d of %d ground-truth paragraphs found verbatim among %d extracted; title %s%n",
                    id.substring(0, 8), found, truth.size(), page.paragraphs().size(), page.title());
            // Cleaning the extracted page keeps that paragraph.
            CleanedArticle clean = new ParagraphCleaner(CleanerSettings.defaults()).clean(page.title(), page.paragraphs());
            assertThat(clean.paragraphKeys()).as(id).contains(TextNormalizer.normalize(truth.get(0)));
        }
    }
}
