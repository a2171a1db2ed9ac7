package io.articlededup.query;

import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QueryRouteTest {
    private static final HostInfo SELF = new HostInfo("10.0.0.1", 8080);
    private static final HostInfo OTHER = new HostInfo("10.0.0.2", 8080);

    private static KeyQueryMetadata ownedBy(HostInfo host, int partition) {
        return new KeyQueryMetadata(host, Set.of(), partition);
    }

    @Test
    void aKeyThisInstanceOwnsIsAnsweredHereFromItsPartition() {
        assertThat(QueryRoute.decide(State.RUNNING, ownedBy(SELF, 4), SELF, false)).isEqualTo(new QueryRoute.Local(4));
        assertThat(QueryRoute.decide(State.RUNNING, ownedBy(SELF, 4), SELF, true))
                .as("a forwarded request for a key this instance owns").isEqualTo(new QueryRoute.Local(4));
    }

    @Test
    void aKeyAnotherInstanceOwnsIsForwardedThereOnceOnly() {
        assertThat(QueryRoute.decide(State.RUNNING, ownedBy(OTHER, 1), SELF, false)).isEqualTo(new QueryRoute.Forward(OTHER));
        assertThat(QueryRoute.decide(State.RUNNING, ownedBy(OTHER, 1), SELF, true))
                .as("forwarded here, and the metadata names someone else: no second hop")
                .isInstanceOf(QueryRoute.Unavailable.class);
        assertThat(QueryRoute.decide(State.RUNNING, ownedBy(new HostInfo("10.0.0.1", 8081), 1), SELF, false))
                .as("same host, another port: another instance").isInstanceOf(QueryRoute.Forward.class);
    }

    @Test
    void nothingIsAnsweredWhileRebalancingOrWithoutAnOwner() {
        assertThat(QueryRoute.decide(State.REBALANCING, ownedBy(SELF, 0), SELF, false))
                .isEqualTo(new QueryRoute.Unavailable("rebalancing: the partitions are being assigned; retry in a few seconds"));
        assertThat(QueryRoute.decide(State.PENDING_SHUTDOWN, ownedBy(SELF, 0), SELF, false)).isInstanceOf(QueryRoute.Unavailable.class);
        assertThat(QueryRoute.decide(State.RUNNING, KeyQueryMetadata.NOT_AVAILABLE, SELF, false)).isInstanceOf(QueryRoute.Unavailable.class);
        assertThat(QueryRoute.decide(State.RUNNING, null, SELF, false)).isInstanceOf(QueryRoute.Unavailable.class);
        assertThat(QueryRoute.decide(State.RUNNING, ownedBy(HostInfo.unavailable(), 0), SELF, false))
                .isInstanceOf(QueryRoute.Unavailable.class);
    }
}
