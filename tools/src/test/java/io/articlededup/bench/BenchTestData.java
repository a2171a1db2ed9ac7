package io.articlededup.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Paragraphs for the bench tests: the built-in sample events (346 paragraphs), not the shared corpora. */
final class BenchTestData {
    private BenchTestData() {
    }

    static List<String> sampleParagraphs() {
        try (InputStream in = BenchTestData.class.getResourceAsStream("/samples/articles.jsonl")) {
            List<String> lines = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank()).toList();
            return ParagraphPool.load(Path.of("no-corpus-here"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
