package io.articlededup.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic stories for tests that need many distinct articles: word salad from a fixed
 * vocabulary, so two stories share almost no 4-word shingles, and edited copies whose similarity is
 * known. (Tests of text quality use real text; these test the dedup machinery.)
 */
public final class Stories {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ten", "ra", "vo", "su", "ple", "dan", "gor",
            "ith", "ben", "cal", "mur", "ost", "pe", "rin", "ta", "ul", "zen", "fa", "hol", "jun", "kri"};

    private Stories() {
    }

    public static List<String> story(long seed, int paragraphs, int wordsPerParagraph) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < wordsPerParagraph; w++) {
                if (w > 0) {
                    sb.append(' ');
                }
                sb.append(word(r));
            }
            out.add(sb.append('.').toString());
        }
        return out;
    }

    /** A copy with {@code share} of its words replaced and the last paragraph dropped (a trimmed tail). */
    public static List<String> editedCopy(List<String> story, double share, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < story.size() - 1; p++) {
            String[] words = story.get(p).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (r.nextDouble() < share) {
                    words[w] = word(r);
                }
            }
            out.add(String.join(" ", words));
        }
        return out;
    }

    private static String word(SplittableRandom r) {
        int n = 2 + r.nextInt(2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }
}
