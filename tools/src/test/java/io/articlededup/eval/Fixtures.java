package io.articlededup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Made-up documents for builder tests: pseudo-words, so no two documents share a 5-word shingle by chance. */
public final class Fixtures {

    private Fixtures() {
    }

    static String word(SplittableRandom rnd) {
        String[] syll = {"ka", "lo", "mi", "ne", "tu", "ra", "si", "po", "de", "ga", "vu", "be"};
        int n = 1 + rnd.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(syll[rnd.nextInt(syll.length)]);
        }
        return sb.toString();
    }

    static String paragraph(SplittableRandom rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(word(rnd));
            if (i % 9 == 8) {
                sb.append('.');
            }
        }
        return sb.append('.').toString();
    }

    /** {@code n} documents in topics alpha/beta/gamma with 3-7 paragraphs of 20-40 words. */
    public static List<SourceDoc> docs(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] topics = {"alpha", "beta", "gamma"};
        List<SourceDoc> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> paras = new ArrayList<>();
            int np = 3 + rnd.nextInt(5);
            for (int p = 0; p < np; p++) {
                paras.add(paragraph(rnd, 20 + rnd.nextInt(21)));
            }
            String topic = topics[i % 3];
            out.add(new SourceDoc("test", "test/" + topic + "/" + i, "Headline " + i + " " + word(rnd), paras));
        }
        return out;
    }
}
