package io.articlededup.app;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where settings come from: the defaults resource, a properties file, the environment; and the check that
 * every {@code dedup.*} key set is one the defaults document. {@link AppConfig} layers them and types them.
 */
final class ConfigSources {
    static final String DEFAULTS_RESOURCE = "/article-dedup.properties";

    private ConfigSources() {
    }

    static Map<String, String> defaults() {
        try (InputStream in = ConfigSources.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return toMap(p);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the defaults resource " + DEFAULTS_RESOURCE + " is missing from the jar", e);
        }
    }

    static Map<String, String> file(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return toMap(p);
        } catch (IOException e) {
            throw new InvalidConfigException("--config " + file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k.trim(), p.getProperty(k).trim()));
        return m;
    }

    /**
     * DEDUP_FOO_BAR becomes dedup.foo.bar. KAFKA_FOO_BAR becomes kafka.foo.bar, but only when foo.bar is
     * a setting Kafka knows: images and shells often carry unrelated KAFKA_HOME, KAFKA_OPTS and the like.
     */
    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Set<String> kafkaNames = kafkaSettingNames();
        Map<String, String> m = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("DEDUP_") && !name.equals("DEDUP_LOG_LEVEL")) {
                m.put("dedup." + name.substring(6).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            } else if (name.startsWith("KAFKA_")) {
                String key = name.substring(6).toLowerCase(Locale.ROOT).replace('_', '.');
                if (kafkaNames.contains(key) || kafkaNames.contains(stripClientPrefix(key))) {
                    m.put("kafka." + key, value);
                }
            }
        });
        return m;
    }

    private static String stripClientPrefix(String key) {
        for (String prefix : new String[] {"main.consumer.", "restore.consumer.", "global.consumer.", "consumer.", "producer.", "admin.", "topic."}) {
            if (key.startsWith(prefix)) {
                return key.substring(prefix.length());
            }
        }
        return key;
    }

    private static Set<String> kafkaSettingNames() {
        Set<String> names = new TreeSet<>(StreamsConfig.configDef().names());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(ProducerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        names.add("group.instance.id");
        return names;
    }

    /** A {@code dedup.*} key that the defaults do not name is a typo: fail, naming the closest known key. */
    static void checkKnownKeys(Map<String, String> values, Set<String> knownDedupKeys) {
        for (String key : values.keySet()) {
            if (key.startsWith("dedup.") && !knownDedupKeys.contains(key)) {
                throw new InvalidConfigException("unknown setting " + key + " (known: see article-dedup.properties; "
                        + "closest: " + closest(key, knownDedupKeys) + ")");
            }
        }
    }

    private static String closest(String key, Set<String> knownDedupKeys) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : knownDedupKeys) {
            int d = levenshtein(k, key);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
