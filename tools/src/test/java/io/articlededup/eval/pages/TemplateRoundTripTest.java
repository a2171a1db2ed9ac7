package io.articlededup.eval.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlededup.testdata.SharedData;
import io.articlededup.text.page.MainTextExtractor;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A template with its own page's body poured back must read like the page it was made from: the extractor
 * finds about as much of the body, and takes about as much furniture with it, as on the real page. If the
 * template lost furniture or left the old body around, the two would part.
 */
class TemplateRoundTripTest {

    @Test
    void theExtractorReadsARefilledTemplateAsItReadsTheRealPage() {
        Assumptions.assumeTrue(Files.isDirectory(SharedData.dir().resolve("scrapinghub-aeb")),
                "shared data folder " + SharedData.dir().resolve("scrapinghub-aeb") + " is absent: skipping");
        TextScore real = new TextScore();
        TextScore refilled = new TextScore();
        int made = 0;
        List<GoldPage> pages = GoldPages.aeb();
        for (GoldPage page : pages) {
            Template t = TemplateMaker.make(page).template();
            if (t == null) {
                continue;
            }
            made++;
            String url = "https://" + page.host() + "/news/round-trip";
            StoryText body = new StoryText("", page.paragraphs());
            real.add(body, "", MainTextExtractor.extract(page.html(), url).paragraphs());
            String html = t.render(new Template.Fill(page.title(), page.paragraphs(), url,
                    Instant.parse("2024-03-01T00:00:00Z"), () -> "A teaser headline of another story"));
            refilled.add(body, "", MainTextExtractor.extract(html, url).paragraphs());
        }
        System.out.printf("round trip on %d of %d AEB pages: real page P %.4f R %.4f, refilled template P %.4f R %.4f%n",
                made, pages.size(), real.precision(), real.recall(), refilled.precision(), refilled.recall());

        assertThat(made).isGreaterThan(pages.size() * 3 / 4);
        assertThat(refilled.precision()).isBetween(real.precision() - 0.03, real.precision() + 0.03);
        assertThat(refilled.recall()).isBetween(real.recall() - 0.01, real.recall() + 0.03);
    }
}
