package io.articlededup.topology;

import io.articlededup.model.Article;
import io.articlededup.topology.DuplicateCheckRecords.ContentOwner;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Exact duplicates: the earliest article, by (event time, id), seen with each content hash. The hash is
 * routed like a band value ({@link BandRouting}), so every copy of one content meets the same task and
 * store, however many partitions the input has. A window store under (content hash, time bucket) whose
 * segments expire after the retention: it holds rate x retention entries, not all history, and every read
 * is a point lookup ({@link TimeBuckets}). A bucket keeps the earliest owner of the content in it.
 *
 * <p>Owners follow the same order as near-duplicate candidates: a duplicate always points at an older
 * article (or at one already published as canonical), never at a newer one, so the duplicate links of
 * the exact and the near checks together can never form a cycle, a cluster without a canonical. When an
 * older copy arrives after a newer one took the content, the older one becomes the owner and the newer
 * one is sent a late notice, as in the band index.
 */
final class ExactContentIndex {
    private final WindowStore<String, ContentOwner> store;
    private final TimeBuckets buckets;

    ExactContentIndex(WindowStore<String, ContentOwner> store, TimeBuckets buckets) {
        this.store = store;
        this.buckets = buckets;
    }

    /**
     * The owner of this content if an older article (or this one, re-sent) had it within the retention;
     * else this article becomes the owner, and {@code displaced} is the newer one it took the content from.
     */
    record Lookup(ContentOwner owner, ContentOwner displaced) {
    }

    Lookup ownerOrRegister(String contentHash, String articleId, long eventTime, String route, long latest) {
        ContentOwner owner = earliestOwner(contentHash, eventTime, latest);
        if (owner != null && (owner.id().equals(articleId)
                || Article.compareAge(owner.eventTime(), owner.id(), eventTime, articleId) < 0)) {
            return new Lookup(owner, null);
        }
        store.put(contentHash, new ContentOwner(articleId, eventTime, route), buckets.start(eventTime));
        return new Lookup(null, owner);
    }

    private ContentOwner earliestOwner(String hash, long eventTime, long latest) {
        ContentOwner best = null;
        for (long bucket : buckets.around(eventTime, latest)) {
            ContentOwner o = store.fetch(hash, bucket);
            if (o != null && buckets.within(o.eventTime(), eventTime) && (best == null
                    || Article.compareAge(o.eventTime(), o.id(), best.eventTime(), best.id()) < 0)) {
                best = o;
            }
        }
        return best;
    }
}
