package io.articlededup.eval.pages;

import io.articlededup.eval.html.TextNorm;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A gold body as sets of lowercased word 3-shingles, to tell whether a piece of a page is body text:
 * a block whose shingles are mostly gold shingles is the body's, whatever its markup and punctuation.
 */
final class GoldText {

    static final int N = 3;

    private final Set<String> shingles = new HashSet<>();
    private final String tokens;

    GoldText(List<String> paragraphs) {
        List<String> words = TextNorm.words(String.join(" ", paragraphs));
        shingles.addAll(shingles(words));
        tokens = " " + String.join(" ", words) + " ";
    }

    /** Share of the text's shingles that are gold; for texts shorter than a shingle, 1 or 0 by containment. */
    double share(String text) {
        List<String> words = TextNorm.words(text);
        if (words.isEmpty()) {
            return 0;
        }
        if (words.size() < N) {
            return tokens.contains(" " + String.join(" ", words) + " ") ? 1 : 0;
        }
        Set<String> s = shingles(words);
        long in = s.stream().filter(shingles::contains).count();
        return in / (double) s.size();
    }

    /** Share of the gold shingles that occur in {@code text}: how much of the body a page still holds. */
    double coveredBy(String text) {
        if (shingles.isEmpty()) {
            return 0;
        }
        Set<String> s = shingles(TextNorm.words(text));
        long in = shingles.stream().filter(s::contains).count();
        return in / (double) shingles.size();
    }

    /** True when every word of {@code text}, in order, is in the gold text: a repeat of the headline. */
    boolean coversAll(String text) {
        List<String> words = TextNorm.words(text);
        return !words.isEmpty() && tokens.contains(" " + String.join(" ", words) + " ");
    }

    static Set<String> shingles(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + N <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + N)));
        }
        return out;
    }
}
