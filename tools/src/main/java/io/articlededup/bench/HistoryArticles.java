package io.articlededup.bench;

import java.util.List;
import java.util.Random;

/**
 * Cheap unique articles for a retained history: every paragraph is stitched from a few random runs of
 * 8-16 consecutive words of real text. Real word statistics, but no two articles or paragraphs alike: none
 * is a duplicate of another or of the measured articles, and no paragraph is learned as boilerplate. So
 * the history only adds state (every store grows as it does with unique articles), it changes no outcome.
 */
final class HistoryArticles {
    private final String text;
    /** Start of every word in {@link #text}, plus its length at the end. */
    private final int[] wordStarts;
    private final Random random;

    HistoryArticles(List<String> paragraphs, long seed) {
        StringBuilder all = new StringBuilder();
        for (String p : paragraphs) {
            all.append(p.strip().replaceAll("\\s+", " ")).append(' ');
        }
        text = all.toString();
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        wordStarts = new int[words + 1];
        int w = 0;
        wordStarts[w++] = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == ' ') {
                wordStarts[w++] = i + 1;
            }
        }
        wordStarts[w] = text.length();
        random = new Random(seed);
    }

    /** A raw event of ~3 KB (like the bench's articles): a title and 5-8 paragraphs of 3-5 word runs each. */
    byte[] next(String id) {
        String title = run(6, 10);
        StringBuilder body = new StringBuilder(3200);
        int paragraphs = 5 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            int runs = 3 + random.nextInt(3);
            for (int r = 0; r < runs; r++) {
                body.append(run(8, 16)).append(r == runs - 1 ? ".\n" : " ");
            }
        }
        return ArticleGenerator.rawEvent(id, random.nextInt(ArticleGenerator.SOURCES), title, body);
    }

    private String run(int minWords, int maxWords) {
        int words = minWords + random.nextInt(maxWords - minWords + 1);
        int first = random.nextInt(wordStarts.length - 1 - words);
        return text.substring(wordStarts[first], wordStarts[first + words] - 1);
    }
}
