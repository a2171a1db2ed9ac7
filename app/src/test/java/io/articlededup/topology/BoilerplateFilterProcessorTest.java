package io.articlededup.topology;

import io.articlededup.model.Article;
import io.articlededup.model.ParagraphCounts;
import org.apache.kafka.streams.processor.api.InternalFixedKeyRecordFactory;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The processor on its own, over stores that outlive it, as they do a restart or a task migration. */
class BoilerplateFilterProcessorTest {
    private static final String FOOTER = "Sign up for our daily newsletter to get the best of our journalism every morning.";
    private static final Duration RETENTION = Duration.ofDays(3);
    private static final long T0 = Instant.parse("2026-11-25T08:00:00Z").toEpochMilli();

    private final BoilerplateStores stores = new BoilerplateStores();

    private static Article article(int story, long time) {
        List<String> paragraphs = List.of("Story number " + story + " has facts of its own, told once.", FOOTER);
        return new Article("a" + story + "-" + time, "https://daily.example/" + story, "daily.example",
                "Story " + story, paragraphs, null, time, new ParagraphCounts(2, 2, Map.of()), "hash" + story, null, null, null);
    }

    private record Running(BoilerplateFilterProcessor processor, BoilerplateStores.Context<Article> context) {
        boolean keepsFooter(int story, long time) {
            context.forwarded.clear();
            context.streamTime = Math.max(context.streamTime, time); // as the task does before it hands a record on
            Article a = article(story, time);
            processor.process(InternalFixedKeyRecordFactory.create(new Record<>(a.source(), a, time)));
            return context.forwarded.get(0).value().paragraphs().contains(FOOTER);
        }
    }

    /** A new processor instance over the stores, as Kafka Streams creates one for a restored task. */
    private Running start() {
        BoilerplateStores.Context<Article> c = stores.context();
        BoilerplateFilterProcessor p = new BoilerplateFilterProcessor(DedupTopology.BOILERPLATE_STORE,
                DedupTopology.BOILERPLATE_TIME_INDEX, DedupTopology.BOILERPLATE_EXCERPTS, 3, RETENTION);
        p.init(c.context);
        return new Running(p, c);
    }

    @Test
    void whatOneInstanceLearnedAnotherUsesAndExpires() {
        Running first = start();
        for (int i = 0; i < 3; i++) {
            assertThat(first.keepsFooter(i, T0 + i * 60_000L)).as("story %d", i).isTrue();
        }

        Running restarted = start();
        assertThat(restarted.keepsFooter(3, T0 + Duration.ofHours(1).toMillis())).isFalse();
        assertThat(BoilerplateStores.keys(stores.sightings)).hasSize(5); // four stories' own paragraphs + footer

        // four days on, the footer's sightings have expired: it counts as new again
        long later = T0 + RETENTION.plusDays(1).toMillis();
        assertThat(restarted.keepsFooter(4, later)).isTrue();
        // and the restarted instance's sweep finds what the first one wrote, reading only that
        stores.resetCounts();
        restarted.context().punctuator.punctuate(later);
        assertThat(stores.iterated).isEqualTo(4);
        assertThat(stores.gets).isEqualTo(4);
        assertThat(BoilerplateStores.keys(stores.sightings)).hasSize(2); // story 4's paragraph and the footer
        assertThat(BoilerplateStores.keys(stores.byTime)).hasSize(2);
    }

    @Test
    void aRestartedInstanceSweepsBeforeItsFirstRecordFromTheTasksStreamTime() {
        Running first = start();
        for (int i = 0; i < 3; i++) {
            first.keepsFooter(i, T0 + i * 60_000L);
        }
        assertThat(BoilerplateStores.keys(stores.sightings)).isNotEmpty();

        Running restarted = start();
        restarted.context().punctuator.punctuate(T0);
        assertThat(BoilerplateStores.keys(stores.sightings)).as("stream time unknown: nothing to go by").isNotEmpty();
        // the task's stream time (restored with the committed offsets) is past the retention of them all
        restarted.context().streamTime = T0 + RETENTION.plusDays(1).toMillis();
        restarted.context().punctuator.punctuate(T0);
        assertThat(BoilerplateStores.keys(stores.sightings)).isEmpty();
        assertThat(BoilerplateStores.keys(stores.byTime)).isEmpty();
    }

    /**
     * A page's teaser box at one template position, with other words on every page: after K distinct stories
     * it is template and removed with that reason, while the article's own container (position 0) never is,
     * and a re-scrape of one story does not count as a second page.
     */
    @Test
    void aTemplatePositionIsLearnedFromDistinctStoriesWhateverItsWords() {
        Running p = start();
        long teaserBox = 0x5eed_0001L;
        java.util.function.IntFunction<Article> page = story -> new Article("t" + story, null, "daily.example",
                "Story " + story, List.of("Story " + story + " is told in this paragraph, once.",
                        "Also read: teaser headline number " + story * 7), null, T0 + story, new ParagraphCounts(2, 2, Map.of()),
                "hash" + story, null, null, new long[] {0, teaserBox});
        List<Article> out = new java.util.ArrayList<>();
        for (int story : new int[] {1, 1, 2, 3, 4}) {
            p.context().forwarded.clear();
            Article a = page.apply(story);
            p.processor().process(InternalFixedKeyRecordFactory.create(new Record<>(a.source(), a, a.eventTime())));
            out.add(p.context().forwarded.get(0).value());
        }
        for (int i = 0; i < 4; i++) {
            assertThat(out.get(i).paragraphs()).as("page %d: position seen on fewer than 3 earlier stories", i).hasSize(2);
        }
        Article fourth = out.get(4);
        assertThat(fourth.paragraphs()).containsExactly("Story 4 is told in this paragraph, once.");
        assertThat(fourth.templatePositions()).containsExactly(0L);
        assertThat(fourth.paragraphCounts().removed()).containsEntry("template", 1);
        assertThat(fourth.paragraphCounts().kept()).isEqualTo(1);
    }
}
