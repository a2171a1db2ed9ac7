package io.articlededup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded transformations that make a labelled duplicate from an original page. Every parameter is
 * documented in {@code docs/evaluation-data.md}; keep the two in step.
 */
public final class Transformations {

    /** Copy-edit rate range: share of words edited. */
    static final double EDIT_MIN = 0.01;
    static final double EDIT_MAX = 0.05;

    private Transformations() {
    }

    /** exact_resend: same page; half of the time the same url, else the url with {@code ?output=amp}. */
    static Page exactResend(Page p, SplittableRandom rnd) {
        return rnd.nextBoolean() ? p : p.withUrl(p.url() + "?output=amp");
    }

    /**
     * rescrape: same url; rendered as body text: the headline first (p=0.5), the content 2 or 3 times (with an
     * "Advertisement" line between copies, p=0.5), the boilerplate once, then 1-2 UI lines, the headline again,
     * and one more UI line (p=0.5): the shape of the seed page {@code scraped-article-rafah.txt}.
     */
    static Page.Rendered rescrape(Page p, SplittableRandom rnd) {
        Page.Builder b = new Page.Builder();
        if (rnd.nextBoolean()) {
            b.noise(p.title());
        }
        int copies = 2 + rnd.nextInt(2);
        for (int c = 0; c < copies; c++) {
            if (c > 0 && rnd.nextBoolean()) {
                b.noise("Advertisement");
            }
            for (String para : p.content()) {
                if (c == 0) {
                    b.content(para);
                } else {
                    b.noise(para);
                }
            }
            if (c == 0) {
                p.boilerplate().forEach(b::boilerplate);
            }
        }
        int ui = 1 + rnd.nextInt(2);
        for (int i = 0; i < ui; i++) {
            b.noise(pick(FakeSites.UI_LINES, rnd));
        }
        b.noise(p.title());
        if (rnd.nextBoolean()) {
            b.noise(pick(FakeSites.UI_LINES, rnd));
        }
        return b.build();
    }

    /**
     * syndicated: the story on another site (new url and boilerplate given by the caller), with one intro
     * change (a byline paragraph in front; or an agency dateline prefixed to the first paragraph; or the first
     * paragraph cut to its first sentence plus an attribution sentence, each p=1/3) and, with p=0.6 when the
     * story has at least 4 paragraphs, its last 1-2 paragraphs dropped.
     */
    static List<String> syndicate(List<String> content, String originalSiteName, SplittableRandom rnd) {
        List<String> c = new ArrayList<>(content);
        switch (rnd.nextInt(3)) {
            case 0 -> c.add(0, pick(FakeSites.BYLINES, rnd));
            case 1 -> c.set(0, pick(FakeSites.DATELINES, rnd) + c.get(0));
            default -> c.set(0, firstSentence(c.get(0)) + " The story was first reported by " + originalSiteName + ".");
        }
        if (content.size() >= 4 && rnd.nextDouble() < 0.6) {
            int drop = 1 + rnd.nextInt(2);
            for (int i = 0; i < drop && c.size() > 3; i++) {
                c.remove(c.size() - 1);
            }
        }
        return c;
    }

    /**
     * copy_edit: a rate drawn uniformly from [1%, 5%] of the words (at least one) is edited; each edit is a
     * replacement by another word of the same article, a deletion, or an insertion of another word of the
     * article (each p=1/3). Paragraph boundaries are kept; a paragraph never loses its last word.
     */
    static List<String> copyEdit(List<String> content, SplittableRandom rnd) {
        List<List<String>> tokens = new ArrayList<>();
        List<String> vocab = new ArrayList<>();
        for (String para : content) {
            List<String> t = new ArrayList<>(List.of(para.split(" ")));
            tokens.add(t);
            vocab.addAll(t);
        }
        double rate = EDIT_MIN + rnd.nextDouble() * (EDIT_MAX - EDIT_MIN);
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

    /** paragraph_added: {@code extra} (a real paragraph of another article) inserted at a random position >= 1. */
    static List<String> paragraphAdded(List<String> content, String extra, SplittableRandom rnd) {
        List<String> c = new ArrayList<>(content);
        c.add(1 + rnd.nextInt(c.size()), extra);
        return c;
    }

    /** paragraph_dropped: one random paragraph removed; only applied to stories with 3 or more paragraphs. */
    static List<String> paragraphDropped(List<String> content, SplittableRandom rnd) {
        List<String> c = new ArrayList<>(content);
        c.remove(rnd.nextInt(c.size()));
        return c;
    }

    /**
     * Site boilerplate: with probability {@code share} the site's 2-3 paragraphs are stamped on the page, at the
     * end; with p=0.3 the first of them goes after content paragraph 2 instead (a mid-article promo).
     */
    static Page stamp(Page p, FakeSites.Site site, double share, SplittableRandom rnd) {
        if (rnd.nextDouble() >= share) {
            return p;
        }
        int promo = p.content().size() > 3 && rnd.nextDouble() < 0.3 ? 1 : -1;
        return new Page(p.source(), p.url(), p.title(), p.content(), site.boilerplate(), promo);
    }

    static String firstSentence(String para) {
        int i = para.indexOf(". ");
        return i > 20 ? para.substring(0, i + 1) : para;
    }

    static String pick(String[] options, SplittableRandom rnd) {
        return options[rnd.nextInt(options.length)];
    }

    private static int countTokens(List<List<String>> tokens) {
        int n = 0;
        for (List<String> t : tokens) {
            n += t.size();
        }
        return n;
    }
}
