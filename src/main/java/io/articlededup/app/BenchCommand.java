package io.articlededup.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.eval.BaseCorpus;
import io.articlededup.eval.Corpora;
import io.articlededup.eval.SourceDoc;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * End-to-end benchmark on an embedded broker (docs/performance.md): N raw articles of about 3 KB made
 * of real text with a known duplicate mix are produced first; then, on the same broker and data, a
 * pass-through Kafka Streams app (read, write, same exactly-once config) and our full topology each
 * drain them; then the end-to-end latency at a fixed offered rate; then the state each store and
 * changelog holds.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "End-to-end benchmark on an embedded broker: our topology vs a pass-through app on the same "
                + "data (articles/s, MB/s, ratio), end-to-end latency at a fixed rate, state bytes per article.")
final class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSTHROUGH_TOPIC = "bench.passthrough";
    private static final byte[] STATUS = "\"status\":\"".getBytes(StandardCharsets.US_ASCII);

    @Mixin
    CommonOptions options;

    @Option(names = "--articles", defaultValue = "200000", description = "Articles for the throughput phase (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", defaultValue = "1000", description = "Offered rate of the latency phase, articles/s (default ${DEFAULT-VALUE}; 0 skips it).")
    double rate;

    @Option(names = "--latency-seconds", defaultValue = "30", description = "Length of the latency phase (default ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--warmup-seconds", defaultValue = "3", description = "Latency samples of the first seconds are not counted (default ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--duplicates", defaultValue = "0.3", description = "Share of exact + near duplicates, half each (default ${DEFAULT-VALUE}).")
    double duplicateShare;

    @Option(names = "--partitions", defaultValue = "6", description = "Partitions of the input/output topics (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--internal-partitions", defaultValue = "6", description = "Partitions of the internal topics (default ${DEFAULT-VALUE}).")
    int internalPartitions;

    @Option(names = "--data-dir", description = "Real text to replay (default ../shared/data when present, else the built-in samples).")
    Path dataDir;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated stream (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--skip-passthrough", description = "Do not run the pass-through baseline.")
    boolean skipPassthrough;

    @Option(names = "--json", description = "Print the result as JSON on stdout (progress goes to stderr).")
    boolean json;

    @Option(names = "--timeout-seconds", defaultValue = "3600", description = "Give up a drain after this long (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Generator gen = new Generator(paragraphPool(), seed, duplicateShare);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("articles", articles);
        try (LocalCluster cluster = LocalCluster.start(0, "bench")) {
            String appId = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            AppConfig config = options.load(cluster.settings(Map.of(
                    "kafka.application.id", appId,
                    "kafka.state.dir", cluster.stateDir("ours").toString(),
                    "dedup.topics.partitions", String.valueOf(partitions),
                    "dedup.topics.internal.partitions", String.valueOf(internalPartitions),
                    "dedup.http.port", "0")));
            TopicBootstrap.ensureTopics(config);
            createTopic(config, PASSTHROUGH_TOPIC, partitions);
            String input = config.string("dedup.topic.input");
            awaitLeaders(config, List.of(input, PASSTHROUGH_TOPIC, config.string("dedup.topic.clean"),
                    config.string("dedup.topic.duplicates"), config.string("dedup.topic.dlq")));

            // 1. the data, produced first
            long t0 = System.nanoTime();
            long inputBytes = produceBulk(config, input, gen, articles);
            double produceS = (System.nanoTime() - t0) / 1e9;
            progress("produced %,d articles (%.1f MB, %,.0f B/article; %d unique, %d exact, %d near) in %.1f s",
                    articles, inputBytes / 1e6, (double) inputBytes / articles, gen.uniques, gen.exact, gen.near, produceS);
            result.put("input_bytes", inputBytes);
            result.put("expected", Map.of("unique", gen.uniques, "exact_duplicate", gen.exact, "near_duplicate", gen.near));

            try (OutputReader reader = new OutputReader(config, List.of(config.string("dedup.topic.clean"),
                    config.string("dedup.topic.duplicates"), config.string("dedup.topic.dlq"), PASSTHROUGH_TOPIC))) {
                reader.start();
                // 2. pass-through baseline
                Phase pass = null;
                if (!skipPassthrough) {
                    KafkaStreams pt = passThrough(config, input, cluster.stateDir("passthrough"));
                    long start = System.nanoTime();
                    pt.start();
                    pass = reader.await("pass-through", "passthrough", articles, start, timeoutSeconds);
                    pt.close(Duration.ofSeconds(30));
                    pass.report(result, "passthrough", inputBytes);
                }
                // 3. our topology
                Phase ours;
                Map<String, Object> state;
                try (DedupApplication app = new DedupApplication(config)) {
                    long start = System.nanoTime();
                    app.start();
                    ours = reader.await("ours", "ours", articles, start, timeoutSeconds);
                    ours.report(result, "ours", inputBytes);
                    Map<String, Long> statuses = new TreeMap<>(reader.statuses);
                    result.put("ours_statuses", statuses);
                    progress("ours: statuses %s (expected unique %d, exact %d, near %d)", statuses,
                            gen.uniques, gen.exact, gen.near);
                    // 4. latency at a fixed offered rate
                    if (rate > 0) {
                        latency(config, input, gen, reader, result);
                    }
                }
                if (pass != null) {
                    result.put("ratio", ours.rate() / pass.rate());
                    result.put("ratio_wall", ours.wallRate() / pass.wallRate());
                }
                // 5. state: RocksDB on disk (flushed on close) and changelog topics on the broker
                state = stateCost(config, cluster.stateDir("ours"), appId, cluster.broker().logDir(), gen.total(), gen.uniquesTotal());
                result.put("state", state);
            }
        }
        if (json) {
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            printText(result);
        }
        return 0;
    }

    // ------------------------------------------------------------------------------------------------------
    // data

    /** Paragraphs of real text: the shared corpora when present, else the built-in samples. */
    private List<String> paragraphPool() {
        Path dir = dataDir != null ? dataDir : Corpora.defaultDataDir();
        List<String> pool = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            long t0 = System.nanoTime();
            for (SourceDoc d : BaseCorpus.load(dir).docs()) {
                for (String p : d.paragraphs()) {
                    if (p.length() >= 60 && p.length() <= 1500) {
                        pool.add(p);
                    }
                }
            }
            progress("text: %,d paragraphs from %s (%.1f s)", pool.size(), dir, (System.nanoTime() - t0) / 1e9);
        }
        if (pool.size() < 1000) {
            for (String line : SampleArticles.lines()) {
                try {
                    var node = JSON.readTree(line);
                    if (node.hasNonNull("body")) {
                        for (String p : node.get("body").asText().split("\n")) {
                            if (p.length() >= 60) {
                                pool.add(p);
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            progress("text: %,d paragraphs from the built-in samples (no corpus at %s): unique articles are random "
                    + "mixes of few paragraphs, expect some boilerplate and false near duplicates", pool.size(), dir);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(pool));
    }

    /**
     * Unique articles are random mixes of real paragraphs (~3 KB); an exact duplicate re-sends an earlier
     * article's text under a new id (and maybe another site); a near duplicate drops one of its paragraphs
     * and adds an intro line (Jaccard ~0.7-0.85).
     */
    static final class Generator {
        private static final int SOURCES = 40;
        private static final int MEMORY = 20_000;
        private final List<String> pool;
        private final Random random;
        private final double dupShare;
        private final int[][] recent = new int[MEMORY][];
        private final String[] recentTitles = new String[MEMORY];
        private int remembered;
        long uniques;
        long exact;
        long near;
        private long latencyUniques;

        Generator(List<String> pool, long seed, double dupShare) {
            this.pool = pool;
            this.random = new Random(seed);
            this.dupShare = dupShare;
        }

        long total() {
            return uniques + exact + near;
        }

        long uniquesTotal() {
            return uniques + latencyUniques;
        }

        byte[] next(String id) {
            double r = random.nextDouble();
            int[] paragraphs;
            String title;
            String intro = null;
            if (remembered > 0 && r < dupShare) {
                int pick = random.nextInt(Math.min(remembered, MEMORY));
                paragraphs = recent[pick];
                title = recentTitles[pick];
                if (r < dupShare / 2) {
                    exact++;
                } else {
                    near++;
                    int drop = random.nextInt(paragraphs.length);
                    int[] fewer = new int[paragraphs.length - 1];
                    for (int i = 0, j = 0; i < paragraphs.length; i++) {
                        if (i != drop) {
                            fewer[j++] = paragraphs[i];
                        }
                    }
                    paragraphs = fewer;
                    intro = "Updated " + (1 + random.nextInt(23)) + " hours ago, by staff reporter " + id + ".";
                }
            } else {
                List<Integer> chosen = new ArrayList<>();
                int chars = 0;
                while (chars < 2600 || chosen.size() < 3) {
                    int p = random.nextInt(pool.size());
                    chosen.add(p);
                    chars += pool.get(p).length() + 1;
                }
                paragraphs = chosen.stream().mapToInt(Integer::intValue).toArray();
                String first = pool.get(paragraphs[0]);
                title = first.substring(0, Math.min(first.length(), 70)).replaceAll("\\s+\\S*$", "");
                recent[remembered % MEMORY] = paragraphs;
                recentTitles[remembered % MEMORY] = title;
                remembered++;
                uniques++;
            }
            int site = random.nextInt(SOURCES);
            ObjectNode n = JSON.createObjectNode();
            n.put("id", id);
            n.put("url", "https://www.site" + site + ".example/news/" + id);
            n.put("source", "site" + site + ".example");
            n.put("title", title);
            StringBuilder body = new StringBuilder(3200);
            if (intro != null) {
                body.append(intro).append('\n');
            }
            for (int p : paragraphs) {
                body.append(pool.get(p)).append('\n');
            }
            n.put("body", body.toString());
            n.put("lang", "en");
            try {
                return JSON.writeValueAsBytes(n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(AppConfig config, int lingerMs) {
        Properties p = TopicBootstrap.clientProperties(config);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(lingerMs));
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // one request in flight: a first batch refused while a fresh topic's leader is being elected must not
        // leave the idempotent producer retrying OUT_OF_ORDER_SEQUENCE_NUMBER forever (seen on this broker)
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private long produceBulk(AppConfig config, String topic, Generator gen, int n) {
        long bytes = 0;
        long lastLog = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = producer(config, 20)) {
            long base = System.currentTimeMillis() - n; // 1 ms apart, in the past, in order
            for (int i = 0; i < n; i++) {
                String id = "b-" + i;
                byte[] value = gen.next(id);
                bytes += value.length;
                producer.send(new ProducerRecord<>(topic, null, base + i, id.getBytes(StandardCharsets.UTF_8), value));
                if (System.nanoTime() - lastLog > 5e9) {
                    progress("producing: %,d of %,d", i, n);
                    lastLog = System.nanoTime();
                }
            }
            producer.flush();
        }
        return bytes;
    }

    // ------------------------------------------------------------------------------------------------------
    // the two applications

    private static void createTopic(AppConfig config, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(TopicBootstrap.clientProperties(config))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, partitions, (short) 1)))
                    .all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Waits until every partition of the topics has a leader, so that the first sends are not refused. */
    private static void awaitLeaders(AppConfig config, List<String> topics) throws Exception {
        try (Admin admin = Admin.create(TopicBootstrap.clientProperties(config))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                boolean ready;
                try {
                    ready = admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).values().stream()
                            .flatMap(d -> d.partitions().stream()).allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                } catch (java.util.concurrent.ExecutionException e) {
                    ready = false; // metadata of a topic just created has not spread yet
                }
                if (ready || System.nanoTime() > deadline) {
                    return;
                }
                Thread.sleep(100);
            }
        }
    }

    /** Reads the input and writes it unchanged to another topic: same Streams config, nothing else. */
    private static KafkaStreams passThrough(AppConfig config, String input, Path stateDir) {
        StreamsBuilder b = new StreamsBuilder();
        b.stream(input, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to(PASSTHROUGH_TOPIC, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        Properties p = config.streamsProperties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.string("kafka.application.id") + "-passthrough");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new KafkaStreams(b.build(), p);
    }

    // ------------------------------------------------------------------------------------------------------
    // reading the outputs

    record Phase(String name, long count, double wallSeconds, double steadySeconds) {
        /** From the first output to the N-th: the drain rate without the start-up (rebalance, store opening). */
        double rate() {
            return steadySeconds > 0 ? (count - 1) / steadySeconds : 0;
        }

        double wallRate() {
            return count / wallSeconds;
        }

        void report(Map<String, Object> result, String key, long inputBytes) {
            result.put(key + "_articles_per_s", rate());
            result.put(key + "_articles_per_s_wall", wallRate());
            result.put(key + "_mb_per_s", rate() * inputBytes / (double) count / 1e6);
            result.put(key + "_seconds", wallSeconds);
            progress("%s: %,d articles, %,.0f articles/s from first to last output (%.1f s), %,.0f articles/s "
                    + "including start-up (%.1f s)", name, count, rate(), steadySeconds, wallRate(), wallSeconds);
        }
    }

    /** One consumer (read_committed) over every output topic, counting by phase; latency for "l-" keys. */
    static final class OutputReader implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final Thread thread;
        private volatile boolean running = true;
        final LongAdder ours = new LongAdder();
        final LongAdder passthrough = new LongAdder();
        final LongAdder latencyCount = new LongAdder();
        final Map<String, Long> statuses = new ConcurrentHashMap<>();
        final AtomicLong firstOurs = new AtomicLong();
        final AtomicLong firstPass = new AtomicLong();
        final Latencies latency = new Latencies();
        volatile long latencyNotBefore = Long.MAX_VALUE;

        OutputReader(AppConfig config, List<String> topics) {
            Properties p = TopicBootstrap.clientProperties(config);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-reader-" + UUID.randomUUID());
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
            consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(topics);
            thread = new Thread(this::loop, "bench-reader");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void loop() {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (r.topic().equals(PASSTHROUGH_TOPIC)) {
                        firstPass.compareAndSet(0, System.nanoTime());
                        passthrough.increment();
                        continue;
                    }
                    byte[] key = r.key();
                    if (key != null && key.length > 2 && key[0] == 'l' && key[1] == '-') {
                        latencyCount.increment();
                        if (r.timestamp() >= latencyNotBefore) {
                            latency.record(Math.max(0, now - r.timestamp()));
                        }
                        continue;
                    }
                    firstOurs.compareAndSet(0, System.nanoTime());
                    statuses.merge(status(r), 1L, Long::sum);
                    ours.increment();
                }
            }
            consumer.close();
        }

        private static String status(ConsumerRecord<byte[], byte[]> r) {
            if (r.topic().endsWith("dlq")) {
                return "dead_letter";
            }
            byte[] v = r.value();
            outer:
            for (int i = 0; i + STATUS.length < v.length; i++) {
                for (int j = 0; j < STATUS.length; j++) {
                    if (v[i + j] != STATUS[j]) {
                        continue outer;
                    }
                }
                int s = i + STATUS.length;
                int e = s;
                while (e < v.length && v[e] != '"') {
                    e++;
                }
                return new String(v, s, e - s, StandardCharsets.US_ASCII);
            }
            return "unknown";
        }

        Phase await(String name, String which, long n, long startNanos, int timeoutS) throws InterruptedException {
            LongAdder counter = which.equals("ours") ? ours : passthrough;
            AtomicLong first = which.equals("ours") ? firstOurs : firstPass;
            long deadline = startNanos + TimeUnit.SECONDS.toNanos(timeoutS);
            long lastLog = System.nanoTime();
            long lastCount = 0;
            long lastChange = System.nanoTime();
            while (counter.sum() < n) {
                Thread.sleep(20);
                long now = System.nanoTime();
                if (now - lastLog > 5e9) {
                    long c = counter.sum();
                    progress("%s: %,d of %,d out (%,.0f/s over the last %.0f s)", name, c, n,
                            (c - lastCount) / ((now - lastLog) / 1e9), (now - lastLog) / 1e9);
                    if (c != lastCount) {
                        lastChange = now;
                    }
                    lastCount = c;
                    lastLog = now;
                }
                if (now > deadline || now - lastChange > TimeUnit.SECONDS.toNanos(120)) {
                    throw new IllegalStateException(name + ": only " + counter.sum() + " of " + n + " outputs");
                }
            }
            long end = System.nanoTime();
            return new Phase(name, counter.sum(), (end - startNanos) / 1e9, (end - first.get()) / 1e9);
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5000);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // latency

    private void latency(AppConfig config, String topic, Generator gen, OutputReader reader, Map<String, Object> result)
            throws InterruptedException {
        long before = gen.uniques;
        long total = (long) (rate * latencySeconds);
        progress("latency: offering %,.0f articles/s for %d s (%,d articles; the first %d s not counted)", rate,
                latencySeconds, total, warmupSeconds);
        reader.latencyNotBefore = System.currentTimeMillis() + warmupSeconds * 1000L;
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long next = start;
        long lastLog = start;
        long late = 0;
        try (KafkaProducer<byte[], byte[]> producer = producer(config, 0)) {
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
                    progress("latency: sent %,d, received %,d", i, reader.latencyCount.sum());
                    lastLog = System.nanoTime();
                }
            }
        }
        double offeredS = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reader.latencyCount.sum() < total && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        gen.latencyUniques = gen.uniques - before;
        gen.uniques = before;
        long received = reader.latencyCount.sum();
        long[] h = reader.latency.sorted();
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("offered_per_s", total / offeredS);
        l.put("sent", total);
        l.put("received", received);
        l.put("sends_behind_schedule", late);
        l.put("counted", h.length);
        result.put("latency", l);
        // missing outputs count as beyond every percentile: no percentile is reported that they could hide
        double missing = total - received;
        result.put("latency_p50_ms", percentile(h, 50, missing));
        result.put("latency_p99_ms", percentile(h, 99, missing));
        result.put("latency_p999_ms", percentile(h, 99.9, missing));
        result.put("latency_max_ms", received == total && h.length > 0 ? (Object) h[h.length - 1] : null);
        progress("latency: %,d of %,d received; p50 %s, p99 %s, p99.9 %s ms", received, total,
                result.get("latency_p50_ms"), result.get("latency_p99_ms"), result.get("latency_p999_ms"));
    }

    /** Nearest-rank percentile over the counted samples plus {@code missing} ones beyond every value. */
    private static Object percentile(long[] sorted, double p, double missing) {
        double n = sorted.length + missing;
        long rank = (long) Math.ceil(p / 100 * n);
        if (sorted.length == 0 || rank > sorted.length) {
            return null;
        }
        return sorted[(int) Math.max(0, rank - 1)];
    }

    /** Latency samples in ms (a 30 s phase at 1,000/s is 30,000 longs: sorting is enough). */
    static final class Latencies {
        private long[] values = new long[1 << 16];
        private int size;

        synchronized void record(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        synchronized long[] sorted() {
            long[] copy = java.util.Arrays.copyOf(values, size);
            java.util.Arrays.sort(copy);
            return copy;
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // state cost

    private static Map<String, Object> stateCost(AppConfig config, Path stateDir, String appId, Path brokerDir,
                                                 long articles, long uniques) throws Exception {
        Map<String, Long> disk = new TreeMap<>();
        long sst = 0;
        long total = 0;
        try (Stream<Path> files = Files.walk(stateDir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                long size = Files.size(f);
                total += size;
                String name = f.getFileName().toString();
                if (name.endsWith(".sst")) {
                    sst += size;
                }
                String store = "other";
                for (Path part : stateDir.relativize(f)) {
                    for (String s : io.articlededup.topology.DedupTopology.STORES) {
                        if (part.toString().equals(s) || part.toString().startsWith(s + ".")) {
                            store = s;
                        }
                    }
                }
                disk.merge(store, size, Long::sum);
            }
        }
        Map<String, Long> changelogs = new TreeMap<>();
        Map<String, Long> internal = new TreeMap<>();
        try (Admin admin = Admin.create(TopicBootstrap.clientProperties(config))) {
            Map<Integer, Map<String, LogDirDescription>> dirs = admin.describeLogDirs(List.of(1)).allDescriptions()
                    .get(60, TimeUnit.SECONDS);
            for (Map<String, LogDirDescription> byDir : dirs.values()) {
                for (LogDirDescription d : byDir.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> e : d.replicaInfos().entrySet()) {
                        String t = e.getKey().topic();
                        if (t.startsWith(appId + "-") && t.endsWith("-changelog")) {
                            changelogs.merge(t.substring(appId.length() + 1), e.getValue().size(), Long::sum);
                        } else if (t.startsWith(appId + "-")) {
                            internal.merge(t.substring(appId.length() + 1), e.getValue().size(), Long::sum);
                        }
                    }
                }
            }
        }
        long changelogTotal = changelogs.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("articles_processed", articles);
        s.put("unique_articles", uniques);
        s.put("rocksdb_bytes", total);
        s.put("rocksdb_sst_bytes", sst);
        s.put("rocksdb_bytes_by_store", disk);
        s.put("rocksdb_bytes_per_article", (double) total / articles);
        s.put("rocksdb_bytes_per_unique_article", (double) total / uniques);
        s.put("changelog_bytes", changelogTotal);
        s.put("changelog_bytes_by_topic", changelogs);
        s.put("changelog_bytes_per_article", (double) changelogTotal / articles);
        s.put("other_internal_topic_bytes", internal);
        progress("state: RocksDB %,d B on disk (%,.0f B/article, %,.0f B/unique article; by store %s); changelogs %,d B "
                        + "(%,.0f B/article; %s)", total, (double) total / articles, (double) total / uniques, disk,
                changelogTotal, (double) changelogTotal / articles, changelogs);
        return s;
    }

    // ------------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private void printText(Map<String, Object> r) {
        System.out.println();
        System.out.println("bench: " + r.get("articles") + " articles, " + String.format("%.1f MB", ((Number) r.get("input_bytes")).longValue() / 1e6));
        System.out.printf("%-14s %14s %10s %18s%n", "", "articles/s", "MB/s", "articles/s (wall)");
        for (String k : List.of("passthrough", "ours")) {
            if (r.containsKey(k + "_articles_per_s")) {
                System.out.printf("%-14s %,14.0f %10.2f %,18.0f%n", k, r.get(k + "_articles_per_s"), r.get(k + "_mb_per_s"),
                        r.get(k + "_articles_per_s_wall"));
            }
        }
        if (r.containsKey("ratio")) {
            System.out.printf("ratio ours / pass-through: %.3f (wall, start-up included: %.3f)%n", r.get("ratio"), r.get("ratio_wall"));
        }
        System.out.println("ours statuses: " + r.get("ours_statuses") + " expected " + r.get("expected"));
        if (r.containsKey("latency")) {
            System.out.printf("latency at %s: p50 %s ms, p99 %s ms, p99.9 %s ms, max %s ms%n", r.get("latency"),
                    r.get("latency_p50_ms"), r.get("latency_p99_ms"), r.get("latency_p999_ms"), r.get("latency_max_ms"));
        }
        Map<String, Object> s = (Map<String, Object>) r.get("state");
        System.out.printf("state: RocksDB %,d B (%,.0f B/article, %,.0f B/unique article) %s%n", s.get("rocksdb_bytes"),
                s.get("rocksdb_bytes_per_article"), s.get("rocksdb_bytes_per_unique_article"), s.get("rocksdb_bytes_by_store"));
        System.out.printf("       changelogs %,d B (%,.0f B/article) %s%n", s.get("changelog_bytes"),
                s.get("changelog_bytes_per_article"), s.get("changelog_bytes_by_topic"));
    }

    static void progress(String format, Object... args) {
        System.err.printf("bench: " + format + "%n", args);
    }
}
