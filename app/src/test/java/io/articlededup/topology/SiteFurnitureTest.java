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
import static org.assertj.core.groups.Tuple.tuple;

/** What {@code GET /sources/{source}/boilerplate} reads: excerpts kept as paragraphs become furniture. */
class SiteFurnitureTest {
    private static final int K = 3;
    private static final Duration RETENTION = Duration.ofDays(3);
    private static final long T0 = Instant.parse("2026-11-25T08:00:00Z").toEpochMilli();
    private static final String FOOTER = "Sign up for our daily newsletter. ".repeat(10).trim();

    private final BoilerplateStores stores = new BoilerplateStores();
    private final BoilerplateStores.Context<Article> context = stores.context();
    private final BoilerplateFilterProcessor processor = new BoilerplateFilterProcessor(DedupTopology.BOILERPLATE_STORE,
            DedupTopology.BOILERPLATE_TIME_INDEX, DedupTopology.BOILERPLATE_EXCERPTS, K, RETENTION);

    SiteFurnitureTest() {
        processor.init(context.context);
    }

    private void send(String source, int story, long time, String... furniture) {
        List<String> paragraphs = new java.util.ArrayList<>(List.of("Story " + story + " of " + source + " is its own."));
        paragraphs.addAll(List.of(furniture));
        Article a = new Article(source + story, null, source, "Story " + story, paragraphs, null, time,
                new ParagraphCounts(paragraphs.size(), paragraphs.size(), Map.of()), "hash" + story, null, null, null);
        context.streamTime = Math.max(context.streamTime, time);
        processor.process(InternalFixedKeyRecordFactory.create(new Record<>(source, a, time)));
    }

    private SiteFurniture.Listing read(String source, int limit) {
        return SiteFurniture.read(stores.excerpts, stores.sightings, source, K, limit, 1000);
    }

    @Test
    void listsWhatCrossedTheThresholdMostStampedFirstWithTheStartOfItsText() {
        for (int story = 0; story < 6; story++) {
            send("daily.example", story, T0 + story, FOOTER, story < 3 ? "Advertisement below." : "Read more.");
        }
        // a longer source name that starts with the same characters is another site
        for (int story = 0; story < 4; story++) {
            send("daily.example.org", story, T0 + story, "Other site's footer.");
        }
        assertThat(BoilerplateStores.keys(stores.excerpts)).as("one excerpt per furniture entry, none for stories' own")
                .hasSize(4);

        SiteFurniture.Listing listing = read("daily.example", 10);
        assertThat(listing.entries()).extracting(SiteFurniture.Entry::excerpt, SiteFurniture.Entry::articles)
                .containsExactly(
                        tuple(FOOTER.substring(0, BoilerplateExcerpt.MAX_CHARS), 6),
                        // as often as each other: the one seen last first
                        tuple("Read more.", 3),
                        tuple("Advertisement below.", 3));
        assertThat(listing.total()).isEqualTo(3);
        assertThat(listing.truncated()).isFalse();
        assertThat(listing.entries().get(0).lastSeen()).isEqualTo(T0 + 5);
        assertThat(read("daily.example", 1).entries()).hasSize(1);
        assertThat(read("daily.example", 1).total()).isEqualTo(3);
        assertThat(read("daily.example.org", 10).entries()).extracting(SiteFurniture.Entry::excerpt)
                .containsExactly("Other site's footer.");
        assertThat(read("unknown.example", 10).entries()).isEmpty();
        assertThat(SiteFurniture.read(stores.excerpts, stores.sightings, "daily.example", K, 10, 2).truncated()).isTrue();
    }

    @Test
    void anExcerptExpiresWithItsSightings() {
        for (int story = 0; story < 3; story++) {
            send("daily.example", story, T0 + story, FOOTER);
        }
        assertThat(read("daily.example", 10).total()).isEqualTo(1);
        context.streamTime = T0 + RETENTION.plusDays(1).toMillis();
        context.punctuator.punctuate(T0);
        assertThat(BoilerplateStores.keys(stores.sightings)).isEmpty();
        assertThat(BoilerplateStores.keys(stores.excerpts)).isEmpty();
        assertThat(read("daily.example", 10).entries()).isEmpty();
    }
}
