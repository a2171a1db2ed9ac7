package io.articlededup.broker;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running in this JVM, started
 * from the Maven artifacts. Used by {@code demo}, {@code broker}, {@code eval}, {@code bench} and the
 * integration tests; the stream processor itself only ever sees {@link #bootstrapServers()}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    /** Fixed so that a broker restarted on the same directory finds its own metadata. */
    public static final String CLUSTER_ID = "ArticleDedupLocal0000A";
    private static final int NODE_ID = 1;

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private final boolean deleteOnClose;
    private final Map<String, String> overrides;
    private final List<String> scramArguments;
    /** SASL mechanism of the extra SASL_PLAINTEXT listener, or null for none. */
    private final String saslMechanism;
    private final int saslPort;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Builder b) {
        this.port = b.port > 0 ? b.port : freePort();
        this.controllerPort = freePort();
        this.deleteOnClose = b.logDir == null;
        try {
            this.logDir = b.logDir != null ? Files.createDirectories(b.logDir)
                    : Files.createTempDirectory("article-dedup-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker's log directory", e);
        }
        this.overrides = Map.copyOf(b.overrides);
        this.scramArguments = List.copyOf(b.scramArguments);
        this.saslMechanism = b.saslMechanism;
        this.saslPort = b.saslMechanism == null ? -1 : freePort();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a broker on a free port in a temporary directory that is deleted on close. */
    public static EmbeddedKafkaBroker startDefault() {
        return builder().build().start();
    }

    public EmbeddedKafkaBroker start() {
        long t0 = System.nanoTime();
        Properties props = brokerProperties();
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        format(config);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        log.info("Embedded Kafka broker (KRaft) listening on {} in {} ms, data in {}",
                bootstrapServers(), (System.nanoTime() - t0) / 1_000_000, logDir);
        return this;
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        if (saslMechanism != null) {
            // clients may use either listener; the controller and inter-broker traffic stay PLAINTEXT (KRaft)
            p.put("listeners", "PLAINTEXT://localhost:" + port + ",SASL_PLAINTEXT://localhost:" + saslPort
                    + ",CONTROLLER://localhost:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://localhost:" + port + ",SASL_PLAINTEXT://localhost:" + saslPort);
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("sasl.enabled.mechanisms", saslMechanism);
            p.put("listener.name.sasl_plaintext." + saslMechanism.toLowerCase(java.util.Locale.ROOT) + ".sasl.jaas.config",
                    saslMechanism.startsWith("SCRAM-") ? "org.apache.kafka.common.security.scram.ScramLoginModule required;"
                            : "org.apache.kafka.common.security.plain.PlainLoginModule required;");
        }
        p.put("log.dirs", logDir.toString());
        // a single node cannot replicate: every internal topic gets one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        p.putAll(overrides);
        return p;
    }

    private void format(KafkaConfig config) {
        try {
            Formatter formatter = new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(CLUSTER_ID)
                    .addDirectory(logDir.toString())
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true);
            if (!scramArguments.isEmpty()) {
                formatter.setScramArguments(scramArguments);
            }
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the embedded broker's storage in " + logDir, e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The SASL_PLAINTEXT listener's address (see {@link Builder#saslListener}). */
    public String saslBootstrapServers() {
        if (saslMechanism == null) {
            throw new IllegalStateException("this broker has no SASL listener: build it with saslListener(...)");
        }
        return "localhost:" + saslPort;
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    /** Stops the broker and, when it made its own temporary directory, deletes it. */
    @Override
    public void close() {
        stop();
        if (deleteOnClose) {
            deleteRecursively(logDir);
        }
    }

    /** Stops the broker but keeps its data, so that {@link #start()} can bring it back (restart tests). */
    public void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            log.info("Embedded Kafka broker on port {} stopped", port);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}: {}", dir, e.toString());
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    public static final class Builder {
        private int port;
        private Path logDir;
        private final Map<String, String> overrides = new java.util.HashMap<>();
        private final java.util.List<String> scramArguments = new java.util.ArrayList<>();
        private String saslMechanism;

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Keep data in this directory (kept on close); by default a temporary one is used and deleted. */
        public Builder logDir(Path dir) {
            this.logDir = dir;
            return this;
        }

        public Builder brokerConfig(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /** e.g. {@code SCRAM-SHA-256=[name=alice,password=secret]}, as kafka-storage's --add-scram. */
        public Builder scramCredential(String argument) {
            scramArguments.add(argument);
            return this;
        }

        /**
         * Adds a {@code SASL_PLAINTEXT} listener on a free port ({@link #saslBootstrapServers()}) next to the
         * PLAINTEXT one, with this mechanism, e.g. {@code SCRAM-SHA-256}; users come from
         * {@link #scramCredential}. The KRaft controller listener stays PLAINTEXT. For security tests.
         */
        public Builder saslListener(String mechanism) {
            this.saslMechanism = mechanism;
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }
    }
}
