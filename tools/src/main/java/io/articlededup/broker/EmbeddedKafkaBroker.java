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
import java.util.List;
import java.util.Map;
import java.util.Properties;

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
    /** SASL mechanism of the extra client listener, or null for none. */
    private final String saslMechanism;
    /** TLS of the extra client listener, or null for none. */
    private final Tls tls;
    /** Port of the extra client listener (SASL_PLAINTEXT, SASL_SSL or SSL), or -1. */
    private final int securedPort;
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
        this.tls = b.tls;
        this.securedPort = b.saslMechanism == null && b.tls == null ? -1 : freePort();
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
        if (securedPort > 0) {
            addSecuredListener(p);
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
        // keep records whatever their timestamp: eval replays articles with their 2024 publication times as
        // record timestamps, and time retention (7 days by default) deleted not-yet-read input at the
        // broker's first retention check, 30 s after start (77 of 1,584 eval events gone before the app read
        // them). A throw-away broker has no disk to protect.
        p.put("log.retention.ms", "-1");
        p.putAll(overrides);
        return p;
    }

    /**
     * The extra client listener beside the PLAINTEXT one: SASL_PLAINTEXT, SASL_SSL or SSL. The controller
     * and inter-broker traffic stay PLAINTEXT (KRaft, one node).
     */
    private void addSecuredListener(Properties p) {
        String protocol = saslMechanism == null ? "SSL" : tls == null ? "SASL_PLAINTEXT" : "SASL_SSL";
        String prefix = "listener.name." + protocol.toLowerCase(java.util.Locale.ROOT) + ".";
        p.put("listeners", "PLAINTEXT://localhost:" + port + "," + protocol + "://localhost:" + securedPort
                + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port + "," + protocol + "://localhost:" + securedPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + protocol + ":" + protocol + ",CONTROLLER:PLAINTEXT");
        if (saslMechanism != null) {
            p.put("sasl.enabled.mechanisms", saslMechanism);
            p.put(prefix + saslMechanism.toLowerCase(java.util.Locale.ROOT) + ".sasl.jaas.config",
                    saslMechanism.startsWith("SCRAM-") ? "org.apache.kafka.common.security.scram.ScramLoginModule required;"
                            : "org.apache.kafka.common.security.plain.PlainLoginModule required;");
        }
        if (tls != null) {
            p.put(prefix + "ssl.keystore.type", "PKCS12");
            p.put(prefix + "ssl.keystore.location", tls.keystore().toString());
            p.put(prefix + "ssl.keystore.password", tls.keystorePassword());
            p.put(prefix + "ssl.key.password", tls.keystorePassword());
            if (tls.clientTruststore() != null) {
                p.put(prefix + "ssl.truststore.type", "PKCS12");
                p.put(prefix + "ssl.truststore.location", tls.clientTruststore().toString());
                p.put(prefix + "ssl.truststore.password", tls.clientTruststorePassword());
                p.put(prefix + "ssl.client.auth", "required");
            }
        }
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

    /** The SASL listener's address (see {@link Builder#saslListener}): SASL_SSL with {@link Builder#tls}. */
    public String saslBootstrapServers() {
        if (saslMechanism == null) {
            throw new IllegalStateException("this broker has no SASL listener: build it with saslListener(...)");
        }
        return "localhost:" + securedPort;
    }

    /** The TLS listener's address (see {@link Builder#tls}): SASL_SSL with {@link Builder#saslListener}, else SSL. */
    public String tlsBootstrapServers() {
        if (tls == null) {
            throw new IllegalStateException("this broker has no TLS listener: build it with tls(...)");
        }
        return "localhost:" + securedPort;
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
        try {
            ScratchDirectories.delete(dir);
        } catch (UncheckedIOException e) {
            log.warn("could not delete {}: {}", dir, e.getCause().toString());
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

    /** The broker's TLS material: its PKCS12 keystore, and optionally a truststore of client certificates. */
    public record Tls(Path keystore, String keystorePassword, Path clientTruststore, String clientTruststorePassword) {
    }

    public static final class Builder {
        private int port;
        private Path logDir;
        private final Map<String, String> overrides = new java.util.HashMap<>();
        private final java.util.List<String> scramArguments = new java.util.ArrayList<>();
        private String saslMechanism;
        private Tls tls;

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

        /**
         * Encrypts the extra client listener (SASL_SSL with {@link #saslListener}, else SSL) with the key and
         * certificate in this PKCS12 keystore; with a {@link Tls#clientTruststore()} clients must present a
         * certificate it trusts (mutual TLS). For security tests.
         */
        public Builder tls(Tls tls) {
            this.tls = tls;
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }
    }
}
