package io.articlededup.app;

import org.apache.kafka.streams.KafkaStreams;

import java.time.Clock;
import java.time.Duration;

/**
 * What {@code /ready} and {@code /health} answer.
 *
 * <p>Ready: Kafka Streams is RUNNING (or REBALANCING for less than a grace period: a rebalance is routine,
 * a long one is not) and a broker has answered within the broker timeout. The broker part is needed
 * because Kafka Streams stays RUNNING while every broker is away: its threads keep polling and retrying,
 * so its state alone would report a stalled instance as ready. Contact is reported by {@link BrokerProbe}.
 *
 * <p>Healthy (liveness): unless Kafka Streams is in ERROR or shutting down because of one. A broker
 * outage does not make the instance unhealthy: a restart cannot bring the broker back, and the instance
 * resumes by itself when it returns.
 */
public final class Readiness implements KafkaStreams.StateListener {
    private final Duration rebalanceGrace;
    private final Duration brokerTimeout;
    private final Clock clock;
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private volatile long since;
    private volatile long lastBrokerContact;
    private volatile String lastBrokerError;

    /**
     * @param brokerTimeout not ready once no broker has answered for this long; counted from construction
     *                      until the first answer
     */
    public Readiness(Duration rebalanceGrace, Duration brokerTimeout, Clock clock) {
        this.rebalanceGrace = rebalanceGrace;
        this.brokerTimeout = brokerTimeout;
        this.clock = clock;
        this.since = clock.millis();
        this.lastBrokerContact = since;
    }

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state = newState;
        since = clock.millis();
    }

    /** A broker answered a request just now. */
    public void brokerAnswered() {
        lastBrokerContact = clock.millis();
        lastBrokerError = null;
    }

    /** A request to the brokers failed; kept for the body of {@code /ready}. */
    public void brokerFailed(String error) {
        lastBrokerError = error;
    }

    public KafkaStreams.State state() {
        return state;
    }

    public boolean ready() {
        return streamsReady() && brokerReachable();
    }

    private boolean streamsReady() {
        KafkaStreams.State s = state;
        return s == KafkaStreams.State.RUNNING
                || (s == KafkaStreams.State.REBALANCING && clock.millis() - since < rebalanceGrace.toMillis());
    }

    /** False once no broker has answered for longer than the broker timeout. */
    public boolean brokerReachable() {
        return clock.millis() - lastBrokerContact <= brokerTimeout.toMillis();
    }

    public boolean healthy() {
        KafkaStreams.State s = state;
        return s != KafkaStreams.State.ERROR && s != KafkaStreams.State.PENDING_ERROR;
    }

    /** The body of {@code /ready}, e.g. {@code not ready: broker unreachable for 12 s (Kafka Streams RUNNING for 340 s)}. */
    public String describeReadiness() {
        if (ready()) {
            return "ready: " + streams();
        }
        if (!brokerReachable()) {
            return "not ready: " + broker() + " (" + streams() + ")";
        }
        return "not ready: " + streams();
    }

    /** The body of {@code /health}: the Kafka Streams state, and a broker outage for information. */
    public String describeHealth() {
        return (healthy() ? "up: " : "down: ") + streams() + (brokerReachable() ? "" : "; " + broker());
    }

    private String streams() {
        return "Kafka Streams " + state + " for " + seconds(clock.millis() - since);
    }

    private String broker() {
        String error = lastBrokerError;
        return "broker unreachable for " + seconds(clock.millis() - lastBrokerContact)
                + (error == null ? "" : ", last error: " + error);
    }

    private static String seconds(long millis) {
        return millis / 1000 + " s";
    }
}
