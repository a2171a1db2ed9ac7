package io.articlededup.eval.pages;

import io.articlededup.eval.html.AebSet;
import io.articlededup.eval.html.EvalPage;
import io.articlededup.eval.html.L3sSet;
import io.articlededup.eval.html.TextNorm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The real pages with known main text that templates are made from: Scrapinghub AEB and L3S-GN1. */
public final class GoldPages {

    /** L3S-GN1's label for related content: teaser lists and their summaries. */
    private static final int RELATED = 4;

    private GoldPages() {
    }

    /** AEB pages: the ground truth's body, split into lines; the headline the page declares. */
    public static List<GoldPage> aeb() {
        List<GoldPage> out = new ArrayList<>();
        try {
            for (EvalPage<String> p : new AebSet().load(0)) {
                List<String> paras = paragraphs(p.gold());
                if (!paras.isEmpty()) {
                    out.add(new GoldPage("aeb", p.id(), PageHosts.ofUrl(p.url()), p.html(),
                            declaredHeadline(Jsoup.parse(p.html())), paras));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** L3S pages: the blocks labelled full text are the body, the headline block the title. */
    public static List<GoldPage> l3s() {
        List<GoldPage> out = new ArrayList<>();
        try {
            for (EvalPage<L3sSet.Gold> p : new L3sSet().load(0)) {
                List<String> paras = new ArrayList<>();
                List<String> supplement = new ArrayList<>();
                List<String> related = new ArrayList<>();
                String title = "";
                for (L3sSet.Block b : p.gold().blocks()) {
                    if (b.label() == L3sSet.FULLTEXT) {
                        paras.add(b.text());
                    } else if (b.label() == L3sSet.SUPPLEMENTAL) {
                        supplement.add(b.text());
                    } else if (b.label() == RELATED) {
                        related.add(b.text());
                    } else if (b.label() == L3sSet.HEADLINE && title.isEmpty()) {
                        title = b.text();
                    }
                }
                String host = PageHosts.ofPage(p.html());
                if (!paras.isEmpty() && !host.isEmpty()) {
                    out.add(new GoldPage("l3s", p.id(), host, p.html(), title, paras, supplement, related));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String declaredHeadline(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return TextNorm.whitespace(og.attr("content"));
        }
        Element h1 = doc.selectFirst("h1");
        return h1 != null && !h1.text().isBlank() ? TextNorm.whitespace(h1.text()) : TextNorm.whitespace(doc.title());
    }

    /** Lines, not blank-line blocks: a block of the ground truth can hold several of the page's paragraphs. */
    private static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String block : body.split("\r?\n")) {
            String t = TextNorm.whitespace(block);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
