package io.articlededup.app;

import static org.awaitility.Awaitility.await;

import io.articlededup.bench.BenchClients;
import io.articlededup.broker.EmbeddedKafkaBroker;
import io.articlededup.broker.ScratchDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real broker with the article topics, and the application instances a test starts on it, in-process:
 * started before each test, every instance closed and the broker stopped after it. Instances share one
 * application id, so they split the partitions between them.
 */
final class InstancesOnBroker implements BeforeEachCallback, AfterEachCallback {
    private final String applicationId;
    private int partitions;
    private final List<DedupApplication> instances = new ArrayList<>();
    private EmbeddedKafkaBroker broker;
    private Path state;

    /** @param partitions of the article and internal topics; 0: the test calls {@link #createTopics} */
    InstancesOnBroker(String applicationId, int partitions) {
        this.applicationId = applicationId;
        this.partitions = partitions;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        state = Files.createTempDirectory(applicationId + "-state");
        broker = EmbeddedKafkaBroker.startDefault();
        if (partitions > 0) {
            KafkaTestClients.createArticleTopics(broker.bootstrapServers(), partitions);
        }
    }

    /**
     * For a test that chooses its partition count (constructed with 0): creates the article topics with
     * {@code n} partitions, and the instances started after get as many internal partitions.
     */
    void createTopics(int n) throws Exception {
        partitions = n;
        KafkaTestClients.createArticleTopics(broker.bootstrapServers(), n);
        Properties client = new Properties();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        // a producer that sends before the leaders are known can stall on OUT_OF_ORDER_SEQUENCE_NUMBER
        BenchClients.awaitLeaders(client, List.of("articles.raw", "articles.clean", "articles.duplicates", "articles.dlq"));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        instances.forEach(DedupApplication::close);
        instances.clear();
        broker.close();
        ScratchDirectories.delete(state);
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    List<DedupApplication> instances() {
        return instances;
    }

    /** Starts one more instance: its own state directory and an ephemeral HTTP port; {@code extra} on top. */
    DedupApplication start(Map<String, String> extra) throws Exception {
        Map<String, String> settings = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "kafka.application.id", applicationId,
                "kafka.state.dir", state.resolve("instance-" + (instances.size() + 1)).toString(),
                "dedup.topics.internal.partitions", String.valueOf(partitions),
                "dedup.topics.create", "false",
                "dedup.http.port", "0"));
        settings.putAll(extra);
        DedupApplication app = new DedupApplication(AppConfig.defaults().with(settings)).start();
        instances.add(app);
        return app;
    }

    void awaitAllRunning() {
        await().atMost(Duration.ofSeconds(90)).until(() -> instances.stream()
                .allMatch(a -> a.readiness().state() == KafkaStreams.State.RUNNING));
    }
}
