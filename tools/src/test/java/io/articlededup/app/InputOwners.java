package io.articlededup.app;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Which application instance owns each partition of the input topic right now, as the consumer group
 * describes it to any Kafka client: the black-box way to tell that two records went to different
 * instances. An instance is named by its Kafka Streams client id without the thread suffix.
 */
final class InputOwners {
    private InputOwners() {
    }

    /** Partition -> owning instance; partitions in the middle of a rebalance are missing. Empty on error. */
    static Map<Integer, String> of(Admin admin, String applicationId, String inputTopic) {
        Map<Integer, String> owners = new HashMap<>();
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(java.util.List.of(applicationId))
                    .describedGroups().get(applicationId).get(5, TimeUnit.SECONDS);
            for (MemberDescription m : group.members()) {
                String instance = m.clientId().replaceFirst("-StreamThread-\\d+-consumer$", "");
                for (TopicPartition tp : m.assignment().topicPartitions()) {
                    if (tp.topic().equals(inputTopic)) {
                        owners.put(tp.partition(), instance);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the group is between generations or the broker is busy: no answer this time
        }
        return owners;
    }

    /** How many distinct instances own input partitions. */
    static long instances(Map<Integer, String> owners) {
        return owners.values().stream().distinct().count();
    }
}
