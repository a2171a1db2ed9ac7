package io.articlededup.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.articlededup.app.ArticleMix.Input;
import io.articlededup.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application in a JVM bounded to a 384 MiB heap, with {@code dedup.rocksdb.memory=128MiB}, six tasks
 * of every store, and every article of the stream retained: its resident memory, sampled every 200 ms from
 * {@code /proc}, stays under heap + RocksDB budget + the JVM's own allowance. Unbounded, RocksDB's
 * defaults (a 50 MB block cache and up to three 16 MB memtables per store, 48 stores) could take 4 GB.
 */
@Tag("slow")
class MemoryBudgetIT {
    static final int ARTICLES = Integer.getInteger("memory.articles", 20_000);
    static final long HEAP = 384L << 20;
    static final long ROCKSDB = 128L << 20;
    /** Metaspace, code cache, GC structures, thread stacks, the clients' buffers, glibc arenas. */
    static final long JVM_OWN = 448L << 20;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void residentMemoryStaysInsideHeapPlusRocksDbBudgetPlusTheJvmsOwn() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic("articles.raw", 6, (short) 1))).all().get();
            }
            List<Input> inputs = ArticleMix.generate(11, ARTICLES, 10);
            try (ChildApplication app = new ChildApplication(bootstrap, "memory", dir.resolve("memory"), 6)) {
                app.maxHeap("384m").set("dedup.rocksdb.memory", Long.toString(ROCKSDB));
                app.start();
                AtomicLong peak = new AtomicLong();
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted() && app.alive()) {
                        peak.accumulateAndGet(residentBytes(app.pid()), Math::max);
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "rss-sampler");
                sampler.setDaemon(true);
                sampler.start();
                long t0 = System.nanoTime();
                ArticleMix.produce(bootstrap, "articles.raw", inputs, 2_000, new AtomicInteger());
                PublishedOutcomes.awaitAll(bootstrap, "memory", inputs.size(), Duration.ofMinutes(15));
                long end = residentBytes(app.pid());
                sampler.interrupt();
                sampler.join();
                long state = bytesBelow(dir.resolve("memory"));
                System.out.printf("%n== memory budget: %,d articles retained in %.0f s, 6 partitions ==%n"
                                + "  resident memory: peak %,d MiB, at the end %,d MiB%n"
                                + "  bound: heap %d MiB + RocksDB %d MiB + JVM %d MiB = %d MiB; state on disk %,d MiB%n",
                        ARTICLES, (System.nanoTime() - t0) / 1e9, peak.get() >> 20, end >> 20, HEAP >> 20, ROCKSDB >> 20,
                        JVM_OWN >> 20, (HEAP + ROCKSDB + JVM_OWN) >> 20, state >> 20);
                assertThat(app.alive()).as("the application is still running").isTrue();
                assertThat(peak.get()).as("peak resident bytes").isPositive().isLessThan(HEAP + ROCKSDB + JVM_OWN);
                app.stop();
            }
        }
    }

    /** VmRSS of a Linux process, in bytes; 0 once it is gone. */
    static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    static long bytesBelow(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
