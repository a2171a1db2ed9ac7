package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.topology.DuplicateCheckRecords.BandProbes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Event-time order at a band-index partition: probe records wait in {@code band-probes-buffer}, keyed by
 * (event time, id), until every by-source task's watermark has passed them ({@link WatermarkRelay}), and
 * go to the index lookup in that order. So every article meets the index after every older article that
 * shares one of this partition's bands or its content, whichever partition drained first: the earliest
 * copy is the one registered, later copies find it, and no late notice is needed.
 *
 * <p>A probe older than what was already released is late (its input was more than the allowed lateness
 * out of order, or its partition came back from idle behind the others): it is answered at once, as without
 * ordering, and counted ({@code dedup_late_probes_total}); the late notices then settle it.
 */
final class ProbeOrderProcessor implements Processor<String, BandProbes, String, BandProbes> {
    /**
     * At most this many probes per release (one per watermark record read, and one per punctuation): a slow
     * partition catching up can make thousands due at once, and Kafka Streams runs many records of a task
     * in one transaction, so a release that looked them all up could outlast the transaction timeout (the
     * task is then fenced, restored, and the same release starts again). The rest goes with the next ones.
     */
    static final int MAX_RELEASE = 50;
    /**
     * At most this many probes wait in one task's buffer (held in memory): past it the oldest go on before
     * their watermark, so an upstream partition that stops short of idle cannot grow the buffer without end.
     * What then arrives older than them is late, as after a lateness overrun.
     */
    static final int MAX_BUFFERED = 10_000;
    private final String bufferStoreName;
    private final String watermarkStoreName;
    private final long idleMs;
    private final long intervalMs;
    private final int upstreamPartitions;
    private final DedupMetrics metrics;
    private final int maxBuffered;
    private ProcessorContext<String, BandProbes> context;
    private KeyValueStore<Bytes, BandProbes> buffer;
    private WatermarkFrontier frontier;
    private long startedAt;

    /** @param upstreamPartitions partitions of {@code articles-by-source}: the by-source tasks to hear from */
    ProbeOrderProcessor(String bufferStoreName, String watermarkStoreName, OrderSettings order, int upstreamPartitions,
                        DedupMetrics metrics) {
        this(bufferStoreName, watermarkStoreName, order, upstreamPartitions, metrics, MAX_BUFFERED);
    }

    ProbeOrderProcessor(String bufferStoreName, String watermarkStoreName, OrderSettings order, int upstreamPartitions,
                        DedupMetrics metrics, int maxBuffered) {
        this.maxBuffered = maxBuffered;
        this.upstreamPartitions = upstreamPartitions;
        this.bufferStoreName = bufferStoreName;
        this.watermarkStoreName = watermarkStoreName;
        this.idleMs = order.idle().toMillis();
        this.intervalMs = order.interval().toMillis();
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, BandProbes> context) {
        this.context = context;
        this.buffer = context.getStateStore(bufferStoreName);
        this.frontier = new WatermarkFrontier(context.getStateStore(watermarkStoreName), upstreamPartitions);
        this.startedAt = context.currentSystemTimeMs();
        context.schedule(Duration.ofMillis(intervalMs), PunctuationType.WALL_CLOCK_TIME, this::releaseDue);
    }

    @Override
    public void process(Record<String, BandProbes> record) {
        BandProbes probes = record.value();
        if (probes == null) {
            if (Watermark.isWatermark(record.key())) {
                frontier.report(Watermark.fromKey(record.key()));
                releaseDue(context.currentSystemTimeMs());
            }
            return;
        }
        if (probes.eventTime() < frontier.released()) {
            metrics.lateProbe();
            context.forward(record);
            return;
        }
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(0L);
        buffer.put(key(probes.eventTime(), probes.articleId(), offset), probes);
        if (buffer.approximateNumEntries() > maxBuffered) {
            // the oldest go on before their watermark; what then arrives older than them is late
            frontier.release(send(waiting(Long.MAX_VALUE)));
        }
    }

    /** Sends on, oldest first, every waiting probe that all upstream watermarks have passed. */
    private void releaseDue(long now) {
        if (now - startedAt < idleMs) {
            return; // still learning which upstream tasks there are
        }
        long bound = frontier.bound();
        if (bound != Long.MAX_VALUE && bound <= frontier.released()) {
            return; // nothing newly due
        }
        List<KeyValue<Bytes, BandProbes>> due = waiting(bound);
        long last = send(due);
        if (due.size() == MAX_RELEASE) {
            frontier.release(last); // more is due: what arrives now older than the last one sent is late
        } else if (bound != Long.MAX_VALUE) {
            frontier.release(bound);
        } else {
            // all idle: everything went, and what comes next is in order if it is not older than that
            frontier.release(Math.max(frontier.least(), last == Long.MIN_VALUE ? Long.MIN_VALUE : last + 1));
        }
    }

    /** The oldest waiting probes older than {@code bound}, at most {@link #MAX_RELEASE}. */
    private List<KeyValue<Bytes, BandProbes>> waiting(long bound) {
        // only the due range: below the bound, from the bound released last (the store's cache copies the keys
        // of the range it iterates)
        List<KeyValue<Bytes, BandProbes>> due = new ArrayList<>();
        try (KeyValueIterator<Bytes, BandProbes> it = buffer.range(key(frontier.released(), "", 0), key(bound, "", 0))) {
            while (it.hasNext() && due.size() < MAX_RELEASE) {
                KeyValue<Bytes, BandProbes> kv = it.next();
                if (kv.value.eventTime() >= bound) {
                    break;
                }
                due.add(kv);
            }
        }
        return due;
    }

    /** Sends the probes on in their order; returns the event time of the last one, or Long.MIN_VALUE. */
    private long send(List<KeyValue<Bytes, BandProbes>> due) {
        long last = Long.MIN_VALUE;
        for (KeyValue<Bytes, BandProbes> kv : due) {
            buffer.delete(kv.key);
            context.forward(new Record<>(kv.value.route(), kv.value, Math.max(0, kv.value.eventTime())));
            last = kv.value.eventTime();
        }
        return last;
    }

    /** (event time, id, offset): the keys' byte order is (event time, id) order; the offset keeps re-sends apart. */
    static Bytes key(long eventTime, String articleId, long offset) {
        byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(Long.BYTES + id.length + 1 + Long.BYTES)
                .putLong(eventTime ^ Long.MIN_VALUE).put(id).put((byte) 0).putLong(offset).array());
    }
}
