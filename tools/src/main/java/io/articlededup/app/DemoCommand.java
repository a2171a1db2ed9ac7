package io.articlededup.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start an embedded Kafka broker, the processor and the HTTP endpoints; feed sample articles; "
                + "print a live summary until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--port", defaultValue = "9092", description = "Broker port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--http-port", defaultValue = "8080", description = "Port of /metrics, /health, /ready (default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--no-samples", description = "Start empty, so that any client (e.g. kcat) can feed articles.raw.")
    boolean noSamples;

    @Option(names = "--log-file", description = "Where the broker's and the processor's log goes "
            + "(default: article-dedup-demo.log in the temp directory).")
    Path logFile;

    @Option(names = {"-v", "--verbose"}, description = "Log to the console as the run command does, instead of to the log file.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Path log = logFile != null ? logFile : Path.of(System.getProperty("java.io.tmpdir"), "article-dedup-demo.log");
        if (!verbose) {
            DemoLog.toFile(log);
            System.out.println("demo: starting; the broker's and the processor's log is in " + log.toAbsolutePath()
                    + " (--verbose to see it here)");
        }
        LocalCluster cluster = LocalCluster.start(port, "demo");
        AppConfig config = options.load(cluster.settings(Map.of("dedup.http.port", String.valueOf(httpPort))));
        DedupApplication app = new DedupApplication(config);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            cluster.close();
            done.countDown();
        }, "shutdown"));
        app.start();
        System.out.printf("demo: Kafka on %s, input topic %s, metrics on http://localhost:%d/metrics (Ctrl-C to stop)%n",
                cluster.bootstrapServers(), config.string("dedup.topic.input"), app.httpPort());
        if (!noSamples) {
            int sent = ProduceCommand.send(config, config.string("dedup.topic.input"), SampleArticles.lines(), 1, 0, false);
            System.out.println("demo: fed " + sent + " sample articles");
        }
        System.out.flush();
        LiveSummary summary = new LiveSummary(app.registry());
        while (!done.await(2, TimeUnit.SECONDS)) {
            summary.printIfChanged(System.out);
        }
        return 0;
    }

}
