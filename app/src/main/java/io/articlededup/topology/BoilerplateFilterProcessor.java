package io.articlededup.topology;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.articlededup.model.Article;
import io.articlededup.model.ContentHashes;
import io.articlededup.model.PagePositions;
import io.articlededup.text.Disposition;
import io.articlededup.text.TextNormalizer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Site boilerplate, learned from the stream: records arrive keyed by source, so one task sees every
 * article of a site. A paragraph that at least K distinct earlier articles of the site carried within
 * the retention is boilerplate and is removed; so is a page block at a template position (see
 * {@link PagePositions}) that K distinct earlier articles of the site carried, whatever its words. Distinct articles are counted by title (else content),
 * so that the updates and copy edits of one story on one site do not turn its paragraphs into furniture. Runs before signatures are computed, so two different
 * stories of one site do not look alike because of their shared furniture.
 *
 * <p>State: {@link ParagraphSightingsStore}, a sightings store and its time index, so that each minute's
 * sweep reads only the entries that expire; and a {@link BoilerplateExcerpt} per furniture entry.
 */
final class BoilerplateFilterProcessor implements FixedKeyProcessor<String, Article, Article> {
    private static final Hasher64 HASH = Hashing.komihash5_0();
    private static final int SWEEP_BATCH = 50_000;

    private final String storeName;
    private final String indexName;
    private final String excerptsName;
    private final int threshold;
    private final long retentionMs;
    private FixedKeyProcessorContext<String, Article> context;
    private ParagraphSightingsStore store;
    private KeyValueStore<Bytes, BoilerplateExcerpt> excerpts;

    BoilerplateFilterProcessor(String storeName, String indexName, String excerptsName, int threshold,
                               Duration retention) {
        this.storeName = storeName;
        this.indexName = indexName;
        this.excerptsName = excerptsName;
        this.threshold = threshold;
        this.retentionMs = retention.toMillis();
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.store = new ParagraphSightingsStore(context.getStateStore(storeName), context.getStateStore(indexName));
        this.excerpts = context.getStateStore(excerptsName);
        // expiry by event time; wall-clock scheduling so that it also runs when a site goes quiet
        context.schedule(Duration.ofMinutes(1), PunctuationType.WALL_CLOCK_TIME, now -> sweep());
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        // distinct stories, not distinct texts: variants of one story on one site (an update, a copy edit)
        // share their paragraphs but not their furniture's purpose; their title is what they share
        long story = article.title() == null || article.title().isBlank()
                ? HASH.hashCharsToLong(article.contentHash())
                : HASH.hashCharsToLong(TextNormalizer.normalize(article.title()));
        List<String> paragraphs = article.paragraphs();
        long[] hashes = article.paragraphHashes() != null ? article.paragraphHashes()
                : paragraphs.stream().mapToLong(p -> ContentHashes.paragraphHash(TextNormalizer.normalize(p))).toArray();
        long[] positions = article.templatePositions();
        byte[] source = ParagraphSightingsStore.sourceBytes(article.source());
        List<String> kept = new ArrayList<>(paragraphs.size());
        long[] keptHashes = new long[hashes.length];
        long[] keptPositions = positions == null ? null : new long[positions.length];
        int boilerplate = 0;
        int template = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean byText = sighted(ParagraphSightingsStore.key(source, hashes[i]), story, article.eventTime(),
                    paragraphs.get(i), false);
            // a position is sighted even when the text decides, so the template is learned from every page
            boolean byPosition = positions != null && positions[i] != PagePositions.ARTICLE_TEXT
                    && sighted(ParagraphSightingsStore.positionKey(source, positions[i]), story, article.eventTime(),
                    paragraphs.get(i), true);
            if (byText) {
                boilerplate++;
            } else if (byPosition) {
                template++;
            } else {
                keptHashes[kept.size()] = hashes[i];
                if (keptPositions != null) {
                    keptPositions[kept.size()] = positions[i];
                }
                kept.add(paragraphs.get(i));
            }
        }
        if (boilerplate + template == 0 || kept.isEmpty()) {
            // an article made only of the site's furniture keeps its text: losing a whole article is worse
            context.forward(record);
            return;
        }
        // the content hash stays that of the text as scraped (cleaned of repeats and UI lines), so that an
        // exact re-send is an exact duplicate however much boilerplate was learned in between
        context.forward(record.withValue(article.withParagraphs(kept, Arrays.copyOf(keptHashes, kept.size()),
                keptPositions == null ? null : Arrays.copyOf(keptPositions, kept.size()),
                article.paragraphCounts().withRemoved(Disposition.BOILERPLATE.label(), boilerplate)
                        .withRemoved(Disposition.TEMPLATE.label(), template))));
    }

    /**
     * Records that {@code story} carried the paragraph or position under {@code key}; true when K distinct
     * earlier stories of the source had carried it within the retention. The sighting that makes it
     * furniture also keeps the start of {@code text}, to show what the furniture is.
     */
    private boolean sighted(Bytes key, long story, long time, String text, boolean template) {
        ParagraphSightings stored = store.get(key);
        ParagraphSightings seen = stored != null && stored.lastSeen() < time - retentionMs ? null : stored;
        boolean furniture = seen != null && seen.isBoilerplate(threshold);
        ParagraphSightings updated = seen == null ? ParagraphSightings.first(story, time) : seen.seenBy(story, time, threshold);
        store.put(key, stored, updated);
        if (!furniture && updated.isBoilerplate(threshold)) {
            excerpts.put(key, BoilerplateExcerpt.of(text, template));
        }
        return furniture;
    }

    /**
     * Deletes entries not seen within the retention, a bounded batch per run so one sweep never stalls.
     * The clock is the task's stream time: never behind an article this processor saw, and kept with the
     * committed offsets, so that after a restart it sweeps before the first record arrives.
     */
    private void sweep() {
        long time = context.currentStreamTimeMs();
        if (time > 0) {
            store.expire(time - retentionMs, SWEEP_BATCH, (key, expired) -> {
                // only furniture has an excerpt; an entry with no story keys left crossed some K (a K changed
                // since would hide it from isBoilerplate), and a delete of an absent key would still be
                // written to the changelog
                if (expired.isBoilerplate(threshold) || expired.contents().length == 0) {
                    excerpts.delete(key);
                }
            });
        }
    }
}
