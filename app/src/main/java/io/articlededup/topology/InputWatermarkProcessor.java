package io.articlededup.topology;

import io.articlededup.model.Article;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Where event-time order starts: the task of one input partition passes its articles on and, every
 * {@code interval}, a {@link Watermark} to every partition of {@code articles-by-source}: the latest event
 * time it has read less the allowed lateness, or idle when no article came for {@code idle}. An input
 * partition written in event-time order (a live feed, a replayed day) has no late article at all.
 *
 * <p>Kept in memory: after a restart the task reports from nothing again, and the tasks downstream keep
 * the highest watermark they heard, which the committed input offsets already passed.
 */
final class InputWatermarkProcessor implements Processor<String, Article, String, Article> {
    static final long FIRST_FETCH_GRACE_MS = 10_000;
    private final long latenessMs;
    private final long idleMs;
    private final long intervalMs;
    private ProcessorContext<String, Article> context;
    private int from;
    private long latest = Long.MIN_VALUE;
    private long lastArticleAt;
    private long sentAt;
    private int articlesSinceReport;
    private int quietReports;
    private boolean idle;

    InputWatermarkProcessor(OrderSettings order) {
        this.latenessMs = order.lateness().toMillis();
        this.idleMs = order.idle().toMillis();
        this.intervalMs = order.interval().toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        this.from = context.taskId().partition();
        // idle counts from the first fetch on: a partition whose records have not arrived yet in the first
        // seconds is not idle, it would wake behind the others and its articles would all come late
        this.lastArticleAt = context.currentSystemTimeMs() + FIRST_FETCH_GRACE_MS;
        // a task can be initialised again (revived after a failed transaction): its input is read again from
        // the committed offsets, so nothing read before counts
        this.latest = Long.MIN_VALUE;
        this.sentAt = 0;
        this.articlesSinceReport = 0;
        this.quietReports = 0;
        this.idle = false;
        context.schedule(java.time.Duration.ofMillis(intervalMs), PunctuationType.WALL_CLOCK_TIME, this::report);
    }

    @Override
    public void process(Record<String, Article> record) {
        lastArticleAt = context.currentSystemTimeMs();
        articlesSinceReport++;
        latest = Math.max(latest, record.value().eventTime());
        if (idle) {
            // downstream stopped waiting for this partition: say it is back before its article arrives
            idle = false;
            send();
        }
        context.forward(record);
        if (lastArticleAt - sentAt >= intervalMs) {
            send(); // at once when due, not at the next punctuation: a watermark's delay is every article's
        }
    }

    /**
     * Idle takes both: no article for {@code idle}, and no article between as many punctuations in a row as
     * fit in it. A task with a backlog reads records between any two punctuations, however long the stream
     * thread's loop takes; one loop slower than {@code idle} must not make a busy partition idle.
     */
    private void report(long now) {
        quietReports = articlesSinceReport == 0 ? quietReports + 1 : 0;
        articlesSinceReport = 0;
        idle = now - lastArticleAt >= idleMs && quietReports >= Math.max(2, idleMs / intervalMs);
        send();
    }

    private void send() {
        sentAt = context.currentSystemTimeMs();
        long time = latest == Long.MIN_VALUE ? Long.MIN_VALUE : latest - latenessMs;
        context.forward(new Record<>(new Watermark(from, time, idle).key(), null,
                Math.max(0, context.currentStreamTimeMs())));
    }
}
