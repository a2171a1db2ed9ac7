package io.articlededup.eval.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlededup.eval.BaseCorpus;
import io.articlededup.eval.Fixtures;
import io.articlededup.eval.Kinds;
import io.articlededup.eval.LabelledEvent;
import io.articlededup.eval.LabelledStreamBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlStreamBuilderTest {

    static final HtmlStreamBuilder.Spec SPEC = new HtmlStreamBuilder.Spec(7L, 120, 3);
    static final BaseCorpus BASE = BaseCorpus.of(Fixtures.docs(400, 7));
    static final HtmlStream STREAM = new HtmlStreamBuilder(SPEC).build(BASE, Portals.choose(List.of(pages()), 3));
    static final Map<String, LabelledEvent> BY_ID = new HashMap<>();

    static {
        STREAM.events().forEach(e -> BY_ID.put(e.id(), e));
    }

    /** Three portals of two pages each. */
    private static List<GoldPage> pages() {
        List<GoldPage> out = new ArrayList<>();
        for (String host : List.of("north.example", "south.example", "east.example")) {
            out.add(PageFixtures.page(host, host + "-1", "River floods town centre", PageFixtures.oldBody()));
            out.add(PageFixtures.brPage(host, host + "-2", "River floods town centre", PageFixtures.oldBody()));
        }
        return out;
    }

    @Test
    void eventsCarryTheTextStreamsStoriesClustersAndKinds() {
        List<LabelledEvent> text = new LabelledStreamBuilder(HtmlStreamBuilder.textSpec(SPEC)).build(BASE);

        assertThat(STREAM.events()).extracting(LabelledEvent::id).isEqualTo(text.stream().map(LabelledEvent::id).toList());
        assertThat(STREAM.events()).extracting(LabelledEvent::clusterId)
                .isEqualTo(text.stream().map(LabelledEvent::clusterId).toList());
        assertThat(STREAM.events()).extracting(LabelledEvent::kind).isEqualTo(text.stream().map(LabelledEvent::kind).toList());
        assertThat(STREAM.events()).extracting(LabelledEvent::kind)
                .contains(Kinds.EXACT_RESEND, Kinds.RESCRAPE, Kinds.SYNDICATED, Kinds.COPY_EDIT, Kinds.HARD_NEGATIVE);
        for (int i = 0; i < text.size(); i++) {
            assertThat(STREAM.stories().get(text.get(i).id()).paragraphs()).isEqualTo(text.get(i).contentParagraphs());
        }
    }

    @Test
    void theSameSpecAndPagesGiveTheSameEventsByteForByte() {
        HtmlStream again = new HtmlStreamBuilder(SPEC).build(BASE, Portals.choose(List.of(pages()), 3));
        HtmlStream other = new HtmlStreamBuilder(new HtmlStreamBuilder.Spec(8L, 120, 3))
                .build(BASE, Portals.choose(List.of(pages()), 3));

        assertThat(again.events()).extracting(e -> e.raw().toString())
                .isEqualTo(STREAM.events().stream().map(e -> e.raw().toString()).toList());
        assertThat(other.events()).extracting(e -> e.raw().toString())
                .isNotEqualTo(STREAM.events().stream().map(e -> e.raw().toString()).toList());
    }

    @Test
    void everyPageShowsItsOwnStoryAndItsPortalsFurniture() {
        for (LabelledEvent e : STREAM.events()) {
            Document doc = Jsoup.parse(e.raw().get("html").asText());
            StoryText story = STREAM.stories().get(e.id());
            for (String p : story.paragraphs()) {
                assertThat(doc.text()).contains(p);
            }
            assertThat(doc.text()).contains(PageFixtures.FOOTER).doesNotContain("river rose");
            assertThat(doc.title()).startsWith(story.title());
            assertThat(e.raw().get("url").asText()).startsWith("https://" + STREAM.portalOf().get(e.id()) + "/");
            assertThat(e.raw().has("paragraphs") || e.raw().has("body") || e.raw().has("title")).isFalse();
        }
    }

    @Test
    void copiesAreThePagesTheirKindSays() {
        int rescrapes = 0;
        for (LabelledEvent e : STREAM.events()) {
            LabelledEvent first = BY_ID.get(e.clusterId());
            String html = e.raw().get("html").asText();
            String firstHtml = first.raw().get("html").asText();
            switch (e.kind()) {
                case Kinds.EXACT_RESEND -> assertThat(html).isEqualTo(firstHtml);
                case Kinds.RESCRAPE -> {
                    assertThat(e.raw().get("url")).isEqualTo(first.raw().get("url"));
                    assertThat(STREAM.stories().get(e.id())).isEqualTo(STREAM.stories().get(first.id()));
                    rescrapes += html.equals(firstHtml) ? 0 : 1;
                }
                case Kinds.SYNDICATED -> assertThat(STREAM.portalOf().get(e.id())).isNotEqualTo(STREAM.portalOf().get(first.id()));
                case Kinds.COPY_EDIT, Kinds.PARAGRAPH_ADDED, Kinds.PARAGRAPH_DROPPED ->
                        assertThat(STREAM.portalOf().get(e.id())).isEqualTo(STREAM.portalOf().get(first.id()));
                default -> {
                }
            }
        }
        // the teasers are drawn again for a re-scrape, so its page is not the first one's
        assertThat(rescrapes).isPositive();
    }

    @Test
    void aHardNegativeIsADifferentStoryOnTheTemplateOfAnEarlierStoryOfItsPortal() {
        List<LabelledEvent> hard = STREAM.events().stream().filter(e -> e.kind().equals(Kinds.HARD_NEGATIVE)).toList();
        assertThat(hard).isNotEmpty();
        for (LabelledEvent h : hard) {
            assertThat(h.clusterId()).isEqualTo(h.id());
            String layout = layout(h);
            assertThat(STREAM.events().stream().filter(e -> e.id().equals(e.clusterId()) && e.id().compareTo(h.id()) < 0)
                    .filter(e -> STREAM.portalOf().get(e.id()).equals(STREAM.portalOf().get(h.id())))
                    .map(HtmlStreamBuilderTest::layout)).contains(layout);
        }
    }

    /** The page with its text taken out: what two pages of one template have in common. */
    private static String layout(LabelledEvent e) {
        Document doc = Jsoup.parse(e.raw().get("html").asText());
        doc.getAllElements().forEach(el -> el.textNodes().forEach(t -> t.text("")));
        doc.select("meta, link, script").remove();
        return doc.body().html();
    }
}
