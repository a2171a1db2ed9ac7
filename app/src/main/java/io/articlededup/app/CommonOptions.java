package io.articlededup.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Options every command that talks to Kafka shares. */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with settings (see article-dedup.properties).")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka brokers; overrides kafka.bootstrap.servers.")
    String bootstrapServers;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE", description = "Any setting, e.g. --set dedup.http.port=9000 (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    AppConfig load() {
        return load(Map.of());
    }

    /** @param commandDefaults settings a command implies (e.g. the demo's broker), below the user's flags */
    AppConfig load(Map<String, String> commandDefaults) {
        Map<String, String> flags = new LinkedHashMap<>(commandDefaults);
        flags.putAll(settings);
        if (bootstrapServers != null) {
            flags.put("kafka.bootstrap.servers", bootstrapServers);
        }
        return AppConfig.load(configFile, System.getenv(), flags);
    }
}
