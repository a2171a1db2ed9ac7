package io.articlededup.bench;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlededup.eval.BaseCorpus;
import io.articlededup.eval.Corpora;
import io.articlededup.eval.SourceDoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static io.articlededup.bench.Progress.print;

/** Paragraphs of real text for generated articles: the shared corpora when present, else the built-in samples. */
public final class ParagraphPool {
    private static final ObjectMapper JSON = EventJson.MAPPER;

    private ParagraphPool() {
    }

    /**
     * @param dataDir          the corpora ({@code null}: {@link Corpora#defaultDataDir()})
     * @param sampleEventLines the built-in raw events (JSON lines), used when the corpora are missing
     * @return distinct paragraphs of 60 to 1,500 characters, in first-seen order
     */
    public static List<String> load(Path dataDir, List<String> sampleEventLines) {
        Path dir = dataDir != null ? dataDir : Corpora.defaultDataDir();
        List<String> pool = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            long t0 = System.nanoTime();
            for (SourceDoc d : BaseCorpus.load(dir).docs()) {
                for (String p : d.paragraphs()) {
                    if (p.length() >= 60 && p.length() <= 1500) {
                        pool.add(p);
                    }
                }
            }
            print("text: %,d paragraphs from %s (%.1f s)", pool.size(), dir, (System.nanoTime() - t0) / 1e9);
        }
        if (pool.size() < 1000) {
            for (String line : sampleEventLines) {
                try {
                    JsonNode node = JSON.readTree(line);
                    if (node.hasNonNull("body")) {
                        for (String p : node.get("body").asText().split("\n")) {
                            if (p.length() >= 60) {
                                pool.add(p);
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            print("text: %,d paragraphs from the built-in samples (no corpus at %s): unique articles are random "
                    + "mixes of few paragraphs, expect some boilerplate and false near duplicates", pool.size(), dir);
        }
        return List.copyOf(new LinkedHashSet<>(pool));
    }
}
