package io.articlededup.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary directories the tools make for a broker's log, Kafka Streams state or a RocksDB
 * benchmark, and their removal when the run ends.
 */
public final class ScratchDirectories {

    private ScratchDirectories() {
    }

    /**
     * Deletes {@code root} and everything under it, deepest first; nothing when it does not exist.
     *
     * @throws UncheckedIOException when the tree cannot be listed (a file that cannot be deleted is left)
     */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }
}
