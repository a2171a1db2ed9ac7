package io.articlededup.topology;

import io.articlededup.model.Article;
import io.articlededup.topology.DuplicateCheckRecords.BandProbes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import java.time.Duration;

/**
 * The by-source task's part of event-time order: it reads the input tasks' watermarks in its partition
 * of {@code articles-by-source}, between the articles they describe, and sends its own to every partition
 * of {@code band-probes} after the probes of those articles: the least watermark of the input tasks that
 * are not idle (idle itself when all are). Sent every {@code interval} when it moved, and at once when
 * the task stops being idle, so that the band index waits for the probes that follow.
 *
 * <p>It waits for every input partition ({@link OrderSettings#inputPartitions}) to report; when their
 * number is not known, for {@code idle} after it starts it only announces itself (holding everything
 * back) and then takes the input tasks it heard from.
 */
final class WatermarkRelay implements Processor<String, Article, String, BandProbes> {
    private final String storeName;
    private final long idleMs;
    private final long intervalMs;
    private final int inputPartitions;
    private ProcessorContext<String, BandProbes> context;
    private WatermarkFrontier frontier;
    private int from;
    private long startedAt;
    private long sentAt;
    private Watermark sent;

    WatermarkRelay(String storeName, OrderSettings order) {
        this.storeName = storeName;
        this.idleMs = order.idle().toMillis();
        this.intervalMs = order.interval().toMillis();
        this.inputPartitions = order.inputPartitions();
    }

    @Override
    public void init(ProcessorContext<String, BandProbes> context) {
        this.context = context;
        this.frontier = new WatermarkFrontier(context.getStateStore(storeName), inputPartitions);
        this.from = context.taskId().partition();
        this.startedAt = context.currentSystemTimeMs();
        this.sent = null;
        context.schedule(Duration.ofMillis(intervalMs), PunctuationType.WALL_CLOCK_TIME, this::sendIfMoved);
    }

    @Override
    public void process(Record<String, Article> record) {
        if (!Watermark.isWatermark(record.key())) {
            return;
        }
        frontier.report(Watermark.fromKey(record.key()));
        long now = context.currentSystemTimeMs();
        // at once when due, not at the next punctuation: a watermark's delay is every article's
        if (now - sentAt >= intervalMs || sent != null && sent.idle() && !current(now).idle()) {
            sendIfMoved(now);
        }
    }

    private Watermark current(long now) {
        boolean listening = inputPartitions == 0 ? now - startedAt < idleMs : false;
        if (listening) {
            return new Watermark(from, Long.MIN_VALUE, false);
        }
        long bound = frontier.bound();
        return bound == Long.MAX_VALUE ? new Watermark(from, frontier.least(), true) : new Watermark(from, bound, false);
    }

    private void sendIfMoved(long now) {
        Watermark w = current(now);
        if (!w.equals(sent)) {
            sent = w;
            sentAt = now;
            context.forward(new Record<>(w.key(), null, Math.max(0, context.currentStreamTimeMs())));
        }
    }
}
