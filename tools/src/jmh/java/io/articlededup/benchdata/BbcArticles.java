package io.articlededup.benchdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The JMH benchmarks' input: up to 1,000 real BBC articles of 2-4 KB, read in place from
 * {@code ../shared/data/bbc/bbc} (or the directory in system property {@code bbc.dir}), as paragraphs. When
 * the corpus is absent, 500 synthetic 3 KB articles, with a printed warning.
 */
public final class BbcArticles {
    private BbcArticles() {
    }

    public static List<List<String>> paragraphs() throws IOException {
        Path dir = Paths.get(System.getProperty("bbc.dir", "../shared/data/bbc/bbc"));
        List<List<String>> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                    if (text.length() < 2000 || text.length() > 4000) {
                        continue;
                    }
                    List<String> paragraphs = new ArrayList<>();
                    for (String p : text.split("\n\\s*\n")) {
                        if (!p.isBlank()) {
                            paragraphs.add(p.strip());
                        }
                    }
                    out.add(paragraphs);
                    if (out.size() == 1000) {
                        break;
                    }
                }
            }
        }
        if (out.isEmpty()) {
            System.out.println("WARNING: BBC corpus not found at " + dir.toAbsolutePath()
                    + " (set -Dbbc.dir=...); benchmarking synthetic 3 KB articles instead");
            SplittableRandom rnd = new SplittableRandom(1);
            for (int a = 0; a < 500; a++) {
                List<String> paragraphs = new ArrayList<>();
                for (int p = 0; p < 8; p++) {
                    StringBuilder sb = new StringBuilder();
                    for (int w = 0; w < 65; w++) {
                        sb.append("w").append(rnd.nextInt(20000)).append(' ');
                    }
                    paragraphs.add(sb.toString().strip());
                }
                out.add(paragraphs);
            }
        }
        return out;
    }
}
