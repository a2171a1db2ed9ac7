package io.articlededup.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks the cluster for its nodes ({@code describeCluster}) every few seconds on its own thread and reports
 * each answer or failure to {@link Readiness}. Kafka Streams does not say when it has lost the brokers (it
 * stays RUNNING and retries), so {@code /ready} needs this separate, cheap signal; it runs off the HTTP
 * request thread so that a probe never waits for a broker.
 */
final class BrokerProbe implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BrokerProbe.class);

    private final Admin admin;
    private final Readiness readiness;
    private final Duration requestTimeout;
    private final ScheduledExecutorService scheduler;
    private volatile boolean reachable = true;

    /**
     * @param timeout the readiness broker timeout: each request may take that long, and requests are sent
     *                often enough (a fifth of it, between 200 ms and 5 s apart) that an answer is seen soon
     *                after the brokers return
     */
    BrokerProbe(AppConfig config, Readiness readiness, Duration timeout) {
        Properties p = TopicBootstrap.clientProperties(config);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, config.string("kafka.application.id") + "-broker-probe");
        this.admin = Admin.create(p);
        this.readiness = readiness;
        this.requestTimeout = timeout;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "broker-probe");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(200, Math.min(5_000, timeout.toMillis() / 5));
        scheduler.scheduleWithFixedDelay(this::probe, 0, every, TimeUnit.MILLISECONDS);
    }

    private void probe() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) requestTimeout.toMillis()))
                    .nodes().get(requestTimeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            readiness.brokerAnswered();
            if (!reachable) {
                log.info("brokers answer again");
                reachable = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            readiness.brokerFailed(error);
            if (reachable) {
                log.warn("brokers do not answer ({}); /ready reports 503 once this lasts {} s", error,
                        requestTimeout.toSeconds());
                reachable = false;
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
