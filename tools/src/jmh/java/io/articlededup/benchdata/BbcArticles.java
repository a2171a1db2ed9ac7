package io.articlededup.benchdata;

import io.articlededup.eval.Corpora;
import io.articlededup.eval.SourceDoc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The JMH benchmarks' input: up to 1,000 real BBC articles of 2-4 KB (headline and paragraphs), read in
 * place by {@link Corpora#bbc} from the shared data folder ({@code -Dshared.data.dir} or
 * {@code ../shared/data} beside the repository), as paragraphs. When the corpus is absent, 500 synthetic
 * 3 KB articles, with a printed warning.
 */
public final class BbcArticles {
    private BbcArticles() {
    }

    public static List<List<String>> paragraphs() {
        Path dir = Corpora.defaultDataDir();
        List<List<String>> out = new ArrayList<>();
        for (SourceDoc doc : Corpora.bbc(dir)) {
            int chars = doc.title().length();
            for (String p : doc.paragraphs()) {
                chars += p.length();
            }
            if (chars >= 2000 && chars <= 4000) {
                out.add(doc.paragraphs());
                if (out.size() == 1000) {
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            System.out.println("WARNING: BBC corpus not found under " + dir.toAbsolutePath()
                    + " (set -Dshared.data.dir=...); benchmarking synthetic 3 KB articles instead");
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
