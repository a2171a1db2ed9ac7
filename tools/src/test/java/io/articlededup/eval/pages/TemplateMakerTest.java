package io.articlededup.eval.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TemplateMakerTest {

    static final List<String> STORY = List.of(
            "Shares in the carmaker fell sharply after it cut its forecast for the year.",
            "The company blamed weaker demand in Europe and the cost of new factories.",
            "Analysts said the warning had been expected since the summer.");

    static Template.Fill fill(String url) {
        int[] n = {0};
        return new Template.Fill("Carmaker cuts forecast", STORY, url, Instant.parse("2024-03-01T09:30:00Z"),
                () -> "Teaser number " + (++n[0]) + " about another story today");
    }

    @Test
    void theSlotHoldsTheStoryWhereTheBodyWasAndTheOldBodyIsGone() {
        Template t = TemplateMaker.make(PageFixtures.page("daily.example", "a1", "River floods town centre",
                PageFixtures.oldBody())).template();
        Document doc = Jsoup.parse(t.render(fill("https://daily.example/news/carmaker-1")));

        assertThat(doc.select("div.article-body > p.para").eachText()).isEqualTo(STORY);
        for (String old : PageFixtures.oldBody()) {
            assertThat(doc.html()).doesNotContain(old.substring(0, 30));
        }
        assertThat(doc.select("script[type=application/ld+json]").first().data())
                .contains("\"articleBody\":\"" + String.join("\\n\\n", STORY).substring(0, 40))
                .contains("\"headline\":\"Carmaker cuts forecast\"");
    }

    @Test
    void aLongerStoryContinuesInTheLastPlacesTagAndAShorterOneLeavesPlacesEmpty() {
        Template t = TemplateMaker.make(PageFixtures.page("daily.example", "a1", "River floods town centre",
                PageFixtures.oldBody())).template();
        List<String> longer = List.of("One paragraph here.", "Two paragraphs here.", "Three paragraphs here.",
                "Four paragraphs here.", "Five paragraphs here.");
        Document doc = Jsoup.parse(t.render(new Template.Fill("Long", longer, "https://daily.example/news/long",
                Instant.parse("2024-03-01T09:30:00Z"), () -> "Teaser")));
        Document shorter = Jsoup.parse(t.render(new Template.Fill("Short", longer.subList(0, 2),
                "https://daily.example/news/short", Instant.parse("2024-03-01T09:30:00Z"), () -> "Teaser")));

        assertThat(doc.select("div.article-body > p").eachText()).isEqualTo(longer);
        assertThat(doc.select("div.article-body > *").last().className()).isEqualTo("share");
        assertThat(shorter.select("div.article-body > p.para")).hasSize(3);
        assertThat(shorter.select("div.article-body > p").eachText()).containsExactly(longer.get(0), longer.get(1));
    }

    @Test
    void furnitureIsKeptAndTheArticleMetadataNamesTheStory() {
        Template t = TemplateMaker.make(PageFixtures.page("daily.example", "a1", "River floods town centre",
                PageFixtures.oldBody())).template();
        Document doc = Jsoup.parse(t.render(fill("https://daily.example/news/carmaker-1")));

        assertThat(doc.select("#nav").text()).isEqualTo(PageFixtures.NAV);
        assertThat(doc.select("#footer").text()).isEqualTo(PageFixtures.FOOTER);
        assertThat(doc.select("div.comment").text()).isEqualTo(PageFixtures.COMMENT);
        assertThat(doc.select("div.article-body > div.share").text()).isEqualTo(PageFixtures.SHARE);
        assertThat(doc.title()).isEqualTo("Carmaker cuts forecast | Daily Example");
        assertThat(doc.select("h1").text()).isEqualTo("Carmaker cuts forecast");
        assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo("Carmaker cuts forecast");
        assertThat(doc.select("meta[name=description]").attr("content")).isEqualTo(STORY.get(0));
        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo("https://daily.example/news/carmaker-1");
        assertThat(doc.select("div.dateline").text()).isEqualTo("March 1, 2024");
    }

    @Test
    void teaserLinksGetOtherHeadlinesOnEveryPageAndShortLinksStay() {
        Template t = TemplateMaker.make(PageFixtures.page("daily.example", "a1", "River floods town centre",
                PageFixtures.oldBody())).template();
        Document doc = Jsoup.parse(t.render(fill("https://daily.example/news/carmaker-1")));

        assertThat(doc.select("div.related a").eachText())
                .containsExactly("Teaser number 1 about another story today", "Teaser number 2 about another story today");
        assertThat(doc.html()).doesNotContain(PageFixtures.OLD_TEASER);
        assertThat(doc.select("#nav a").eachText()).containsExactly("Home", "World", "Sport", "Business");
    }

    @Test
    void teaserSummariesNamedAsRelatedContentGetOtherStoriesLeads() {
        GoldPage page = PageFixtures.page("daily.example", "a1", "River floods town centre", PageFixtures.oldBody());
        String summary = "Engineers say the repairs to the storm damaged sea wall will take most of the year.";
        String html = page.html().replace("</ul></div>", "</ul><p class=\"standfirst\">" + summary + "</p></div>");
        GoldPage withSummary = new GoldPage(page.set(), page.id(), page.host(), html, page.title(), page.paragraphs(),
                List.of(), List.of(summary, "More news"));
        Template t = TemplateMaker.make(withSummary).template();
        Document doc = Jsoup.parse(t.render(new Template.Fill("Carmaker cuts forecast", STORY, "https://daily.example/x",
                Instant.parse("2024-03-01T09:30:00Z"), () -> "A headline of four words", () -> "Another story's lead.")));

        assertThat(doc.select("p.standfirst").text()).isEqualTo("Another story's lead.");
        assertThat(doc.select("div.related h3").text()).isEqualTo("More news");
    }

    @Test
    void theSummaryAfterATeaserGetsAnotherStorysLead() {
        GoldPage page = PageFixtures.page("daily.example", "a1", "River floods town centre", PageFixtures.oldBody());
        String summary = "Engineers say the repairs to the storm damaged sea wall will take most of the year.";
        String html = page.html().replace("</a></li>\n<li>", "</a><p class=\"dd\">" + summary + "</p></li>\n<li>");
        Template t = TemplateMaker.make(new GoldPage(page.set(), page.id(), page.host(), html, page.title(),
                page.paragraphs())).template();
        Document doc = Jsoup.parse(t.render(new Template.Fill("Carmaker cuts forecast", STORY, "https://daily.example/x",
                Instant.parse("2024-03-01T09:30:00Z"), () -> "A headline of four words", () -> "Another story's lead.")));

        assertThat(doc.select("p.dd").text()).isEqualTo("Another story's lead.");
        assertThat(doc.select("div.comment").text()).isEqualTo(PageFixtures.COMMENT);
    }

    @Test
    void aBodyWrittenBetweenLineBreaksIsRefilledTheSameWayAndItsBylineKept() {
        Template t = TemplateMaker.make(PageFixtures.brPage("old.example", "b1", "River floods town centre",
                PageFixtures.oldBody())).template();
        Element story = Jsoup.parse(t.render(fill("https://old.example/news/carmaker-1"))).selectFirst("td.story");

        assertThat(story.select("br")).hasSizeGreaterThanOrEqualTo(2 * (STORY.size() - 1));
        assertThat(story.text()).contains("By Ann Writer").contains(STORY.get(0)).contains(STORY.get(2))
                .doesNotContain("river rose");
        assertThat(story.selectFirst("b").text()).isEqualTo("Carmaker cuts forecast");
    }

    @Test
    void aPageThatDoesNotHoldItsGoldBodyMakesNoTemplate() {
        GoldPage page = PageFixtures.page("daily.example", "a2", "River floods town centre", PageFixtures.oldBody());
        GoldPage wrongGold = new GoldPage(page.set(), page.id(), page.host(), page.html(), page.title(), STORY);

        assertThat(TemplateMaker.make(wrongGold).template()).isNull();
        assertThat(TemplateMaker.make(wrongGold).rejected()).isEqualTo("body not found");
    }
}
