package io.articlededup.eval.pages;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Makes a {@link Template} from a real page and its gold body: finds the body's container
 * ({@link BodyLocator}), takes the body out leaving its paragraphs' places ({@link BodyStripper}), marks the headline and what
 * the page declares about its article ({@link PageMarks}) and the furniture that changes per page
 * ({@link Furniture}). Everything else of the page is kept as it was served.
 */
public final class TemplateMaker {

    /** The container must hold this share of the gold words, and be at least this share gold, to be the body's. */
    static final double MIN_RECALL = 0.8;
    static final double MIN_PRECISION = 0.5;
    /**
     * A template still showing more than this share of the old body's shingles is not used: the leftover
     * (a lead repeated as a summary, a print copy) would put one old paragraph into every story poured in,
     * which no real site does, and make different stories look alike.
     */
    static final double MAX_LEFTOVER = 0.05;

    /** A template, or why there is none. */
    public record Result(Template template, String rejected) {
    }

    private TemplateMaker() {
    }

    public static Result make(GoldPage page) {
        Document doc = Jsoup.parse(page.html(), "https://" + page.host() + "/");
        doc.outputSettings().prettyPrint(false);
        if (doc.body() == null) {
            return new Result(null, "no body");
        }
        BodyLocator.Located body = BodyLocator.locate(doc, page.paragraphs());
        if (body.recall() < MIN_RECALL || body.precision() < MIN_PRECISION) {
            return new Result(null, "body not found");
        }
        GoldText gold = new GoldText(page.paragraphs());
        List<String> article = new ArrayList<>(page.paragraphs());
        article.addAll(page.supplement());
        BodyStripper stripper = new BodyStripper(new GoldText(article));
        if (!stripper.strip(body.element())) {
            return new Result(null, "body not found");
        }
        PageMarks.mark(doc, page.title(), stripper.firstPlace());
        Furniture.markTeasers(doc.body());
        Furniture.markSummaries(doc.body(), page.related());
        Furniture.markDates(doc.body());
        if (gold.coveredBy(doc.text()) > MAX_LEFTOVER) {
            return new Result(null, "body left outside its container");
        }
        Template t = Template.of(page.host(), page.set() + "/" + page.id(), doc.outerHtml());
        if (t.count("PARA") == 0 || t.count("REST") != 1) {
            return new Result(null, "no place for the story");
        }
        return new Result(t, null);
    }
}
