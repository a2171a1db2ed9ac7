package io.articlededup.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The demo's built-in raw events (see {@code tools/src/main/resources/samples/README.md}). */
final class SampleArticles {
    static final String RESOURCE = "/samples/articles.jsonl";

    private SampleArticles() {
    }

    static List<String> lines() {
        try (InputStream in = SampleArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample set " + RESOURCE + " is missing from the jar");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().filter(l -> !l.isBlank()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
