package io.articlededup.app;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

@Command(name = "produce", mixinStandardHelpOptions = true,
        description = "Send raw article events (JSON lines) to the input topic: backfills, demos, load.")
final class ProduceCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ProduceCommand.class);
    private static final ObjectMapper JSON = EventJson.MAPPER;

    @Mixin
    CommonOptions options;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--file", paramLabel = "F.jsonl", description = "One raw event per line.")
        Path file;
        @Option(names = "--samples", description = "The built-in sample articles.")
        boolean samples;
    }

    @Option(names = "--repeat", defaultValue = "1", description = "Send the whole set this many times (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--rate", defaultValue = "0", description = "At most this many events per second (0 = as fast as possible).")
    double rate;

    @Option(names = "--fresh-ids", description = "On repeats, give events new ids so that they are re-sends, not replays.")
    boolean freshIds;

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.load();
        List<String> lines = input.samples ? SampleArticles.lines() : Files.readAllLines(input.file, StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        String topic = config.string("dedup.topic.input");
        requireTopic(config, topic);
        int sent = send(config, topic, lines, repeat, rate, freshIds);
        System.out.println("sent " + sent + " events to " + topic + " on " + config.bootstrapServers());
        return 0;
    }

    /**
     * A producer waits up to {@code max.block.ms} (a minute) per event for a topic that does not exist,
     * and we do not create the input topic here (its partitions are an operator's choice): say so at once.
     */
    private static void requireTopic(AppConfig config, String topic) throws Exception {
        try (Admin admin = Admin.create(TopicBootstrap.clientProperties(config))) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new InvalidConfigException("topic " + topic + " does not exist on " + config.bootstrapServers()
                        + ": start `article-dedup run` once (it creates its topics) or create it yourself");
            }
            throw e;
        }
    }

    /** A producer of raw events: durable (all replicas) and idempotent, so a retry never doubles an event. */
    static KafkaProducer<byte[], byte[]> rawEventProducer(AppConfig config) {
        Properties p = TopicBootstrap.clientProperties(config);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static int send(AppConfig config, String topic, List<String> lines, int repeat, double rate, boolean freshIds) {
        SendPace pace = new SendPace(rate);
        int sent = 0;
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        Callback onFailure = (metadata, e) -> {
            if (e != null && failed.getAndIncrement() == 0) {
                firstFailure.set(e);
            }
        };
        try (KafkaProducer<byte[], byte[]> producer = rawEventProducer(config)) {
            for (int r = 0; r < repeat; r++) {
                for (String line : lines) {
                    byte[][] kv = keyAndValue(line, r, freshIds);
                    producer.send(new ProducerRecord<>(topic, kv[0], kv[1]), onFailure);
                    sent++;
                    pace.awaitNextSlot();
                    if (sent % 10_000 == 0) {
                        log.info("sent {} events", sent);
                    }
                }
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + sent + " events were not accepted by "
                    + config.bootstrapServers() + ", first error: " + firstFailure.get(), firstFailure.get());
        }
        return sent;
    }

    /** Keys by the event's id when it has one; strips our test-only fields (names starting with "_"). */
    private static byte[][] keyAndValue(String line, int round, boolean freshIds) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node instanceof ObjectNode obj) {
                obj.properties().removeIf(e -> e.getKey().startsWith("_"));
                if (freshIds && round > 0 && obj.hasNonNull("id")) {
                    obj.put("id", obj.get("id").asText() + "-r" + round);
                }
                byte[] key = obj.hasNonNull("id") ? obj.get("id").asText().getBytes(StandardCharsets.UTF_8) : null;
                return new byte[][] {key, JSON.writeValueAsBytes(obj)};
            }
        } catch (Exception e) {
            // not JSON: send it as it is, the processor will dead-letter it with the reason
        }
        return new byte[][] {null, line.getBytes(StandardCharsets.UTF_8)};
    }
}
