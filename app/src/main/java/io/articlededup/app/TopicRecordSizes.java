package io.articlededup.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure every existing topic the application writes (outputs, dead letters, replies, the internal
 * topics of an earlier run) accepts its largest record: a topic that does not stops the stream thread
 * on the first such record, under exactly-once again after every restart. Topics the application may
 * manage ({@code dedup.topics.create=true}) are raised; otherwise the start stops with the command that
 * fixes it. Without the right to read topic configurations it only warns.
 */
final class TopicRecordSizes {
    private static final Logger log = LoggerFactory.getLogger(TopicRecordSizes.class);

    private TopicRecordSizes() {
    }

    static Map<String, String> createConfig(int largestRecordBytes) {
        return Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(largestRecordBytes));
    }

    static void ensure(Admin admin, Collection<String> topics, int largestRecordBytes, boolean mayAlter) throws Exception {
        List<ConfigResource> resources = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        Map<ConfigResource, Config> configs;
        try {
            configs = admin.describeConfigs(resources).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthorizationException) {
                log.warn("cannot read the configuration of topics {} ({}): make sure their max.message.bytes is at least {}",
                        topics, e.getCause().getMessage(), largestRecordBytes);
                return;
            }
            throw e;
        }
        List<String> tooSmall = new ArrayList<>();
        for (var e : configs.entrySet()) {
            ConfigEntry entry = e.getValue().get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            if (entry != null && entry.value() != null && Long.parseLong(entry.value()) < largestRecordBytes) {
                tooSmall.add(e.getKey().name() + " (" + entry.value() + ")");
                if (mayAlter) {
                    AlterConfigOp raise = new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                            String.valueOf(largestRecordBytes)), AlterConfigOp.OpType.SET);
                    admin.incrementalAlterConfigs(Map.of(e.getKey(), List.of(raise))).all().get(60, TimeUnit.SECONDS);
                    log.info("raised max.message.bytes of topic {} from {} to {}, the largest record the application may write",
                            e.getKey().name(), entry.value(), largestRecordBytes);
                }
            }
        }
        if (!tooSmall.isEmpty() && !mayAlter) {
            throw RecordSizeSettings.belowLargestRecord("max.message.bytes of topics " + tooSmall, largestRecordBytes,
                    "one such record would stop the application; raise it (kafka-configs.sh --alter --entity-type topics "
                    + "--entity-name TOPIC --add-config max.message.bytes=" + largestRecordBytes + ")");
        }
    }
}
