package io.articlededup.app;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        long millis = 1_000_000;

        void advance(Duration d) {
            millis += d.toMillis();
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final ManualClock clock = new ManualClock();
    final Readiness readiness = new Readiness(Duration.ofSeconds(60), Duration.ofSeconds(10), clock);

    @Test
    void runningWithABrokerThatAnswersIsReady() {
        readiness.onChange(State.RUNNING, State.REBALANCING);
        clock.advance(Duration.ofSeconds(30));
        readiness.brokerAnswered();
        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.describeReadiness()).isEqualTo("ready: Kafka Streams RUNNING for 30 s");
    }

    @Test
    void runningWhileNoBrokerAnswersIsNotReadyButHealthy() {
        readiness.onChange(State.RUNNING, State.REBALANCING);
        readiness.brokerAnswered();
        clock.advance(Duration.ofSeconds(10));
        readiness.brokerFailed("TimeoutException: Timed out waiting for a node assignment. Call: describeCluster");
        assertThat(readiness.ready()).as("at the timeout, not yet past it").isTrue();

        clock.advance(Duration.ofSeconds(2));
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.brokerReachable()).isFalse();
        assertThat(readiness.describeReadiness()).isEqualTo("not ready: broker unreachable for 12 s, last error: "
                + "TimeoutException: Timed out waiting for a node assignment. Call: describeCluster (Kafka Streams RUNNING for 12 s)");
        assertThat(readiness.healthy()).as("a broker outage is no reason to restart the instance").isTrue();
        assertThat(readiness.describeHealth()).startsWith("up: Kafka Streams RUNNING for 12 s; broker unreachable for 12 s");

        readiness.brokerAnswered();
        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.describeHealth()).isEqualTo("up: Kafka Streams RUNNING for 12 s");
    }

    @Test
    void aRebalanceIsReadyWithinItsGraceOnly() {
        readiness.onChange(State.REBALANCING, State.RUNNING);
        clock.advance(Duration.ofSeconds(59));
        readiness.brokerAnswered();
        assertThat(readiness.ready()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        readiness.brokerAnswered();
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.describeReadiness()).isEqualTo("not ready: Kafka Streams REBALANCING for 61 s");
    }

    @Test
    void anErrorIsUnhealthy() {
        readiness.onChange(State.ERROR, State.PENDING_ERROR);
        assertThat(readiness.healthy()).isFalse();
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.describeHealth()).isEqualTo("down: Kafka Streams ERROR for 0 s");
    }

    @Test
    void theBrokerTimeoutCountsFromTheStartUntilTheFirstAnswer() {
        readiness.onChange(State.RUNNING, State.REBALANCING);
        clock.advance(Duration.ofSeconds(11));
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.describeReadiness()).startsWith("not ready: broker unreachable for 11 s (");
    }
}
