package io.articlededup.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import static io.articlededup.bench.Progress.print;

/**
 * One consumer (read_committed) over every output topic, on its own thread: counts the pass-through's
 * outputs and ours (by {@code dedup.status}), and records the latency of the articles whose key starts
 * with {@code l-} (the latency phases'), ours and the pass-through's apart.
 */
public final class OutputReader implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String passThroughTopic;
    private final Thread thread;
    private volatile boolean running = true;
    private final LongAdder ours = new LongAdder();
    private final LongAdder passthrough = new LongAdder();
    private final Map<String, Long> statuses = new ConcurrentHashMap<>();
    private final AtomicLong firstOurs = new AtomicLong();
    private final AtomicLong firstPass = new AtomicLong();
    private final LatencyTracker ourLatency = new LatencyTracker();
    private final LatencyTracker passThroughLatency = new LatencyTracker();
    private final DuplicateLinks links = new DuplicateLinks();

    /** The latency phase's outputs of one application: how many arrived, and the latencies counted. */
    static final class LatencyTracker {
        final LongAdder count = new LongAdder();
        final LatencySamples samples = new LatencySamples();
        volatile long notBefore = Long.MAX_VALUE;

        private void received(long recordTimestamp, long now) {
            count.increment();
            if (recordTimestamp >= notBefore) {
                samples.record(Math.max(0, now - recordTimestamp));
            }
        }
    }

    /** @param topics every output topic of ours, and {@code passThroughTopic} */
    public OutputReader(Properties clientProperties, List<String> topics, String passThroughTopic) {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        this.passThroughTopic = passThroughTopic;
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
        thread = new Thread(this::loop, "bench-reader");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Of our outputs so far, the articles whose duplicate links form a cycle (a story with no canonical). */
    public long articlesInCycles() {
        return links.articlesInCycles();
    }

    /** {duplicate clusters, of those with a canonical that is not the earliest member} ({@link DuplicateLinks}). */
    public long[] canonicalNotEarliest() {
        return links.canonicalNotEarliest();
    }

    /** Our outputs so far by {@code dedup.status} ({@code dead_letter} for the dead-letter topic). */
    public Map<String, Long> statuses() {
        return new TreeMap<>(statuses);
    }

    private void loop() {
        while (running) {
            var records = consumer.poll(Duration.ofMillis(100));
            long now = System.currentTimeMillis();
            for (ConsumerRecord<byte[], byte[]> r : records) {
                byte[] key = r.key();
                boolean latencyPhase = key != null && key.length > 2 && key[0] == 'l' && key[1] == '-';
                if (r.topic().equals(passThroughTopic)) {
                    if (latencyPhase) {
                        passThroughLatency.received(r.timestamp(), now);
                    } else {
                        firstPass.compareAndSet(0, System.nanoTime());
                        passthrough.increment();
                    }
                    continue;
                }
                if (latencyPhase) {
                    ourLatency.received(r.timestamp(), now);
                    continue;
                }
                firstOurs.compareAndSet(0, System.nanoTime());
                statuses.merge(OutputStatus.of(r.topic(), r.value()), 1L, Long::sum);
                links.add(key == null ? null : new String(key, StandardCharsets.UTF_8), OutputStatus.duplicateOf(r.value()));
                ours.increment();
            }
        }
        consumer.close();
    }

    LatencyTracker ourLatency() {
        return ourLatency;
    }

    LatencyTracker passThroughLatency() {
        return passThroughLatency;
    }

    /** Waits for the pass-through's {@code n} outputs. */
    public Drain awaitPassThrough(String name, long n, long startNanos, int timeoutS) throws InterruptedException {
        return await(name, passthrough, firstPass, n, startNanos, timeoutS);
    }

    /** Waits for our {@code n} outputs (clean + duplicates + dead letters). */
    public Drain awaitOurs(String name, long n, long startNanos, int timeoutS) throws InterruptedException {
        return await(name, ours, firstOurs, n, startNanos, timeoutS);
    }

    private static Drain await(String name, LongAdder counter, AtomicLong first, long n, long startNanos, int timeoutS)
            throws InterruptedException {
        long deadline = startNanos + TimeUnit.SECONDS.toNanos(timeoutS);
        long lastLog = System.nanoTime();
        long lastCount = 0;
        long lastChange = System.nanoTime();
        long halfway = 0;
        while (counter.sum() < n) {
            Thread.sleep(20);
            long now = System.nanoTime();
            if (halfway == 0 && counter.sum() >= n / 2) {
                halfway = now;
            }
            if (now - lastLog > 5e9) {
                long c = counter.sum();
                print("%s: %,d of %,d out (%,.0f/s over the last %.0f s)", name, c, n,
                        (c - lastCount) / ((now - lastLog) / 1e9), (now - lastLog) / 1e9);
                if (c != lastCount) {
                    lastChange = now;
                }
                lastCount = c;
                lastLog = now;
            }
            // 5 minutes: with event-time order a backlog's first decisions wait until every input partition's
            // articles have reached the by-source tasks (docs/topology.md, "Event-time order")
            if (now > deadline || now - lastChange > TimeUnit.SECONDS.toNanos(300)) {
                throw new IllegalStateException(name + ": only " + counter.sum() + " of " + n + " outputs");
            }
        }
        long end = System.nanoTime();
        return new Drain(name, counter.sum(), (end - startNanos) / 1e9, (end - first.get()) / 1e9,
                (end - (halfway == 0 ? first.get() : halfway)) / 1e9);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
