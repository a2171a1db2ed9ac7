package io.articlededup.app;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.query.QueryEndpoints;
import io.articlededup.topology.DedupTopology;
import io.articlededup.topology.TopologySettings;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The running stream processor: topics checked, topology built from config, Kafka Streams started,
 * metrics and HTTP endpoints wired. {@code run}, {@code demo}, {@code eval} and the tests all use it.
 */
public final class DedupApplication implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DedupApplication.class);

    private final AppConfig config;
    private final PrometheusMeterRegistry registry;
    private final DedupMetrics metrics;
    private final Readiness readiness;
    private final Duration brokerTimeout;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private KafkaStreams streams;
    private KafkaStreamsMetrics streamsMetrics;
    private HttpEndpoints http;
    private BrokerProbe brokerProbe;
    private volatile boolean failed;

    public DedupApplication(AppConfig config) {
        this.config = config;
        this.registry = MetricsSetup.prometheusRegistry(config.string("kafka.application.id"));
        this.metrics = new DedupMetrics(registry, config.integer("dedup.metrics.sources.top", 0, 10_000));
        this.brokerTimeout = config.duration("dedup.http.ready.broker.timeout");
        if (brokerTimeout.compareTo(Duration.ofSeconds(1)) < 0 || brokerTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new InvalidConfigException("dedup.http.ready.broker.timeout: must be between 1s and 1h, got "
                    + config.string("dedup.http.ready.broker.timeout"));
        }
        Duration queryTimeout = config.duration("dedup.http.query.timeout");
        if (queryTimeout.compareTo(Duration.ofMillis(100)) < 0 || queryTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new InvalidConfigException("dedup.http.query.timeout: must be between 100ms and 1m, got "
                    + config.string("dedup.http.query.timeout"));
        }
        String advertised = config.optional("dedup.http.advertised");
        if (advertised != null) {
            AdvertisedAddress.parse(advertised);
        }
        this.readiness = new Readiness(config.duration("dedup.http.ready.rebalance.grace"), brokerTimeout, Clock.systemUTC());
        config.topologySettings(); // fail on bad settings before touching the cluster
    }

    public DedupApplication start() throws IOException {
        log.info("starting article-dedup against {} with settings:\n{}", config.bootstrapServers(), config.describe());
        StateFormatMarker.check(config); // local state written with other sketch settings: stop, say how to reset
        TopicBootstrap.ensureTopics(config);
        TopologySettings settings = config.topologySettings();
        if (settings.order().enabled()) {
            settings = settings.withOrder(settings.order().withInputPartitions(TopicBootstrap.inputPartitions(config)));
        }
        Topology topology = DedupTopology.build(settings, metrics);
        log.debug("topology:\n{}", topology.describe());
        // bound before Kafka Streams exists: with port 0 only the bound port tells the others where to ask
        http = new HttpEndpoints(config.string("dedup.http.bind"),
                config.integer("dedup.http.port", 0, 65535), registry, readiness);
        HostInfo self = AdvertisedAddress.of(config, http.port());
        Properties streamsProperties = config.streamsProperties();
        streamsProperties.put(StreamsConfig.APPLICATION_SERVER_CONFIG,
                (self.host().contains(":") ? "[" + self.host() + "]" : self.host()) + ":" + self.port());
        streams = new KafkaStreams(topology, streamsProperties);
        streams.setStateListener((newState, oldState) -> {
            readiness.onChange(newState, oldState);
            log.info("Kafka Streams {} -> {}", oldState, newState);
            if (newState == KafkaStreams.State.NOT_RUNNING || newState == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            // an exception that reaches here is a bug or a broken cluster, not bad input (bad input goes to
            // the dead-letter topic): stop cleanly and let the supervisor restart us from committed state
            log.error("unrecoverable error in a stream thread; shutting down", e);
            failed = true;
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        InstanceGauges.register(registry, readiness, () -> streams);
        brokerProbe = new BrokerProbe(config, readiness, brokerTimeout);
        http.serveQueries(new QueryEndpoints(streams, self,
                settings.boilerplate().enabled() ? settings.boilerplate().minArticles() : 0,
                config.duration("dedup.http.query.timeout")));
        streams.start();
        return this;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Readiness readiness() {
        return readiness;
    }

    public int httpPort() {
        return http.port();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Blocks until Kafka Streams stops; true if it stopped because of an error. */
    public boolean awaitStop() throws InterruptedException {
        stopped.await();
        return failed || readiness.state() == KafkaStreams.State.ERROR;
    }

    @Override
    public void close() {
        if (streams != null) {
            streams.close(Duration.ofSeconds(30));
        }
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        if (http != null) {
            http.close();
        }
        if (brokerProbe != null) {
            brokerProbe.close();
        }
        stopped.countDown();
        log.info("article-dedup stopped");
    }
}
