package io.articlededup.topology;

import io.articlededup.model.Article;
import io.articlededup.sketch.Similarity;
import io.articlededup.topology.NearDuplicateRecords.BandAnswer;
import io.articlededup.topology.NearDuplicateRecords.BandEntry;
import io.articlededup.topology.NearDuplicateRecords.BandProbes;
import io.articlededup.topology.NearDuplicateRecords.Candidate;
import io.articlededup.topology.NearDuplicateRecords.ContentOwner;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;

/**
 * One LSH band value lives in exactly one task, so two near-duplicates that share a band meet here,
 * whatever partitions they came from. The store keeps, per band value, the earliest article that had it
 * (a newer article is registered only when no verified older one is there), with a compact sketch to
 * verify similarity without the article's text. A probe record carries all of an article's bands that
 * this partition owns ({@link BandRouting}); it gets one answer with the earliest verified older article
 * over those bands. The record that carries the article's content hash also asks the exact check
 * ({@link ExactContentIndex}), so the answer says whether an earlier article had the same content.
 */
final class BandIndexProcessor implements Processor<String, BandProbes, String, BandAnswer> {
    private final String storeName;
    private final long retentionMs;
    private final double threshold;
    private final String exactStoreName;
    private final Duration exactRetention;
    private ProcessorContext<String, BandAnswer> context;
    private WindowStore<String, BandEntry> store;
    private ExactContentIndex exact;

    /** @param storeName the band store, or null when the near stage is off (only exact checks arrive) */
    BandIndexProcessor(String storeName, Duration retention, double threshold, String exactStoreName,
                       Duration exactRetention) {
        this.storeName = storeName;
        this.retentionMs = retention.toMillis();
        this.threshold = threshold;
        this.exactStoreName = exactStoreName;
        this.exactRetention = exactRetention;
    }

    @Override
    public void init(ProcessorContext<String, BandAnswer> context) {
        this.context = context;
        this.store = storeName == null ? null : context.getStateStore(storeName);
        this.exact = new ExactContentIndex(context.getStateStore(exactStoreName), exactRetention);
    }

    @Override
    public void process(Record<String, BandProbes> record) {
        BandProbes probes = record.value();
        Candidate earliest = null;
        int notices = 0;
        for (int i = 0; i < probes.bands().length; i++) {
            String bandKey = BandRouting.storeKey(probes.bands()[i], probes.bandHashes()[i]);
            BandLookup lookup = lookUp(record, bandKey, probes);
            notices += lookup.notices;
            if (lookup.older == null) {
                if (!lookup.seenBefore) {
                    store.put(bandKey, new BandEntry(probes.route(), probes.pendingKey(), probes.articleId(),
                            probes.eventTime(), probes.sketch()), probes.eventTime());
                }
            } else {
                earliest = Candidate.earlier(earliest, lookup.older);
            }
        }
        ContentOwner exactOf = null;
        if (probes.contentHash() != null) {
            ExactContentIndex.Lookup owner = exact.ownerOrRegister(probes.contentHash(), probes.articleId(),
                    probes.eventTime(), probes.route());
            exactOf = owner.owner();
            if (owner.displaced() != null) {
                // a newer copy got here first: it becomes this one's exact duplicate, or says what it became
                context.forward(record.withKey(owner.displaced().route())
                        .withValue(BandAnswer.exactLateNotice(owner.displaced(), probes)));
                notices++;
            }
        }
        context.forward(record.withKey(probes.route()).withValue(BandAnswer.of(probes, earliest, exactOf, notices)));
    }

    /** What one band value holds for this article; late notices to newer similar articles are sent here. */
    private BandLookup lookUp(Record<String, BandProbes> record, String bandKey, BandProbes probes) {
        BandLookup result = new BandLookup();
        long from = Math.max(0, probes.eventTime() - retentionMs);
        try (WindowStoreIterator<BandEntry> it = store.fetch(bandKey, from, probes.eventTime() + retentionMs)) {
            while (it.hasNext()) {
                BandEntry e = it.next().value;
                if (NearDuplicateRecords.sameContent(e.pendingKey(), probes.pendingKey())) {
                    // an exact copy (or this article's own probe again): the exact index alone decides between
                    // them (ExactContentIndex, with its own late notice). Taken as a near candidate or sent a
                    // near notice as well, the owner could become a near duplicate of its own exact duplicate:
                    // a cycle with no canonical. One entry per content is enough for the articles that come later.
                    result.seenBefore = true;
                    continue;
                }
                double s = Similarity.estimateCompact(probes.sketch(), e.sketch());
                if (s < threshold) {
                    continue; // a band collision between different stories: not a candidate
                }
                if (Article.compareAge(e.eventTime(), e.articleId(), probes.eventTime(), probes.articleId()) < 0) {
                    result.older = Candidate.earlier(result.older, new Candidate(e.articleId(), e.eventTime(), s));
                } else {
                    // the newer one got here first and may have been told "no candidate": tell it now
                    context.forward(record.withKey(e.route()).withValue(BandAnswer.lateNotice(e, probes, s)));
                    result.notices++;
                }
            }
        }
        return result;
    }

    private static final class BandLookup {
        Candidate older;
        boolean seenBefore;
        int notices;
    }
}
