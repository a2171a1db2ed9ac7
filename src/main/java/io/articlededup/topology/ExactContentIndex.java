package io.articlededup.topology;

import io.articlededup.model.Article;
import io.articlededup.topology.NearDuplicateRecords.ContentOwner;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;

/**
 * Exact duplicates: the first article seen with each content hash. The hash is routed like a band value
 * ({@link BandRouting}), so every copy of one content meets the same task and store, however many
 * partitions the input has. A window store whose segments expire after the retention: it holds
 * rate x retention entries, not all history.
 */
final class ExactContentIndex {
    private final WindowStore<String, ContentOwner> store;
    private final long retentionMs;

    ExactContentIndex(WindowStore<String, ContentOwner> store, Duration retention) {
        this.store = store;
        this.retentionMs = retention.toMillis();
    }

    /** The owner of this content if an earlier article had it within the retention; else this article becomes it. */
    ContentOwner ownerOrRegister(String contentHash, String articleId, long eventTime) {
        ContentOwner owner = earliestOwner(contentHash, eventTime);
        if (owner == null) {
            store.put(contentHash, new ContentOwner(articleId, eventTime), eventTime);
        }
        return owner;
    }

    private ContentOwner earliestOwner(String hash, long eventTime) {
        ContentOwner best = null;
        long from = Math.max(0, eventTime - retentionMs);
        long to = eventTime > Long.MAX_VALUE - retentionMs ? Long.MAX_VALUE : eventTime + retentionMs;
        try (WindowStoreIterator<ContentOwner> it = store.fetch(hash, from, to)) {
            while (it.hasNext()) {
                ContentOwner o = it.next().value;
                if (best == null || Article.compareAge(o.eventTime(), o.id(), best.eventTime(), best.id()) < 0) {
                    best = o;
                }
            }
        }
        return best;
    }
}
