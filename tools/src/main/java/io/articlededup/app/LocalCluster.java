package io.articlededup.app;

import io.articlededup.broker.ScratchDirectories;
import io.articlededup.broker.EmbeddedKafkaBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything a one-process run needs ({@code demo}, {@code eval}, {@code bench}): an embedded broker and
 * a throw-away state directory, both gone on close.
 */
final class LocalCluster implements AutoCloseable {
    private final EmbeddedKafkaBroker broker;
    private final Path stateRoot;

    private LocalCluster(EmbeddedKafkaBroker broker, Path stateRoot) {
        this.broker = broker;
        this.stateRoot = stateRoot;
    }

    /** @param port the broker's port, 0 for any free one */
    static LocalCluster start(int port, String name) {
        try {
            Path state = Files.createTempDirectory("article-dedup-" + name + "-state-");
            return new LocalCluster(EmbeddedKafkaBroker.builder().port(port).build().start(), state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory for " + name, e);
        }
    }

    EmbeddedKafkaBroker broker() {
        return broker;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** A state directory of its own for one application in this run. */
    Path stateDir(String app) {
        return stateRoot.resolve(app);
    }

    /**
     * Settings that point the application at this cluster, below the user's flags: the broker, a state
     * directory, one replica (there is one broker), and {@code extra}.
     */
    Map<String, String> settings(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "kafka.state.dir", stateDir("app").toString(),
                "dedup.topics.replication", "1"));
        s.putAll(extra);
        return s;
    }

    @Override
    public void close() {
        broker.close();
        try {
            ScratchDirectories.delete(stateRoot);
        } catch (UncheckedIOException e) {
            System.err.println("could not delete " + stateRoot + ": " + e.getCause().getMessage());
        }
    }
}
