package io.articlededup.sketch;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded edits that turn a real article into a near-duplicate the way republishing does: a different
 * intro or byline, a trimmed tail, a paragraph added or dropped, light copy edits of a few percent of
 * words. Replacement words and paragraphs come from another real article.
 */
final class Edits {
    private Edits() {
    }

    /** Replaces a fraction of words (in place, count kept) with words of {@code donor}. */
    static List<String> replaceWords(List<String> paragraphs, double fraction, List<String> donor, SplittableRandom rnd) {
        String[] donorWords = String.join(" ", donor).split("\\s+");
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String[] words = p.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (rnd.nextDouble() < fraction) {
                    words[i] = donorWords[rnd.nextInt(donorWords.length)];
                }
            }
            out.add(String.join(" ", words));
        }
        return out;
    }

    /** Deletes a fraction of words. */
    static List<String> dropWords(List<String> paragraphs, double fraction, SplittableRandom rnd) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            StringBuilder sb = new StringBuilder();
            for (String w : p.split(" ")) {
                if (rnd.nextDouble() >= fraction) {
                    sb.append(w).append(' ');
                }
            }
            out.add(sb.toString().strip());
        }
        return out;
    }

    /** Syndicated copy: new first paragraph (from the donor) and a byline, rest unchanged. */
    static List<String> newIntroAndByline(List<String> paragraphs, List<String> donor) {
        List<String> out = new ArrayList<>();
        out.add("By Staff Reporter, Wire Services");
        out.add(donor.isEmpty() ? "" : donor.get(0));
        out.addAll(paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size()));
        return out;
    }

    /** Keeps the first {@code keep} fraction of paragraphs (at least one). */
    static List<String> trimTail(List<String> paragraphs, double keep) {
        int n = Math.max(1, (int) Math.round(paragraphs.size() * keep));
        return new ArrayList<>(paragraphs.subList(0, Math.min(n, paragraphs.size())));
    }

    /** Drops one paragraph at random (not the only one). */
    static List<String> dropParagraph(List<String> paragraphs, SplittableRandom rnd) {
        List<String> out = new ArrayList<>(paragraphs);
        if (out.size() > 1) {
            out.remove(rnd.nextInt(out.size()));
        }
        return out;
    }

    /** Inserts one paragraph of the donor at a random position. */
    static List<String> addParagraph(List<String> paragraphs, List<String> donor, SplittableRandom rnd) {
        List<String> out = new ArrayList<>(paragraphs);
        if (!donor.isEmpty()) {
            out.add(rnd.nextInt(out.size() + 1), donor.get(rnd.nextInt(donor.size())));
        }
        return out;
    }
}
