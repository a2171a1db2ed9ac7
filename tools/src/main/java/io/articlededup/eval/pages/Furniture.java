package io.articlededup.eval.pages;

import io.articlededup.eval.html.TextNorm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The parts of a page's furniture that change from page to page on a real site: teaser links (a link whose
 * text reads like a headline: 4 to 25 words) get other stories' headlines, teaser summaries other stories'
 * lead sentences, and dates written in the page's text get the page's date, in the page's own format.
 */
final class Furniture {

    static final String TEASER = "@@EVAL_TEASER@@";
    static final String SUMMARY = "@@EVAL_SUMMARY@@";
    private static final int SUMMARY_MIN_WORDS = 8;
    private static final int SUMMARY_MAX_WORDS = 60;
    static final String DATE = "@@EVAL_DATE:%s@@";
    private static final int TEASER_MIN_WORDS = 4;
    private static final int TEASER_MAX_WORDS = 25;

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String MON = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    /** A date pattern and the {@link java.time.format.DateTimeFormatter} pattern that writes it back. */
    private record DateForm(Pattern pattern, String format) {
    }

    private static final List<DateForm> DATES = List.of(
            new DateForm(Pattern.compile("\\b(?:" + MONTHS + ") \\d{1,2}, \\d{4}\\b"), "MMMM d, yyyy"),
            new DateForm(Pattern.compile("\\b(?:" + MON + ")\\.? \\d{1,2}, \\d{4}\\b"), "MMM d, yyyy"),
            new DateForm(Pattern.compile("\\b\\d{1,2} (?:" + MONTHS + ") \\d{4}\\b"), "d MMMM yyyy"),
            new DateForm(Pattern.compile("\\b\\d{1,2} (?:" + MON + ") \\d{4}\\b"), "d MMM yyyy"),
            new DateForm(Pattern.compile("\\b20\\d\\d-\\d\\d-\\d\\d\\b"), "yyyy-MM-dd"),
            new DateForm(Pattern.compile("\\b\\d{1,2}/\\d{1,2}/20\\d\\d\\b"), "M/d/yyyy"));

    private Furniture() {
    }

    /**
     * Marks teaser links under {@code root}, and the summary that follows a teaser (the next element after the
     * link or after its block, {@code <dt>}/{@code <dd>}, {@code <h3>}/{@code <p>}, when it holds 8 to 60 words
     * and no link); returns how many teasers.
     */
    static int markTeasers(Element root) {
        int n = 0;
        for (Element a : root.select("a[href]")) {
            int words = TextNorm.words(a.text()).size();
            if (words >= TEASER_MIN_WORDS && words <= TEASER_MAX_WORDS && !a.text().contains("@@EVAL_")) {
                a.text(TEASER);
                n++;
                Element block = a;
                while (block.parent() != null && !isBlock(block)) {
                    block = block.parent();
                }
                markSummary(a.nextElementSibling());
                markSummary(block.nextElementSibling());
            }
        }
        return n;
    }

    private static void markSummary(Element e) {
        if (e == null || e.selectFirst("a") != null || e.text().contains("@@EVAL_")) {
            return;
        }
        int words = TextNorm.words(e.text()).size();
        if (words >= SUMMARY_MIN_WORDS && words <= SUMMARY_MAX_WORDS) {
            e.text(SUMMARY);
        }
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() && !e.normalName().equals("a");
    }

    /**
     * Marks teaser summaries under {@code root}: an element outside links whose whole text is one of the page's
     * related-content blocks of 8 words or more (a teaser's standfirst; shorter ones are list titles such as
     * "More headlines"). Returns how many.
     */
    static int markSummaries(Element root, List<String> related) {
        Set<String> wanted = new HashSet<>();
        for (String r : related) {
            if (TextNorm.words(r).size() >= SUMMARY_MIN_WORDS) {
                wanted.add(TextNorm.tokenString(r));
            }
        }
        int n = 0;
        for (Element e : root.getAllElements()) {
            if (!wanted.isEmpty() && e.selectFirst("a") == null && e.closest("a") == null
                    && wanted.remove(TextNorm.tokenString(e.text()))) {
                e.text(SUMMARY);
                n++;
            }
        }
        return n;
    }

    /** Marks dates in the text under {@code root}; returns how many. */
    static int markDates(Element root) {
        int n = 0;
        List<TextNode> texts = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            for (Node c : e.childNodes()) {
                if (c instanceof TextNode t && !e.normalName().equals("script") && !e.normalName().equals("style")) {
                    texts.add(t);
                }
            }
        }
        for (TextNode t : texts) {
            String s = t.getWholeText();
            String out = s;
            for (DateForm f : DATES) {
                Matcher m = f.pattern().matcher(out);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(sb, Matcher.quoteReplacement(String.format(DATE, f.format())));
                    n++;
                }
                m.appendTail(sb);
                out = sb.toString();
            }
            if (!out.equals(s)) {
                t.text(out);
            }
        }
        return n;
    }
}
