package io.articlededup.topology.bench;

import io.articlededup.broker.ScratchDirectories;
import io.articlededup.topology.RocksDbStoreOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteOptions;

/**
 * The index stores' point lookup, one thread: a RocksDB store opened with the options our config setter
 * gives ({@link RocksDbStoreOptions}), 200,000 keys of the band index's shape (10 bytes) with 8-byte
 * values, written the way Kafka Streams writes (no WAL) and left in the memtables (most of a live task's
 * recent keys are there).
 * <ul>
 *   <li>{@code getMiss}: a key never written, what most band lookups and boilerplate lookups are;</li>
 *   <li>{@code getHit}: a key that is there.</li>
 * </ul>
 * {@code memtableBloom=false} drops the memtable filter our setter adds, for a side-by-side in one run. The
 * rocksdbjni version is the pom's; {@code -Drocksdbjni.version=10.1.3} builds it with Kafka Streams' own.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class StoreLookupBenchmark {
    private static final int KEYS = 200_000;

    @Param({"true", "false"})
    public boolean memtableBloom;

    private Path dir;
    private Options options;
    private RocksDB db;
    private final SplittableRandom random = new SplittableRandom(7);

    @Setup(Level.Trial)
    public void setup() throws IOException, RocksDBException {
        RocksDB.loadLibrary();
        dir = Files.createTempDirectory("store-lookup");
        options = new Options().setCreateIfMissing(true);
        new RocksDbStoreOptions().setConfig("band-index", options, new HashMap<>());
        if (!memtableBloom) {
            options.setMemtablePrefixBloomSizeRatio(0);
        }
        options.setWriteBufferSize(64L << 20);
        db = RocksDB.open(options, dir.toString());
        try (WriteOptions noWal = new WriteOptions().setDisableWAL(true)) {
            for (int i = 0; i < KEYS; i++) {
                db.put(noWal, key(0, i), new byte[8]);
            }
        }
    }

    /** Band 2 bytes + band hash 8 bytes, as in the band index; written keys have band 0. */
    private static byte[] key(int band, long hash) {
        return ByteBuffer.allocate(10).putShort((short) band).putLong(hash * 0x9E3779B97F4A7C15L).array();
    }

    @Benchmark
    public byte[] getMiss() throws RocksDBException {
        return db.get(key(1, random.nextInt(KEYS)));
    }

    @Benchmark
    public byte[] getHit() throws RocksDBException {
        return db.get(key(0, random.nextInt(KEYS)));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        db.close();
        options.close();
        ScratchDirectories.delete(dir);
    }
}
