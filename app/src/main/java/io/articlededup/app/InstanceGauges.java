package io.articlededup.app;

import io.articlededup.topology.DedupTopology;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The gauges of one instance: readiness, broker reachability, the Kafka Streams state (one series per
 * state, 1 for the current one, labelled as the alert rules match it) and the estimated entries of each
 * state store.
 */
final class InstanceGauges {

    private InstanceGauges() {
    }

    static void register(MeterRegistry registry, Readiness readiness, Supplier<KafkaStreams> streams) {
        Gauge.builder("dedup_ready", readiness, r -> r.ready() ? 1 : 0)
                .description("1 when the processor is RUNNING (or briefly REBALANCING) and a broker answers, else 0")
                .register(registry);
        Gauge.builder("dedup_broker_reachable", readiness, r -> r.brokerReachable() ? 1 : 0)
                .description("1 when a broker has answered within dedup.http.ready.broker.timeout, else 0").register(registry);
        for (KafkaStreams.State s : KafkaStreams.State.values()) {
            Gauge.builder("dedup_streams_state", readiness, r -> r.state() == s ? 1 : 0)
                    .description("1 for the current Kafka Streams client state").tag("state", s.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
        for (String store : DedupTopology.STORES) {
            Gauge.builder("dedup_state_store_entries", streams, st -> estimatedEntries(st.get(), store))
                    .description("Estimated entries in a state store on this instance (RocksDB estimate-num-keys)")
                    .tag("store", store).register(registry);
        }
    }

    /** Sums RocksDB's own key estimate over the store's tasks and segments. */
    static double estimatedEntries(KafkaStreams streams, String store) {
        if (streams == null) {
            return 0;
        }
        double sum = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName n = e.getKey();
            if (n.name().equals("estimate-num-keys") && n.tags().values().stream().anyMatch(v -> v.equals(store))
                    && e.getValue().metricValue() instanceof Number num) {
                sum += num.doubleValue();
            }
        }
        return sum;
    }
}
