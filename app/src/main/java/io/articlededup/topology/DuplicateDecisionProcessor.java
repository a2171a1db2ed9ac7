package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.Article;
import io.articlededup.model.Verdict;
import io.articlededup.topology.DuplicateCheckRecords.BandAnswer;
import io.articlededup.topology.DuplicateCheckRecords.Candidate;
import io.articlededup.topology.DuplicateCheckRecords.ContentOwner;
import io.articlededup.topology.DuplicateCheckRecords.DecidedArticle;
import io.articlededup.topology.DuplicateCheckRecords.DecisionReply;
import io.articlededup.topology.DuplicateCheckRecords.PendingDecision;
import io.articlededup.topology.DuplicateCheckRecords.PendingEvent;
import io.articlededup.topology.DuplicateCheckRecords.PendingOutput;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the index answers for each article on the article's own partition (its source's) and decides:
 * an earlier article with the same content makes it an exact duplicate; else the earliest verified older
 * candidate makes it a near duplicate; no candidate from any band makes it unique.
 *
 * <p>Two near-duplicates processed at the same moment on different partitions meet at every band they
 * share, but the newer one may reach a band first and be decided before the older one arrives there.
 * The band then sends the newer one a late notice; its reply (still pending: it yields and becomes the
 * older one's duplicate; already published: here is my canonical) goes back to the older one, which waits
 * for it. So of any two near-duplicates exactly one is canonical, and when there was no race it is the
 * earlier by (event time, id).
 */
final class DuplicateDecisionProcessor implements Processor<String, PendingEvent, String, PendingOutput> {
    private static final Logger log = LoggerFactory.getLogger(DuplicateDecisionProcessor.class);

    private final String pendingStoreName;
    private final String progressStoreName;
    private final String decidedStoreName;
    private final long graceMs;
    private final long timeoutMs;
    private final DedupMetrics metrics;
    private ProcessorContext<String, PendingOutput> context;
    /** The waiting articles, written once on arrival and deleted on decision. */
    private KeyValueStore<String, Article> pending;
    /** Their progress (answers, replies, best candidate): the small record each answer rewrites. */
    private KeyValueStore<String, PendingDecision> progress;
    private WindowStore<String, DecidedArticle> decided;
    /**
     * In-memory index of the progress store: key -> wall-clock ms from which {@link #decideIfDue} can decide
     * it. The punctuator scans this map instead of deserialising every pending record every interval, which
     * was more than half of the stream thread's time under load (docs/performance.md). It mirrors the
     * store: rebuilt from it in {@link #init} (after restoration, and again when a task is revived),
     * updated wherever the store is written.
     */
    private final Map<String, Long> dueAt = new HashMap<>();
    private long earliestDue = Long.MAX_VALUE;

    DuplicateDecisionProcessor(String pendingStoreName, String progressStoreName, String decidedStoreName,
                             Duration grace, Duration timeout, DedupMetrics metrics) {
        this.pendingStoreName = pendingStoreName;
        this.progressStoreName = progressStoreName;
        this.decidedStoreName = decidedStoreName;
        this.graceMs = grace.toMillis();
        this.timeoutMs = timeout.toMillis();
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, PendingOutput> context) {
        this.context = context;
        this.pending = context.getStateStore(pendingStoreName);
        this.progress = context.getStateStore(progressStoreName);
        this.decided = context.getStateStore(decidedStoreName);
        dueAt.clear();
        earliestDue = Long.MAX_VALUE;
        try (KeyValueIterator<String, PendingDecision> it = progress.all()) {
            while (it.hasNext()) {
                KeyValue<String, PendingDecision> kv = it.next();
                track(kv.key, kv.value);
            }
        }
        long interval = Math.max(20, Math.min(Math.max(graceMs, 100) / 2, 1000));
        context.schedule(Duration.ofMillis(interval), PunctuationType.WALL_CLOCK_TIME, this::decideDue);
    }

    @Override
    public void process(Record<String, PendingEvent> record) {
        PendingEvent event = record.value();
        long now = context.currentSystemTimeMs();
        if (event.article() != null) {
            arrive(event.article(), event.expectedAnswers(), event.comparable(), now);
        } else if (event.answer() != null && event.answer().late()) {
            lateNotice(record, event.answer(), now);
        } else if (event.answer() != null) {
            update(event.answer().pendingKey(), p -> p.with(event.answer()), now);
        } else {
            update(event.reply().pendingKey(), p -> p.with(event.reply()), now);
        }
    }

    private void arrive(Article article, int expected, boolean comparable, long now) {
        String key = DuplicateCheckRecords.pendingKey(article.contentHash(), article.id());
        if (progress.get(key) != null) {
            // the same article (id and content) again while the first is pending: a re-send that the exact
            // check could not see yet; never drop either of them
            forward(article.withVerdict(Verdict.exactDuplicateOf(article.id(), article.source())));
            return;
        }
        PendingDecision p = PendingDecision.waiting(article.id(), article.eventTime(), expected, now,
                comparable ? graceMs : 0);
        if (!decideIfDue(key, p, article, now)) {
            pending.put(key, article);
            put(key, p);
        }
    }

    private void update(String key, java.util.function.UnaryOperator<PendingDecision> change, long now) {
        PendingDecision p = progress.get(key);
        if (p == null) {
            log.warn("an answer for {} arrived after it was decided; ignored", key.replace('\u0000', '/'));
            return;
        }
        p = change.apply(p);
        if (!decideIfDue(key, p, now)) {
            put(key, p);
        }
    }

    /** An older similar article reached a band after this (newer) one registered there. */
    private void lateNotice(Record<String, PendingEvent> record, BandAnswer notice, long now) {
        String key = notice.pendingKey();
        PendingDecision p = progress.get(key);
        DecisionReply reply;
        if (p != null) {
            p = p.with(notice);
            if (!decideIfDue(key, p, now)) {
                put(key, p);
            }
            reply = DecisionReply.to(notice, null);
        } else {
            DecidedArticle d = findDecided(key);
            metrics.lateCandidate();
            if (d == null) {
                log.warn("late notice for {} which is neither pending nor remembered; the older copy {} stays canonical",
                        notice.articleId(), notice.candidateId());
            }
            reply = DecisionReply.to(notice, d);
        }
        context.forward(new Record<>(notice.replyRoute(), new PendingOutput(null, reply), record.timestamp()));
    }

    private DecidedArticle findDecided(String key) {
        DecidedArticle found = null;
        try (WindowStoreIterator<DecidedArticle> it = decided.fetch(key, 0, Long.MAX_VALUE)) {
            while (it.hasNext()) {
                found = it.next().value;
            }
        }
        return found;
    }

    private boolean decideIfDue(String key, PendingDecision p, long now) {
        return isDue(p, now) && decideIfDue(key, p, pending.get(key), now);
    }

    private boolean isDue(PendingDecision p, long now) {
        return p.due(now) || now - p.createdAt() >= timeoutMs;
    }

    /** @param a the waiting article, read from the store only once the decision is due */
    private boolean decideIfDue(String key, PendingDecision p, Article a, long now) {
        if (!isDue(p, now)) {
            return false;
        }
        if (!p.complete()) {
            log.warn("deciding article {} with {}/{} band answers and {}/{} replies after {} ms", p.articleId(),
                    p.received(), p.expected(), p.receivedReplies(), p.expectedReplies(), now - p.createdAt());
        }
        if (a == null) {
            // cannot happen while both stores are written together; say so rather than fail the task forever
            log.error("pending progress for {} has no stored article; dropping the progress record", key.replace('\u0000', '/'));
            progress.delete(key);
            dueAt.remove(key);
            return true;
        }
        pending.delete(key);
        progress.delete(key);
        dueAt.remove(key);
        Candidate c = p.duplicateOf();
        if (p.exactOf() != null) {
            ContentOwner owner = p.exactOf();
            decided.put(key, new DecidedArticle(owner.id(), owner.eventTime(), owner.route()), a.eventTime());
            forward(a.withVerdict(Verdict.exactDuplicateOf(owner.id(), owner.route())));
        } else if (c != null) {
            decided.put(key, DecidedArticle.of(c), a.eventTime());
            forward(a.withVerdict(Verdict.nearDuplicateOf(c.id(), c.similarity(), c.source())));
        } else {
            decided.put(key, new DecidedArticle(a.id(), a.eventTime(), a.source()), a.eventTime());
            forward(a.withVerdict(Verdict.unique()));
        }
        return true;
    }

    private void forward(Article decidedArticle) {
        context.forward(new Record<>(decidedArticle.contentHash(), new PendingOutput(decidedArticle, null),
                decidedArticle.eventTime()));
    }

    private void put(String key, PendingDecision p) {
        progress.put(key, p);
        track(key, p);
    }

    /** When {@link #decideIfDue} will first return true for this state, given no new answer. */
    private void track(String key, PendingDecision p) {
        long timeoutAt = p.createdAt() + timeoutMs;
        long due = p.complete() ? Math.min(p.graceEnds(), timeoutAt) : timeoutAt;
        dueAt.put(key, due);
        earliestDue = Math.min(earliestDue, due);
    }

    /** Decides the pending articles that are due: reads from the store only those, not every pending article. */
    private void decideDue(long now) {
        if (now < earliestDue) {
            return;
        }
        List<String> due = new ArrayList<>();
        long next = Long.MAX_VALUE;
        for (Map.Entry<String, Long> e : dueAt.entrySet()) {
            if (e.getValue() <= now) {
                due.add(e.getKey());
            } else {
                next = Math.min(next, e.getValue());
            }
        }
        earliestDue = next;
        due.sort(null); // the order the store iteration used to give (String keys, byte order for ASCII)
        for (String key : due) {
            PendingDecision p = progress.get(key);
            if (p == null) {
                dueAt.remove(key);
            } else if (!decideIfDue(key, p, now)) {
                track(key, p); // not due after all (cannot happen while the index mirrors the store): re-arm
            }
        }
    }
}
