package io.articlededup.app;

import io.articlededup.sketch.SketchConfig;
import io.articlededup.topology.TopologySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Guards the local state against settings that change what it means. The state stores hold MinHash
 * band values and compact sketches, content hashes, and records routed by partition: read with other
 * sketch settings or another partition count they do not fail, they silently answer wrong (or a
 * deserializer throws on every record and the instance crash-loops). So at start we compare a small
 * marker, {@code <kafka.state.dir>/<kafka.application.id>/article-dedup-format.properties}, with the
 * settings in force: equal (or absent: first start) and we write it and go on; different and the start
 * stops with one {@link InvalidConfigException} naming every setting that changed and how to reset.
 *
 * <p>It guards the local state directory only: an instance that starts with an empty directory and new
 * settings restores old-format changelogs unchecked. Changing these settings always needs the
 * application reset described in the message.
 */
public final class StateFormatMarker {
    private static final Logger log = LoggerFactory.getLogger(StateFormatMarker.class);
    public static final String FILE_NAME = "article-dedup-format.properties";
    /** Bump when anything we serialise into a store or internal topic changes its layout or meaning. */
    public static final int STATE_FORMAT_VERSION = 5;

    private StateFormatMarker() {
    }

    /** Where the marker of this configuration lives. */
    public static Path file(AppConfig config) {
        return Path.of(config.string("kafka.state.dir"), config.string("kafka.application.id"), FILE_NAME);
    }

    /** What the state written under this configuration depends on, in a stable order. */
    static Map<String, String> expected(AppConfig config) {
        TopologySettings s = config.topologySettings();
        SketchConfig sketch = s.near().sketch();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("state.format.version", String.valueOf(STATE_FORMAT_VERSION));
        m.put("sketch.format.version", String.valueOf(sketch.formatVersion()));
        for (String key : new String[] {"dedup.near.shingle.mode", "dedup.near.shingle.size", "dedup.near.bands",
                "dedup.near.rows", "dedup.near.seed", "dedup.topics.internal.partitions"}) {
            m.put(key, config.string(key));
        }
        return m;
    }

    /**
     * Checks the marker against the configuration and (re)writes it.
     *
     * @throws InvalidConfigException when the local state was written with other settings
     */
    public static void check(AppConfig config) {
        Path file = file(config);
        Map<String, String> expected = expected(config);
        if (Files.exists(file)) {
            Map<String, String> found = read(file);
            List<String> changes = new ArrayList<>();
            expected.forEach((k, v) -> {
                String was = found.get(k);
                if (!v.equals(was)) {
                    changes.add(k + ": " + (was == null ? "(not recorded)" : was) + " -> " + v);
                }
            });
            if (!changes.isEmpty()) {
                throw new InvalidConfigException("the state in " + file.getParent() + " was written with other "
                        + "settings than these, and cannot be read with them: " + String.join(", ", changes)
                        + ". Either go back to the previous settings, or reset the application: stop every instance, run "
                        + "`kafka-streams-application-reset --application-id " + config.string("kafka.application.id")
                        + " --bootstrap-server " + config.bootstrapServers() + " --input-topics "
                        + config.string("dedup.topic.input") + "` (it deletes the internal topics; add --to-earliest to "
                        + "reprocess) and delete " + file.getParent() + " on every instance, then start again");
            }
            return;
        }
        write(file, expected);
        log.info("state format marker written: {} {}", file, expected);
    }

    private static Map<String, String> read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidConfigException("cannot read the state format marker " + file + " (" + e.getMessage()
                    + "): delete it if the state directory is known to match these settings");
        }
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    /** Written to a temporary file and moved into place, so that a crash never leaves half a marker. */
    private static void write(Path file, Map<String, String> values) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("# written by article-dedup: the settings this state directory was built with.\n");
                w.write("# A start with other values stops; see docs/reliability.md.\n");
                for (Map.Entry<String, String> e : values.entrySet()) {
                    w.write(e.getKey() + "=" + e.getValue() + "\n");
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the state format marker " + file, e);
        }
    }
}
