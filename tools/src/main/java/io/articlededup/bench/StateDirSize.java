package io.articlededup.bench;

import io.articlededup.topology.DedupTopology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bytes of RocksDB state under a Kafka Streams state directory, by store ({@link DedupTopology#STORES};
 * files of no listed store, e.g. checkpoints, count as {@code other}).
 */
record StateDirSize(long total, long sst, Map<String, Long> byStore) {

    static StateDirSize of(Path stateDir) {
        Map<String, Long> byStore = new TreeMap<>();
        long[] sstAndTotal = new long[2];
        try {
            Files.walkFileTree(stateDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attributes) {
                    long size = attributes.size();
                    sstAndTotal[1] += size;
                    if (f.getFileName().toString().endsWith(".sst")) {
                        sstAndTotal[0] += size;
                    }
                    byStore.merge(storeOf(stateDir.relativize(f)), size, Long::sum);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    // RocksDB deletes files while it compacts: one gone since the directory was listed counts 0
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + stateDir, e);
        }
        return new StateDirSize(sstAndTotal[1], sstAndTotal[0], byStore);
    }

    /** Window stores keep one directory per segment, named {@code <store>.<segment>}. */
    private static String storeOf(Path relative) {
        String store = "other";
        for (Path part : relative) {
            for (String s : DedupTopology.STORES) {
                if (part.toString().equals(s) || part.toString().startsWith(s + ".")) {
                    store = s;
                }
            }
        }
        return store;
    }
}
