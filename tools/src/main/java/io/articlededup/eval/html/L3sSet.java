package io.articlededup.eval.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * L3S-GN1: extraction runs on {@code original/<uuid>.html}; the gold comes from
 * {@code annotated/<uuid>.html}, where text blocks are wrapped in {@code span.x-nc-selN}
 * (0 not content, 1 headline, 2 full text, 3 supplemental, 4 related, 5 comments).
 */
public final class L3sSet implements EvalSet<L3sSet.Gold> {

    public static final int HEADLINE = 1;
    public static final int FULLTEXT = 2;
    public static final int SUPPLEMENTAL = 3;

    /** One labelled text block; {@code tokens} is its {@link TextNorm#tokenString} for containment tests. */
    public record Block(int label, String text, String tokens) {
    }

    /** The labelled blocks of a page in document order. */
    public record Gold(List<Block> blocks) {
    }

    private final Path dir = DataPaths.require("l3s-gn1");

    @Override
    public String name() {
        return "l3s";
    }

    @Override
    public List<EvalPage<Gold>> load(int limit) throws IOException {
        List<Path> originals;
        try (Stream<Path> files = Files.list(dir.resolve("original"))) {
            originals = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<EvalPage<Gold>> pages = new ArrayList<>();
        for (Path original : originals) {
            if (limit > 0 && pages.size() >= limit) {
                break;
            }
            String file = original.getFileName().toString();
            Path annotated = dir.resolve("annotated").resolve(file);
            if (!Files.isRegularFile(annotated)) {
                continue;
            }
            String id = file.substring(0, file.length() - ".html".length());
            String html = HtmlDecoder.decode(Files.readAllBytes(original));
            pages.add(new EvalPage<>(id, "", html, parseGold(HtmlDecoder.decode(Files.readAllBytes(annotated)))));
        }
        return pages;
    }

    /**
     * Reads the labelled blocks. The annotation splits a paragraph wherever a link starts or ends
     * (the dataset's block is text not interrupted by a tag other than A, and each piece carries
     * its own span), so adjacent spans with the same label under the same non-inline parent are
     * joined back into one block. Text inside {@code x-nc-invisible} elements is dropped. Labelled spans
     * nest (a block inside a labelled container): each word belongs to its nearest labelled span, so a
     * nested span's text is not counted again with its parent's (which inflated the gold by 31 %, 365,917
     * words against 280,146, and capped main-words recall near 0.76 for any extractor).
     */
    static Gold parseGold(String annotatedHtml) {
        Document doc = Jsoup.parse(annotatedHtml);
        List<Block> blocks = new ArrayList<>();
        int label = -1;
        Element container = null;
        StringBuilder text = new StringBuilder();
        for (Element span : doc.select("span[class~=" + LABELLED.pattern() + "]")) {
            if (isInvisible(span)) {
                continue;
            }
            int spanLabel = labelOf(span);
            Element spanContainer = containerOf(span);
            if (spanLabel != label || spanContainer != container) {
                addBlock(blocks, label, text);
                text.setLength(0);
                label = spanLabel;
                container = spanContainer;
            }
            appendOwnText(span, text);
        }
        addBlock(blocks, label, text);
        return new Gold(blocks);
    }

    /** The text under {@code el} outside nested labelled spans and invisible elements. */
    private static void appendOwnText(Element el, StringBuilder out) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (child instanceof Element e && !e.hasClass("x-nc-invisible")
                    && !(e.normalName().equals("span") && LABELLED.matcher(e.className()).find())) {
                appendOwnText(e, out);
            }
        }
    }

    private static final Pattern LABELLED = Pattern.compile("(^|\\s)x-nc-sel[0-5](\\s|$)");

    private static void addBlock(List<Block> blocks, int label, CharSequence text) {
        String clean = TextNorm.whitespace(text.toString());
        if (label >= 0 && !TextNorm.words(clean).isEmpty()) {
            blocks.add(new Block(label, clean, TextNorm.tokenString(clean)));
        }
    }

    private static int labelOf(Element span) {
        for (String cls : span.classNames()) {
            if (cls.startsWith("x-nc-sel")) {
                return cls.charAt(cls.length() - 1) - '0';
            }
        }
        return 0;
    }

    private static Element containerOf(Element span) {
        Element e = span.parent();
        while (e != null && (e.normalName().equals("span") || e.normalName().equals("a"))) {
            e = e.parent();
        }
        return e;
    }

    private static boolean isInvisible(Element span) {
        for (Element e = span; e != null; e = e.parent()) {
            if (e.hasClass("x-nc-invisible")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public SetScorer<Gold> newScorer() {
        return new L3sScorer();
    }
}
