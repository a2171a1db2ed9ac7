package io.articlededup.query;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Where a query about one key is answered: here (the key's partition is an active task of this instance),
 * at the instance Kafka Streams names as its owner, or nowhere right now.
 */
public sealed interface QueryRoute {
    record Local(int partition) implements QueryRoute {
    }

    record Forward(HostInfo owner) implements QueryRoute {
    }

    record Unavailable(String reason) implements QueryRoute {
    }

    /**
     * @param forwarded the request came from another instance, which took this one for the owner: answering
     *                  here or failing, never forwarding again, stops a loop while two instances disagree
     *                  on who owns the key (during a rebalance, their metadata moves at different moments)
     */
    static QueryRoute decide(KafkaStreams.State state, KeyQueryMetadata owner, HostInfo self, boolean forwarded) {
        if (state != KafkaStreams.State.RUNNING) {
            return new Unavailable(state == KafkaStreams.State.REBALANCING
                    ? "rebalancing: the partitions are being assigned; retry in a few seconds"
                    : "Kafka Streams is " + state + ", not RUNNING");
        }
        if (owner == null || owner == KeyQueryMetadata.NOT_AVAILABLE || owner.activeHost() == null
                || owner.activeHost().equals(HostInfo.unavailable())) {
            return new Unavailable("no instance owns the key's partition yet; retry in a few seconds");
        }
        if (owner.activeHost().equals(self)) {
            return new Local(owner.partition());
        }
        if (forwarded) {
            return new Unavailable("this instance was asked as the owner but the metadata names "
                    + owner.activeHost().host() + ":" + owner.activeHost().port() + "; ownership is moving, retry");
        }
        return new Forward(owner.activeHost());
    }
}
