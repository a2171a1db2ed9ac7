package io.articlededup.app;

import io.articlededup.model.ArticleLimits;
import io.articlededup.text.CleanerSettings;
import io.articlededup.sketch.ShingleMode;
import io.articlededup.sketch.SketchConfig;
import io.articlededup.topology.BoilerplateSettings;
import io.articlededup.topology.NearDuplicateSettings;
import io.articlededup.topology.OrderSettings;
import io.articlededup.topology.TopologySettings;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The application's configuration: the documented defaults in {@code article-dedup.properties}, then an
 * optional file, then the environment ({@code DEDUP_*}, {@code KAFKA_*}), then flags ({@link ConfigSources}
 * reads them). Our settings live under {@code dedup.}, Kafka's under {@code kafka.}. Every getter validates
 * and names the setting in its error, so a bad value fails at start, not at the first record.
 */
public final class AppConfig {
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|jaas|token|credential|key\\.pem|keystore\\.key).*");

    private final Map<String, String> values;
    private final Set<String> knownDedupKeys;

    private AppConfig(Map<String, String> values, Set<String> knownDedupKeys) {
        this.values = values;
        this.knownDedupKeys = knownDedupKeys;
        ConfigSources.checkKnownKeys(values, knownDedupKeys);
    }

    /**
     * @param file      an optional properties file ({@code --config})
     * @param env       the environment (System.getenv() in production)
     * @param overrides flags, as full keys ({@code dedup.http.port}, {@code kafka.bootstrap.servers})
     */
    public static AppConfig load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> v = new TreeMap<>(ConfigSources.defaults());
        Set<String> known = new TreeSet<>();
        v.keySet().stream().filter(k -> k.startsWith("dedup.")).forEach(known::add);
        if (file != null) {
            v.putAll(ConfigSources.file(file));
        }
        v.putAll(ConfigSources.fromEnvironment(env));
        v.putAll(overrides);
        return new AppConfig(v, known);
    }

    public static AppConfig defaults() {
        return load(null, Map.of(), Map.of());
    }

    /** A copy with more overrides on top (used by demo, eval and tests). */
    public AppConfig with(Map<String, String> overrides) {
        Map<String, String> v = new TreeMap<>(values);
        v.putAll(overrides);
        return new AppConfig(v, knownDedupKeys);
    }

    // ---- typed access ------------------------------------------------------------------------

    public String string(String key) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            throw new InvalidConfigException(key + ": is required but not set");
        }
        return v;
    }

    /** The value, or null when the setting is empty: for settings whose default is derived at start. */
    public String optional(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public int integer(String key, int min, int max) {
        String v = string(key);
        try {
            int i = Integer.parseInt(v.replace("_", ""));
            if (i < min || i > max) {
                throw new InvalidConfigException(key + ": must be between " + min + " and " + max + ", got " + v);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key + ": must be an integer, got '" + v + "'");
        }
    }

    /** A size in bytes: a plain number, or with a KiB, MiB or GiB suffix ({@code 256MiB}). */
    public long bytes(String key) {
        String v = string(key).replace("_", "").trim();
        long unit = 1;
        for (String[] u : new String[][] {{"KiB", "1024"}, {"MiB", "1048576"}, {"GiB", "1073741824"}}) {
            if (v.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                v = v.substring(0, v.length() - u[0].length()).trim();
            }
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new InvalidConfigException(key + ": must be >= 0, got " + string(key));
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidConfigException(key + ": must be a size in bytes (e.g. 268435456 or 256MiB), got '" + string(key) + "'");
        }
    }

    public boolean bool(String key) {
        String v = string(key).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new InvalidConfigException(key + ": must be true or false, got '" + v + "'");
        };
    }

    public java.time.Duration duration(String key) {
        String v = string(key);
        try {
            return Durations.parse(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(key + ": " + e.getMessage());
        }
    }

    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        String v = string(key);
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(key + ": must be one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                    + ", got '" + v + "'");
        }
    }

    // ---- views ---------------------------------------------------------------------------------

    public TopologySettings topologySettings() {
        ArticleLimits limits;
        try {
            limits = new ArticleLimits(integer("dedup.limits.max.article.bytes", 1024, 100 * 1024 * 1024),
                    integer("dedup.limits.max.paragraphs", 1, 1_000_000),
                    integer("dedup.limits.max.paragraph.chars", 10, 10_000_000),
                    integer("dedup.limits.max.json.depth", 2, 1000),
                    integer("dedup.limits.max.dead.letter.bytes", 64 * 1024, 100 * 1024 * 1024));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(e.getMessage());
        }
        CleanerSettings cleaner = CleanerSettings.defaults()
                .withMaxHeadlineWords(integer("dedup.clean.max.headline.words", 2, 200));
        SketchConfig sketch = new SketchConfig(
                choice("dedup.near.shingle.mode", ShingleMode.class),
                integer("dedup.near.shingle.size", 1, 32),
                integer("dedup.near.bands", 1, 1024) * integer("dedup.near.rows", 1, 64),
                integer("dedup.near.bands", 1, 1024), integer("dedup.near.rows", 1, 64),
                longValue("dedup.near.seed"));
        NearDuplicateSettings near;
        BoilerplateSettings boilerplate;
        try {
            near = new NearDuplicateSettings(bool("dedup.near.enabled"), sketch,
                    decimal("dedup.near.threshold", 0.01, 1.0), duration("dedup.near.retention"),
                    duration("dedup.near.decision.grace"), duration("dedup.near.decision.timeout"),
                    integer("dedup.near.min.shingles", 1, 10_000), duration("dedup.near.decision.memory"));
            boilerplate = new BoilerplateSettings(bool("dedup.boilerplate.enabled"),
                    integer("dedup.boilerplate.min.articles", 2, 1_000_000), duration("dedup.boilerplate.retention"));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("dedup.near.* / dedup.boilerplate.*: " + e.getMessage());
        }
        return new TopologySettings(
                string("dedup.topic.input"), string("dedup.topic.clean"), string("dedup.topic.duplicates"),
                string("dedup.topic.dlq"), repliesTopic(),
                choice("dedup.duplicates.mode", TopologySettings.DuplicateMode.class),
                integer("dedup.topics.internal.partitions", 1, 10_000),
                duration("dedup.exact.retention"), limits, cleaner, boilerplate, near,
                duration("dedup.decisions.retention"), orderSettings());
    }

    private OrderSettings orderSettings() {
        try {
            return new OrderSettings(bool("dedup.order.enabled"), duration("dedup.order.lateness"),
                    duration("dedup.order.idle"), duration("dedup.order.interval"));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException("dedup.order.*: " + e.getMessage());
        }
    }

    /** {@link TopologySettings#repliesTopic}: named after the application so two apps never share it. */
    public String repliesTopic() {
        return TopologySettings.repliesTopic(string("kafka.application.id"));
    }

    public long longValue(String key) {
        String v = string(key);
        try {
            return v.startsWith("0x") ? Long.parseUnsignedLong(v.substring(2), 16) : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key + ": must be an integer (decimal or 0x hex), got '" + v + "'");
        }
    }

    public double decimal(String key, double min, double max) {
        String v = string(key);
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw new InvalidConfigException(key + ": must be between " + min + " and " + max + ", got " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(key + ": must be a number, got '" + v + "'");
        }
    }

    /** The Kafka Streams configuration: every {@code kafka.*} setting, prefix removed. */
    public Properties streamsProperties() {
        Properties p = new Properties();
        values.forEach((k, v) -> {
            if (k.startsWith("kafka.")) {
                p.put(k.substring(6), v);
            }
        });
        // bad records that get past our validation land in the same dead-letter topic (KIP-1034)
        p.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, string("dedup.topic.dlq"));
        RecordSizeSettings.apply(p, topologySettings().limits().largestRecordBytes());
        // the RocksDB options class reads its budget from the Streams configuration it is handed
        p.put(io.articlededup.topology.RocksDbStoreOptions.MEMORY_CONFIG, Long.toString(bytes("dedup.rocksdb.memory")));
        return p;
    }

    public String bootstrapServers() {
        return string("kafka.bootstrap.servers");
    }

    /** All settings, secrets replaced by {@code [redacted]}: safe to log. */
    public Map<String, String> redacted() {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> m.put(k, SECRET.matcher(k).matches() ? "[redacted]" : v));
        return m;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        redacted().forEach((k, v) -> sb.append("  ").append(k).append(" = ").append(v).append('\n'));
        return sb.toString();
    }
}
