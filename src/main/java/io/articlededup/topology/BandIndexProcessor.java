package io.articlededup.topology;

import io.articlededup.model.Article;
import io.articlededup.sketch.Similarity;
import io.articlededup.topology.NearDuplicateRecords.BandAnswer;
import io.articlededup.topology.NearDuplicateRecords.BandEntry;
import io.articlededup.topology.NearDuplicateRecords.BandProbe;
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
 * verify similarity without the article's text.
 */
final class BandIndexProcessor implements Processor<String, BandProbe, String, BandAnswer> {
    private final String storeName;
    private final long retentionMs;
    private final double threshold;
    private ProcessorContext<String, BandAnswer> context;
    private WindowStore<String, BandEntry> store;

    BandIndexProcessor(String storeName, Duration retention, double threshold) {
        this.storeName = storeName;
        this.retentionMs = retention.toMillis();
        this.threshold = threshold;
    }

    @Override
    public void init(ProcessorContext<String, BandAnswer> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, BandProbe> record) {
        BandProbe probe = record.value();
        BandEntry older = null;
        double olderSimilarity = 0;
        boolean seenBefore = false;
        int notices = 0;
        long from = Math.max(0, probe.eventTime() - retentionMs);
        try (WindowStoreIterator<BandEntry> it = store.fetch(record.key(), from, probe.eventTime() + retentionMs)) {
            while (it.hasNext()) {
                BandEntry e = it.next().value;
                if (e.articleId().equals(probe.articleId()) && e.pendingKey().equals(probe.pendingKey())) {
                    seenBefore = true;
                    continue;
                }
                double s = Similarity.estimateCompact(probe.sketch(), e.sketch());
                if (s < threshold) {
                    continue; // a band collision between different stories: not a candidate
                }
                if (Article.compareAge(e.eventTime(), e.articleId(), probe.eventTime(), probe.articleId()) < 0) {
                    if (older == null || Article.compareAge(e.eventTime(), e.articleId(), older.eventTime(), older.articleId()) < 0) {
                        older = e;
                        olderSimilarity = s;
                    }
                } else {
                    // the newer one got here first and may have been told "no candidate": tell it now
                    context.forward(record.withKey(e.pendingKey()).withValue(BandAnswer.lateNotice(e, probe.band(), probe, s)));
                    notices++;
                }
            }
        }
        if (older == null) {
            if (!seenBefore) {
                store.put(record.key(), new BandEntry(probe.pendingKey(), probe.articleId(), probe.eventTime(),
                        probe.sketch()), probe.eventTime());
            }
            context.forward(record.withKey(probe.pendingKey()).withValue(BandAnswer.none(probe.articleId(), probe.band(), notices)));
        } else {
            context.forward(record.withKey(probe.pendingKey()).withValue(
                    BandAnswer.older(probe.articleId(), probe.band(), older, olderSimilarity, notices)));
        }
    }
}
