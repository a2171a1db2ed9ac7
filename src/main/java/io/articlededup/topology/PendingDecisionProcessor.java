package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.Article;
import io.articlededup.model.Verdict;
import io.articlededup.topology.NearDuplicateRecords.PendingArticle;
import io.articlededup.topology.NearDuplicateRecords.PendingEvent;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the band answers for each article on the article's own partition and decides: the earliest
 * verified older candidate makes it a near duplicate; no candidate from any band makes it unique.
 * An older candidate is never a duplicate of a newer one, so of two near-duplicates exactly one is
 * canonical: ties break on (event time, id).
 */
final class PendingDecisionProcessor implements Processor<String, PendingEvent, String, Article> {
    private static final Logger log = LoggerFactory.getLogger(PendingDecisionProcessor.class);

    private final String storeName;
    private final long graceMs;
    private final long timeoutMs;
    private final DedupMetrics metrics;
    private ProcessorContext<String, Article> context;
    private KeyValueStore<String, PendingArticle> store;

    PendingDecisionProcessor(String storeName, Duration grace, Duration timeout, DedupMetrics metrics) {
        this.storeName = storeName;
        this.graceMs = grace.toMillis();
        this.timeoutMs = timeout.toMillis();
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        long interval = Math.max(10, Math.min(graceMs / 2, 1000));
        context.schedule(Duration.ofMillis(interval), PunctuationType.WALL_CLOCK_TIME, this::decideDue);
    }

    @Override
    public void process(Record<String, PendingEvent> record) {
        PendingEvent event = record.value();
        long now = context.currentSystemTimeMs();
        if (event.article() != null) {
            PendingArticle p = PendingArticle.waiting(event.article(), event.expectedAnswers(), now, graceMs);
            if (!decideIfDue(record.key(), p, now)) {
                store.put(record.key(), p);
            }
            return;
        }
        PendingArticle p = store.get(record.key());
        if (p == null) {
            if (event.answer().late() && event.answer().hasCandidate()) {
                // an older near-duplicate reached a band after this article was decided unique
                metrics.lateCandidate();
                log.info("late near-duplicate: older article {} reached a band after article with key {} was published",
                        event.answer().candidateId(), record.key());
            }
            return;
        }
        p = p.with(event.answer());
        if (!decideIfDue(record.key(), p, now)) {
            store.put(record.key(), p);
        }
    }

    private boolean decideIfDue(String key, PendingArticle p, long now) {
        boolean timedOut = now - p.createdAt() >= timeoutMs;
        if (!(p.complete() && now >= p.decideAfter()) && !timedOut) {
            return false;
        }
        if (timedOut && !p.complete()) {
            log.warn("deciding article {} with {} of {} band answers after {} ms", p.article().id(),
                    p.received(), p.expected(), now - p.createdAt());
        }
        Verdict v = p.bestId() == null ? Verdict.unique() : Verdict.nearDuplicateOf(p.bestId(), p.bestSimilarity());
        store.delete(key);
        context.forward(new Record<>(key, p.article().withVerdict(v), p.article().eventTime()));
        return true;
    }

    private void decideDue(long now) {
        List<KeyValue<String, PendingArticle>> all = new ArrayList<>();
        try (KeyValueIterator<String, PendingArticle> it = store.all()) {
            it.forEachRemaining(all::add);
        }
        for (KeyValue<String, PendingArticle> kv : all) {
            decideIfDue(kv.key, kv.value, now);
        }
    }
}
