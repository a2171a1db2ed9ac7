package io.articlededup.app;

import org.apache.kafka.streams.KafkaStreams;

import java.time.Clock;
import java.time.Duration;

/**
 * What {@code /ready} and {@code /health} answer, from the Kafka Streams state: ready when RUNNING, or
 * REBALANCING for less than a grace period (a rebalance is routine; a long one is not); healthy unless
 * the client is in ERROR or shutting down because of one.
 */
public final class Readiness implements KafkaStreams.StateListener {
    private final Duration rebalanceGrace;
    private final Clock clock;
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private volatile long since;

    public Readiness(Duration rebalanceGrace, Clock clock) {
        this.rebalanceGrace = rebalanceGrace;
        this.clock = clock;
        this.since = clock.millis();
    }

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state = newState;
        since = clock.millis();
    }

    public KafkaStreams.State state() {
        return state;
    }

    public boolean ready() {
        KafkaStreams.State s = state;
        return s == KafkaStreams.State.RUNNING
                || (s == KafkaStreams.State.REBALANCING && clock.millis() - since < rebalanceGrace.toMillis());
    }

    public boolean healthy() {
        KafkaStreams.State s = state;
        return s != KafkaStreams.State.ERROR && s != KafkaStreams.State.PENDING_ERROR;
    }

    public String describe() {
        return state + " for " + Duration.ofMillis(clock.millis() - since).toSeconds() + "s";
    }
}
