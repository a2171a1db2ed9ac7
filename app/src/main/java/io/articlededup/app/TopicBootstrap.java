package io.articlededup.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Creates the application's input and output topics when they are missing (and it is allowed to). */
final class TopicBootstrap {
    private static final Logger log = LoggerFactory.getLogger(TopicBootstrap.class);

    private TopicBootstrap() {
    }

    static void ensureTopics(AppConfig config) {
        ensureRepliesTopic(config);
        List<String> topics = List.of(config.string("dedup.topic.input"), config.string("dedup.topic.clean"),
                config.string("dedup.topic.duplicates"), config.string("dedup.topic.dlq"));
        boolean create = config.bool("dedup.topics.create");
        if (!create) {
            log.info("dedup.topics.create=false: expecting topics {} to exist", topics);
        }
        int partitions = config.integer("dedup.topics.partitions", 1, 10_000);
        int replication = config.integer("dedup.topics.replication", -1, 32);
        int largestRecord = config.topologySettings().limits().largestRecordBytes();
        Properties adminProps = clientProperties(config);
        try (Admin admin = Admin.create(adminProps)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            TopicRecordSizes.ensure(admin, writtenTopics(config, existing), largestRecord, create);
            List<NewTopic> missing = new ArrayList<>();
            for (String t : topics) {
                if (create && !existing.contains(t)) {
                    missing.add(new NewTopic(t, Optional.of(partitions),
                            replication < 0 ? Optional.empty() : Optional.of((short) replication))
                            .configs(TopicRecordSizes.createConfig(largestRecord)));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            for (var e : admin.createTopics(missing).values().entrySet()) {
                try {
                    e.getValue().get(60, TimeUnit.SECONDS);
                    log.info("created topic {} ({} partitions)", e.getKey(), partitions);
                } catch (ExecutionException ex) {
                    if (!(ex.getCause() instanceof TopicExistsException)) {
                        throw ex;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (InvalidConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new StartFailedException("cannot check or create topics " + topics + " on " + config.bootstrapServers(), e);
        }
    }

    /** The existing topics the application writes: outputs, dead letters, and internal topics of an earlier run. */
    private static List<String> writtenTopics(AppConfig config, Set<String> existing) {
        String prefix = config.string("kafka.application.id") + "-";
        List<String> written = new ArrayList<>();
        for (String t : existing) {
            if (t.equals(config.string("dedup.topic.clean")) || t.equals(config.string("dedup.topic.duplicates"))
                    || t.equals(config.string("dedup.topic.dlq")) || t.equals(config.repliesTopic())
                    || (t.startsWith(prefix) && (t.endsWith("-changelog") || t.endsWith("-repartition")))) {
                written.add(t);
            }
        }
        return written;
    }

    /**
     * The near-duplicate stage's replies topic is read and written by this application only, like a
     * repartition topic, and must have exactly as many partitions as the internal repartition topics: a
     * reply is routed to the partition of the article it is for. Always created (it is ours); a wrong
     * partition count stops the start with a clear message instead of misrouting replies.
     */
    private static void ensureRepliesTopic(AppConfig config) {
        String topic = config.repliesTopic();
        int partitions = config.integer("dedup.topics.internal.partitions", 1, 10_000);
        int replication = config.integer("dedup.topics.replication", -1, 32);
        try (Admin admin = Admin.create(clientProperties(config))) {
            if (!admin.listTopics().names().get(60, TimeUnit.SECONDS).contains(topic)) {
                NewTopic t = new NewTopic(topic, Optional.of(partitions),
                        replication < 0 ? Optional.empty() : Optional.of((short) replication))
                        .configs(TopicRecordSizes.createConfig(config.topologySettings().limits().largestRecordBytes()));
                try {
                    admin.createTopics(List.of(t)).all().get(60, TimeUnit.SECONDS);
                    log.info("created internal topic {} ({} partitions)", topic, partitions);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            int actual = partitionCount(admin, topic);
            if (actual != partitions) {
                throw new InvalidConfigException("topic " + topic + " has " + actual + " partitions but "
                        + "dedup.topics.internal.partitions is " + partitions + ": they must be equal");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topic, e);
        } catch (InvalidConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new StartFailedException("cannot check or create topic " + topic + " on " + config.bootstrapServers(), e);
        }
    }

    /** Partitions of the input topic: the input tasks whose watermarks event-time order waits for. */
    static int inputPartitions(AppConfig config) {
        String topic = config.string("dedup.topic.input");
        try (Admin admin = Admin.create(clientProperties(config))) {
            return partitionCount(admin, topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + topic, e);
        } catch (Exception e) {
            throw new StartFailedException("cannot describe topic " + topic + " on " + config.bootstrapServers(), e);
        }
    }

    /** Describes a topic, waiting out the moment after its creation when metadata has not yet spread. */
    private static int partitionCount(Admin admin, String topic) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS)
                        .get(topic).partitions().size();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)
                        || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** Client settings shared by our own admin client and producers: connection and security only. */
    static Properties clientProperties(AppConfig config) {
        Properties streams = config.streamsProperties();
        Properties p = new Properties();
        Set<String> adminNames = AdminClientConfig.configNames();
        streams.forEach((k, v) -> {
            String key = (String) k;
            if (adminNames.contains(key) && (key.startsWith("bootstrap") || key.startsWith("security")
                    || key.startsWith("sasl") || key.startsWith("ssl") || key.equals("client.dns.lookup"))) {
                p.put(key, v);
            }
        });
        p.putIfAbsent(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        return p;
    }

    static Map<String, Object> asMap(Properties p) {
        Map<String, Object> m = new java.util.HashMap<>();
        p.forEach((k, v) -> m.put((String) k, v));
        return m;
    }
}
