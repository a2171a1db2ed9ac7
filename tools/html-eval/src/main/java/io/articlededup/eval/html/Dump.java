package io.articlededup.eval.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Optional per-page output for inspecting bad pages: {@code DIR/<set>/<extractor>/<id>.txt}
 * holds the extracted text and {@code DIR/<set>/<extractor>.tsv} one line per page with time,
 * error and the scorer's per-page figures (sort it to find the worst pages).
 */
public final class Dump implements AutoCloseable {

    private final Path textDir;
    private final BufferedWriter tsv;
    private boolean headerWritten;

    public Dump(Path root, String set, String extractor) {
        try {
            Path setDir = root.resolve(set);
            textDir = setDir.resolve(extractor);
            Files.createDirectories(textDir);
            tsv = Files.newBufferedWriter(setDir.resolve(extractor + ".tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void page(EvalPage<?> page, TimedRunner.Outcome outcome, Map<String, Double> scores) {
        try {
            if (!headerWritten) {
                tsv.write("id\turl\tms\terror");
                for (String key : scores.keySet()) {
                    tsv.write('\t' + key);
                }
                tsv.newLine();
                headerWritten = true;
            }
            tsv.write(page.id() + '\t' + page.url() + '\t' + outcome.nanos() / 1_000_000 + '\t'
                    + (outcome.error() == null ? "" : outcome.error()));
            for (double v : scores.values()) {
                tsv.write('\t' + String.format(Locale.ROOT, "%.4f", v));
            }
            tsv.newLine();
            if (outcome.text() != null) {
                Files.writeString(textDir.resolve(safe(page.id()) + ".txt"), outcome.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public void close() {
        try {
            tsv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
