package io.articlededup.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the stream processor against the brokers in the configuration.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Override
    public Integer call() throws Exception {
        AppConfig config = options.load();
        DedupApplication app = new DedupApplication(config);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        app.start();
        return app.awaitStop() ? 1 : 0;
    }
}
