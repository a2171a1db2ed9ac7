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
 * carries it to the output record).
 *
 * @param rate           offered articles/s
 * @param seconds        length of the phase
 * @param warmupSeconds  samples of the first seconds are not counted
 */
public record LatencyPhase(double rate, int seconds, int warmupSeconds) {

    /** Adds {@code latency} and {@code latency_p50_ms}, {@code _p99_ms}, {@code _p999_ms}, {@code _max_ms}. */
    public void run(Properties clientProperties, String topic, ArticleGenerator gen, OutputReader reader,
                    BenchReport report) throws InterruptedException {
        long before = gen.uniques();
        long total = (long) (rate * seconds);
        print("latency: offering %,.0f articles/s for %d s (%,d articles; the first %d s not counted)", rate,
                seconds, total, warmupSeconds);
        reader.latencyNotBefore = System.currentTimeMillis() + warmupSeconds * 1000L;
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
                    print("latency: sent %,d, received %,d", i, reader.latencyCount.sum());
                    lastLog = System.nanoTime();
                }
            }
        }
        double offeredS = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reader.latencyCount.sum() < total && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        gen.countUniquesSinceAsLatency(before);
        long received = reader.latencyCount.sum();
        long[] h = reader.latency.sorted();
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("offered_per_s", total / offeredS);
        l.put("sent", total);
        l.put("received", received);
        l.put("sends_behind_schedule", late);
        l.put("counted", h.length);
        report.put("latency", l);
        // missing outputs count as beyond every percentile: no percentile is reported that they could hide
        double missing = total - received;
        report.put("latency_p50_ms", percentile(h, 50, missing));
        report.put("latency_p99_ms", percentile(h, 99, missing));
        report.put("latency_p999_ms", percentile(h, 99.9, missing));
        report.put("latency_max_ms", received == total && h.length > 0 ? (Object) h[h.length - 1] : null);
        print("latency: %,d of %,d received; p50 %s, p99 %s, p99.9 %s ms", received, total,
                report.get("latency_p50_ms"), report.get("latency_p99_ms"), report.get("latency_p999_ms"));
    }
}
