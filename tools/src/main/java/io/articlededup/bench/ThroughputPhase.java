package io.articlededup.bench;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static io.articlededup.bench.Progress.print;

/**
 * The throughput phase's input and baseline: N articles produced before any application starts, and a
 * pass-through Kafka Streams app that drains them with our exactly-once configuration and nothing else.
 */
public final class ThroughputPhase {
    public static final String PASSTHROUGH_TOPIC = "bench.passthrough";
    /** The pass-through's second input, for its latency phase: ours never reads it. */
    public static final String PASSTHROUGH_LATENCY_INPUT = "bench.passthrough.latency";

    private ThroughputPhase() {
    }

    /** Produces {@code n} generated articles, 1 ms apart in the past, in order; returns their bytes. */
    public static long produce(Properties clientProperties, String topic, BenchStream gen, int n) {
        long bytes = 0;
        long lastLog = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = BenchClients.producer(clientProperties, 20)) {
            long base = System.currentTimeMillis() - n;
            for (int i = 0; i < n; i++) {
                String id = "b-" + i;
                byte[] value = gen.next(id);
                bytes += value.length;
                producer.send(new ProducerRecord<>(topic, null, base + i, id.getBytes(StandardCharsets.UTF_8), value));
                if (System.nanoTime() - lastLog > 5e9) {
                    print("producing: %,d of %,d", i, n);
                    lastLog = System.nanoTime();
                }
            }
            producer.flush();
        }
        return bytes;
    }

    /**
     * The pass-through app, running until closed: {@link PassThrough#drain} it, then run its latency phase
     * on {@link #PASSTHROUGH_LATENCY_INPUT} while it still runs.
     *
     * @param streamsProperties ours ({@code AppConfig#streamsProperties}): same guarantee, same clients
     */
    public static PassThrough startPassThrough(Properties streamsProperties, String input, Path stateDir) {
        return new PassThrough(passThrough(streamsProperties, input, stateDir));
    }

    /** A started pass-through app. */
    public static final class PassThrough implements AutoCloseable {
        private final KafkaStreams streams;
        private final long startNanos = System.nanoTime();

        private PassThrough(KafkaStreams streams) {
            this.streams = streams;
            streams.start();
        }

        /** Waits until the reader has seen {@code n} of its outputs. */
        public Drain drain(OutputReader reader, int n, int timeoutS) throws InterruptedException {
            return reader.awaitPassThrough("pass-through", n, startNanos, timeoutS);
        }

        @Override
        public void close() {
            streams.close(Duration.ofSeconds(30));
        }
    }

    /** Reads the input and writes it unchanged to another topic: same Streams config, nothing else. */
    private static KafkaStreams passThrough(Properties streamsProperties, String input, Path stateDir) {
        StreamsBuilder b = new StreamsBuilder();
        b.stream(List.of(input, PASSTHROUGH_LATENCY_INPUT), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to(PASSTHROUGH_TOPIC, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        Properties p = new Properties();
        p.putAll(streamsProperties);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)
                + "-passthrough");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new KafkaStreams(b.build(), p);
    }
}
