package io.articlededup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded transformations that make a labelled duplicate from an original page; the edits of its text
 * alone (copy edits, a paragraph added or dropped) are {@link TextEdits}'. Every parameter is documented in
 * {@code docs/evaluation-data.md}; keep the two in step.
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
}
