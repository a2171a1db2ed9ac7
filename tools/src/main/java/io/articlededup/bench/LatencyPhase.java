package io.articlededup.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static io.articlededup.bench.LatencySamples.percentile;
import static io.articlededup.bench.Progress.print;

/**
 * End-to-end latency at a fixed offered rate, on the running application after the drain: fresh articles
 * with record timestamp = send time; latency = the reader's receive time - that timestamp (Streams
 * carries it to the output record). Run for ours and for the pass-through, whose figures are the floor
 * that exactly-once itself sets on this broker (a commit interval, a transaction).
 *
 * @param rate           offered articles/s
 * @param seconds        length of the phase
 * @param warmupSeconds  samples of the first seconds are not counted
 */
public record LatencyPhase(double rate, int seconds, int warmupSeconds) {

    /** Ours: adds {@code latency} and {@code latency_p50_ms}, {@code _p99_ms}, {@code _p999_ms}, {@code _max_ms}. */
    public void run(Properties clientProperties, String topic, BenchStream gen, OutputReader reader,
                    BenchReport report) throws InterruptedException {
        long before = gen.uniques();
        run(clientProperties, topic, gen, reader.ourLatency(), report, "");
        gen.countUniquesSinceAsLatency(before);
    }

    /** The pass-through's, on its own input topic: the same keys prefixed with {@code passthrough_}. */
    public void runPassThrough(Properties clientProperties, String topic, BenchStream gen, OutputReader reader,
                               BenchReport report) throws InterruptedException {
        run(clientProperties, topic, gen, reader.passThroughLatency(), report, "passthrough_");
    }

    private void run(Properties clientProperties, String topic, BenchStream gen, OutputReader.LatencyTracker tracker,
                     BenchReport report, String prefix) throws InterruptedException {
        String name = prefix.isEmpty() ? "latency" : prefix + "latency";
        long total = (long) (rate * seconds);
        print("%s: offering %,.0f articles/s for %d s (%,d articles; the first %d s not counted)", name, rate,
                seconds, total, warmupSeconds);
        tracker.notBefore = System.currentTimeMillis() + warmupSeconds * 1000L;
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long next = start;
        long lastLog = start;
        long late = 0;
        try (KafkaProducer<byte[], byte[]> producer = BenchClients.producer(clientProperties, 0)) {
            for (long i = 0; i < total; i++) {
                String id = "l-" + i;
                byte[] value = gen.next(id);
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                } else if (wait < -10_000_000) {
                    late++;
                }
                producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(),
                        id.getBytes(StandardCharsets.UTF_8), value));
                next += interval;
                if (System.nanoTime() - lastLog > 5e9) {
                    print("%s: sent %,d, received %,d", name, i, tracker.count.sum());
                    lastLog = System.nanoTime();
                }
            }
        }
        double offeredS = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (tracker.count.sum() < total && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long received = tracker.count.sum();
        long[] h = tracker.samples.sorted();
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("offered_per_s", total / offeredS);
        l.put("sent", total);
        l.put("received", received);
        l.put("sends_behind_schedule", late);
        l.put("counted", h.length);
        report.put(name, l);
        // missing outputs count as beyond every percentile: no percentile is reported that they could hide
        double missing = total - received;
        report.put(name + "_p50_ms", percentile(h, 50, missing));
        report.put(name + "_p99_ms", percentile(h, 99, missing));
        report.put(name + "_p999_ms", percentile(h, 99.9, missing));
        report.put(name + "_max_ms", received == total && h.length > 0 ? (Object) h[h.length - 1] : null);
        print("%s: %,d of %,d received; p50 %s, p99 %s, p99.9 %s ms", name, received, total,
                report.get(name + "_p50_ms"), report.get(name + "_p99_ms"), report.get(name + "_p999_ms"));
    }
}
