package io.articlededup.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar article-dedup-app.jar <command>}: the production commands, {@code run} and {@code topology}
 * (see {@code --help}). The tools jar adds the demo, the embedded broker, produce, eval and the benchmarks
 * ({@code ToolsMain}).
 */
@Command(name = "article-dedup", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Cleans scraped news articles and removes exact and near duplicates, on Kafka Streams.",
        subcommands = {RunCommand.class, TopologyCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return withExitCodes(new CommandLine(new Main()));
    }

    /** Exit code 2 and a one-line message for an invalid configuration, 1 for a start that failed. */
    static CommandLine withExitCodes(CommandLine cl) {
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InvalidConfigException) {
                cmd.getErr().println("invalid configuration: " + e.getMessage());
                return 2;
            }
            if (e instanceof StartFailedException) {
                cmd.getErr().println("article-dedup cannot start: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"article-dedup " + (v == null ? "dev" : v)};
        }
    }
}
