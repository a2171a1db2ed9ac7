package io.articlededup.app;

import io.articlededup.broker.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Start only the embedded single-node Kafka broker (KRaft), for your own clients.")
final class BrokerCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "9092", description = "Listener port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--data-dir", description = "Keep the broker's data here (default: a temporary directory, deleted on exit).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(port).logDir(dataDir).build().start();
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            done.countDown();
        }, "shutdown"));
        System.out.println("Kafka broker ready: bootstrap.servers=" + broker.bootstrapServers() + " (Ctrl-C to stop)");
        System.out.flush();
        done.await();
        return 0;
    }
}
