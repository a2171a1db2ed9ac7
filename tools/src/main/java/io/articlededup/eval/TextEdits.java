package io.articlededup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded edits of an article's paragraphs, the way republishing changes a story: words replaced, dropped or
 * inserted (copy edits), a paragraph added or dropped, a new intro and byline, a trimmed tail. The labelled
 * streams' duplicates ({@link Transformations}) and the sketch's accuracy measurements on real text are
 * made with these. Replacement words and paragraphs come from real text given by the caller; every edit
 * returns a new list and leaves its input alone.
 */
public final class TextEdits {
    private TextEdits() {
    }

    /** Each word, with probability {@code fraction}, replaced by a random word of {@code donor} (word count kept). */
    public static List<String> replaceWords(List<String> paragraphs, double fraction, List<String> donor,
                                            SplittableRandom rnd) {
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

    /** Each word dropped with probability {@code fraction}. */
    public static List<String> dropWords(List<String> paragraphs, double fraction, SplittableRandom rnd) {
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

    /**
     * Copy edits: a rate drawn uniformly from [{@code minRate}, {@code maxRate}] of the words (at least one
     * edit); each edit is a replacement by another word of the same article, a deletion, or an insertion of
     * another word of the article (each p=1/3). Paragraph boundaries are kept; a paragraph never loses its
     * last word.
     */
    public static List<String> copyEdit(List<String> paragraphs, double minRate, double maxRate, SplittableRandom rnd) {
        List<List<String>> tokens = new ArrayList<>();
        List<String> vocab = new ArrayList<>();
        for (String para : paragraphs) {
            List<String> t = new ArrayList<>(List.of(para.split(" ")));
            tokens.add(t);
            vocab.addAll(t);
        }
        double rate = minRate + rnd.nextDouble() * (maxRate - minRate);
        int edits = Math.max(1, (int) Math.round(rate * vocab.size()));
        for (int e = 0; e < edits; e++) {
            int w = rnd.nextInt(Math.max(1, countTokens(tokens)));
            int pi = 0;
            while (w >= tokens.get(pi).size()) {
                w -= tokens.get(pi).size();
                pi++;
            }
            List<String> t = tokens.get(pi);
            String other = vocab.get(rnd.nextInt(vocab.size()));
            switch (rnd.nextInt(3)) {
                case 0 -> t.set(w, other.equals(t.get(w)) ? other + "s" : other);
                case 1 -> {
                    if (t.size() > 1) {
                        t.remove(w);
                    } else {
                        t.set(w, other + "s");
                    }
                }
                default -> t.add(w, other);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> t : tokens) {
            out.add(String.join(" ", t));
        }
        return out;
    }

    /** {@code paragraph} inserted at a random position from {@code firstPosition} (1: never before the lead) to the end. */
    public static List<String> addParagraph(List<String> paragraphs, String paragraph, int firstPosition,
                                            SplittableRandom rnd) {
        List<String> out = new ArrayList<>(paragraphs);
        out.add(firstPosition + rnd.nextInt(out.size() + 1 - firstPosition), paragraph);
        return out;
    }

    /** One random paragraph removed (none when it is the only one). */
    public static List<String> dropParagraph(List<String> paragraphs, SplittableRandom rnd) {
        List<String> out = new ArrayList<>(paragraphs);
        if (out.size() > 1) {
            out.remove(rnd.nextInt(out.size()));
        }
        return out;
    }

    /** A syndicated copy's start: a wire byline, then {@code donor}'s lead in place of the first paragraph. */
    public static List<String> newIntroAndByline(List<String> paragraphs, List<String> donor) {
        List<String> out = new ArrayList<>();
        out.add("By Staff Reporter, Wire Services");
        out.add(donor.isEmpty() ? "" : donor.get(0));
        out.addAll(paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size()));
        return out;
    }

    /** The first {@code keep} fraction of the paragraphs (at least one). */
    public static List<String> trimTail(List<String> paragraphs, double keep) {
        int n = Math.max(1, (int) Math.round(paragraphs.size() * keep));
        return new ArrayList<>(paragraphs.subList(0, Math.min(n, paragraphs.size())));
    }

    private static int countTokens(List<List<String>> tokens) {
        int n = 0;
        for (List<String> t : tokens) {
            n += t.size();
        }
        return n;
    }
}
