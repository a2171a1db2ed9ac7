package io.articlededup.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar article-dedup-tools.jar <command>}: every command, those of the production jar ({@code run},
 * {@code topology}, from {@link Main}) and the ones around it (demo, embedded broker, produce, eval, bench).
 */
@Command(name = "article-dedup", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Cleans scraped news articles and removes exact and near duplicates, on Kafka Streams.",
        subcommands = {RunCommand.class, DemoCommand.class, BrokerCommand.class, ProduceCommand.class, EvalCommand.class, BenchCommand.class, HistoryBenchCommand.class,
                TopologyCommand.class,
                CommandLine.HelpCommand.class})
public final class ToolsMain {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return Main.withExitCodes(new CommandLine(new ToolsMain()));
    }
}
