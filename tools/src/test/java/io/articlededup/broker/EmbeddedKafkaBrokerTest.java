package io.articlededup.broker;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaBrokerTest {
    @Test
    void startsARealBrokerThatCreatesTopicsAndSurvivesARestart() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startDefault()) {
            Map<String, Object> conf = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            try (Admin admin = Admin.create(conf)) {
                admin.createTopics(List.of(new NewTopic("t", 3, (short) 1))).all().get();
                assertThat(admin.describeCluster().clusterId().get()).isEqualTo(EmbeddedKafkaBroker.CLUSTER_ID);
            }
            broker.stop();
            broker.start();
            try (Admin admin = Admin.create(conf)) {
                assertThat(admin.listTopics().names().get()).contains("t");
            }
        }
    }
}
