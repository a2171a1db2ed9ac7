package io.articlededup.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar article-dedup.jar <command>}: see {@code --help}. */
@Command(name = "article-dedup", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Cleans scraped news articles and removes exact and near duplicates, on Kafka Streams.",
        subcommands = {RunCommand.class, DemoCommand.class, BrokerCommand.class, ProduceCommand.class, EvalCommand.class, BenchCommand.class, HistoryBenchCommand.class,
                TopologyCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
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
