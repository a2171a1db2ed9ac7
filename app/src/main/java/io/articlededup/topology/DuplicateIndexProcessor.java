package io.articlededup.topology;

import io.articlededup.model.Article;
import io.articlededup.sketch.Similarity;
import io.articlededup.topology.DuplicateCheckRecords.BandAnswer;
import io.articlededup.topology.DuplicateCheckRecords.BandEntry;
import io.articlededup.topology.DuplicateCheckRecords.BandProbes;
import io.articlededup.topology.DuplicateCheckRecords.Candidate;
import io.articlededup.topology.DuplicateCheckRecords.ContentOwner;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import java.time.Duration;
import java.util.List;

/**
 * One LSH band value lives in exactly one task, so two near-duplicates that share a band meet here,
 * whatever partitions they came from. The store keeps, per band value, the earliest article that had it
 * (a newer article is registered only when no verified older one is there), with a compact sketch to
 * verify similarity without the article's text ({@link BandIndex}). A probe record carries all of an article's bands that
 * this partition owns ({@link BandRouting}); it gets one answer with the earliest verified older article
 * over those bands. The record that carries the article's content hash also asks the exact check
 * ({@link ExactContentIndex}), so the answer says whether an earlier article had the same content.
 */
final class DuplicateIndexProcessor implements Processor<String, BandProbes, String, BandAnswer> {
    private final String exactStoreName;
    private final TimeBuckets exactBuckets;
    private final String bandStoreName;
    private final String bandArticlesStoreName;
    private final TimeBuckets nearBuckets;
    private final double threshold;
    private ProcessorContext<String, BandAnswer> context;
    private BandIndex index;
    private ExactContentIndex exact;

    /**
     * @param bandStoreName null when the near stage is off: only exact checks arrive, and there is no band
     *                      store (nor {@code bandArticlesStoreName})
     */
    DuplicateIndexProcessor(String exactStoreName, Duration exactRetention, String bandStoreName,
                            String bandArticlesStoreName, Duration nearRetention, double threshold) {
        this.exactStoreName = exactStoreName;
        this.exactBuckets = TimeBuckets.forRetention(exactRetention);
        this.bandStoreName = bandStoreName;
        this.bandArticlesStoreName = bandArticlesStoreName;
        this.nearBuckets = TimeBuckets.forRetention(nearRetention);
        this.threshold = threshold;
    }

    @Override
    public void init(ProcessorContext<String, BandAnswer> context) {
        this.context = context;
        this.index = bandStoreName == null ? null : new BandIndex(context.getStateStore(bandStoreName),
                context.getStateStore(bandArticlesStoreName), nearBuckets);
        this.exact = new ExactContentIndex(context.getStateStore(exactStoreName), exactBuckets);
    }

    @Override
    public void process(Record<String, BandProbes> record) {
        BandProbes probes = record.value();
        // nothing was stored after the task's stream time: later time buckets need no lookup
        long latest = Math.max(context.currentStreamTimeMs(), probes.eventTime());
        Candidate earliest = null;
        int notices = 0;
        if (probes.bands().length > 0) {
            BandIndex.Probe probe = index.probe(probes, latest);
            for (int i = 0; i < probes.bands().length; i++) {
                Bytes bandKey = BandRouting.storeKey(probes.bands()[i], probes.bandHashes()[i]);
                BandLookup lookup = lookUp(record, probe.registered(bandKey), probes);
                notices += lookup.notices;
                if (lookup.older == null) {
                    if (!lookup.seenBefore) {
                        probe.register(bandKey);
                    }
                } else {
                    earliest = Candidate.earlier(earliest, lookup.older);
                }
            }
            probe.finish();
        }
        ContentOwner exactOf = null;
        if (probes.contentHash() != null) {
            ExactContentIndex.Lookup owner = exact.ownerOrRegister(probes.contentHash(), probes.articleId(),
                    probes.eventTime(), probes.route(), latest);
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
    private BandLookup lookUp(Record<String, BandProbes> record, List<BandEntry> registered, BandProbes probes) {
        BandLookup result = new BandLookup();
        for (BandEntry e : registered) {
            if (DuplicateCheckRecords.sameContent(e.pendingKey(), probes.pendingKey())) {
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
                result.older = Candidate.earlier(result.older, new Candidate(e.articleId(), e.eventTime(), s, e.route()));
            } else {
                // the newer one got here first and may have been told "no candidate": tell it now
                context.forward(record.withKey(e.route()).withValue(BandAnswer.lateNotice(e, probes, s)));
                result.notices++;
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
