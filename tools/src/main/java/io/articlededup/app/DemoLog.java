package io.articlededup.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Sends the demo's log to a file, so that its console shows what a first run wants to see: where things
 * are and the live summary. The embedded broker and the clients log dozens of start-up lines (controller
 * activation, topics not yet created, a temp state directory) that are expected in a demo and would
 * bury the summary; errors still reach the console.
 */
final class DemoLog {

    private DemoLog() {
    }

    /** Reconfigures logging from {@code logback-demo.xml}, writing to {@code file}. */
    static void toFile(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.putProperty("DEMO_LOG_FILE", file.toAbsolutePath().toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(DemoLog.class.getResource("/logback-demo.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure the demo's log file " + file, e);
        }
    }
}
