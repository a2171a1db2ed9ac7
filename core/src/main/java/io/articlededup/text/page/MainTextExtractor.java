package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An HTML page's main text and metadata. The page is pruned of what can never be text and of
 * containers named as furniture, its paragraphs score their ancestors, the best-scoring container and
 * its like siblings are read as paragraphs in reading order, and the schema.org {@code articleBody},
 * when the page declares one, confirms or replaces what the structure found. Thread-safe; linear in
 * the page's size.
 */
public final class MainTextExtractor {

    /**
     * jsoup attaches elements nested deeper than this to the deepest allowed parent, so a hostile
     * 100,000-deep page parses in linear time and the tree stays shallow. Real pages rarely pass 60.
     */
    public static final int MAX_DEPTH = 256;
    /** Below this many characters the structure found no article; the page is read again without name hints. */
    private static final int MIN_ARTICLE_CHARS = 250;
    private static final int MIN_DECLARED_BODY_CHARS = 200;
    /** Longer than any real title: the title element swallowed the page. */
    private static final int MAX_TITLE_CHARS = 1000;
    /** A line this short that ends in no sentence mark, at the article's end, is furniture. */
    private static final int MAX_TAIL_LINE_CHARS = 60;
    private static final int MIN_TABLE_LINES = 3;
    private static final Pattern TITLE_TAG = Pattern.compile("<title[^>]*>", Pattern.CASE_INSENSITIVE);

    private MainTextExtractor() {
    }

    public static ExtractedArticlePage extract(String html, String url) {
        if (html == null || html.isBlank()) {
            return new ExtractedArticlePage(PageMetadata.NONE, List.of());
        }
        Document doc = parse(html);
        PageLandmarks marks = PageLandmarks.of(doc);
        JsonLdArticle ld = JsonLdArticle.read(marks.jsonLdScripts);
        PageMetadata metadata = PageMetadataReader.read(doc, marks, ld, url);
        Reading first = mainBlocks(doc, true, metadata.title());
        List<PageBlock> blocks = first.blocks();
        // read again without the name hints only if they removed something: else it reads the same
        if (chars(blocks) < MIN_ARTICLE_CHARS && first.hintsRemoved()) {
            Reading again = mainBlocks(parse(html), false, metadata.title());
            // a reader's comment or a login dialog is never the article, however short the story the hints
            // left, or even if they left none: an empty page is a clear dead letter, a comment published as
            // the story is a wrong article and wrong duplicate links
            if (chars(again.blocks()) > chars(blocks) && !again.inCommentsOrDialogs()) {
                blocks = again.blocks();
            }
        }
        if (ld != null && ld.articleBody() != null && ld.articleBody().length() >= MIN_DECLARED_BODY_CHARS) {
            blocks = DeclaredBody.reconcile(blocks, ld.articleBody());
        }
        return new ExtractedArticlePage(metadata, blocks);
    }

    private static Document parse(String html) {
        Document doc = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, "");
        Element title = doc.selectFirst("title");
        if (title != null && title.text().length() > MAX_TITLE_CHARS && title.text().indexOf('<') >= 0) {
            String repaired = closeTitle(html);
            if (repaired != null) {
                doc = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(repaired, "");
            }
        }
        return doc;
    }

    // A <title> that is never closed (a truncated or garbled "</title>") makes the parser read the whole
    // page as title text and leaves the body empty; the title is taken to end where the next tag starts.
    private static String closeTitle(String html) {
        Matcher open = TITLE_TAG.matcher(html);
        int nextTag = open.find() ? html.indexOf('<', open.end()) : -1;
        if (nextTag < 0) {
            return null;
        }
        return html.substring(0, nextTag) + "</title>" + html.substring(nextTag);
    }

    /**
     * The paragraphs one reading found, whether its pruning went by the name hints, and whether all it
     * found sits in readers' comments or in dialogs and banners laid over the page.
     */
    private record Reading(List<PageBlock> blocks, boolean hintsRemoved, boolean inCommentsOrDialogs) {
        Reading(List<PageBlock> blocks, boolean hintsRemoved) {
            this(blocks, hintsRemoved, false);
        }
    }

    private static Reading mainBlocks(Document doc, boolean byHints, String title) {
        Element body = doc.body();
        if (body == null) {
            return new Reading(List.of(), false);
        }
        DomPruner.Pruned pruned = DomPruner.prune(body, byHints);
        boolean hintsRemoved = pruned.hintsRemoved();
        ElementStats stats = pruned.stats();
        List<Element> roots = ContentLocator.locate(body, stats, title);
        if (roots.isEmpty()) {
            return new Reading(List.of(), hintsRemoved);
        }
        List<PageBlock> blocks = BlockCollector.collect(roots, stats);
        Element standfirst = Standfirst.find(body, roots, stats, title);
        if (standfirst != null) {
            List<PageBlock> withStandfirst = new ArrayList<>(BlockCollector.collect(List.of(standfirst), stats));
            withStandfirst.addAll(blocks);
            blocks = withStandfirst;
        }
        List<PageBlock> text = ReaderAppeal.trimmed(trimTail(BlockCollector.withoutFurnitureLines(ArticleEnd.cut(blocks))));
        return new Reading(DateLine.trimmed(text), hintsRemoved,
                allInCommentsOrDialogs(roots, body));
    }

    private static boolean allInCommentsOrDialogs(List<Element> roots, Element body) {
        for (Element root : roots) {
            boolean inside = false;
            for (Element el = root; el != null && el != body && !inside; el = el.parent()) {
                inside = ClassHints.comments(el) || ClassHints.overlay(el);
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    // An article's container often ends in a run of short lines that are no sentences: "Share",
    // "Comments (3)", "Related:", a date, a picture credit. Sentences and longer lines stay.
    // A run longer than what it follows is no tail but the text: a statement or a table written one short
    // line per paragraph; so is a run of paragraphs like the text's own.
    private static List<PageBlock> trimTail(List<PageBlock> blocks) {
        int end = blocks.size();
        int trimmed = 0;
        while (end > 1 && isTailFurniture(blocks.get(end - 1).text())) {
            trimmed += blocks.get(end - 1).text().length();
            end--;
        }
        if (end == blocks.size() || trimmed >= chars(blocks.subList(0, end)) || continuesText(blocks, end)) {
            return blocks;
        }
        return new ArrayList<>(blocks.subList(0, end));
    }

    // Three or more short paragraphs written where the text's own paragraphs are (the same element
    // path) are the rest of a statement or a table, not a share bar or a date line.
    private static boolean continuesText(List<PageBlock> blocks, int end) {
        if (blocks.size() - end < MIN_TABLE_LINES) {
            return false;
        }
        PageBlock last = blocks.get(end - 1);
        for (int i = end; i < blocks.size(); i++) {
            PageBlock b = blocks.get(i);
            if (!b.tag().equals("p") || !b.path().equals(last.path())) {
                return false;
            }
        }
        return last.tag().equals("p");
    }

    private static boolean isTailFurniture(String text) {
        if (text.length() >= MAX_TAIL_LINE_CHARS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?\"\u201D\u00BB)\u3002".indexOf(last) < 0;
    }

    static int chars(List<PageBlock> blocks) {
        int n = 0;
        for (PageBlock b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    /** Reconciles the structure's paragraphs with the body the page declares in its JSON-LD. */
    static final class DeclaredBody {
        private static final double CONFIRMED = 0.6;
        private static final double SUMMARY_SHARE = 0.5;
        private static final double COVERED = 0.7;
        /**
         * A declared body this much shorter than what the structure read is a summary even when the page
         * does not show it (a lead written for search engines and feeds): it never replaces the article.
         */
        private static final double DIGEST_SHARE = 0.2;

        static List<PageBlock> reconcile(List<PageBlock> blocks, String declared) {
            Set<String> declaredWords = words(declared);
            // a declared body much shorter than what was found, and found in it, is a summary or a cut
            // lead ("..."): the structure read the whole text
            if (declared.length() < SUMMARY_SHARE * chars(blocks) && found(declaredWords, blocks) >= COVERED * declaredWords.size()
                    || declared.length() < DIGEST_SHARE * chars(blocks)) {
                return blocks;
            }
            Set<String> foundWords = new HashSet<>();
            List<PageBlock> confirmed = new ArrayList<>();
            for (PageBlock b : blocks) {
                Set<String> w = words(b.text());
                int in = 0;
                for (String word : w) {
                    if (declaredWords.contains(word)) {
                        in++;
                    }
                }
                if (!w.isEmpty() && in >= CONFIRMED * w.size()) {
                    confirmed.add(b);
                    foundWords.addAll(w);
                }
            }
            int covered = 0;
            for (String word : declaredWords) {
                if (foundWords.contains(word)) {
                    covered++;
                }
            }
            if (covered >= COVERED * declaredWords.size()) {
                return confirmed;
            }
            // the structure missed the article: the declared body is the text, split where it breaks lines
            List<PageBlock> out = new ArrayList<>();
            for (String line : declared.split("\\R+")) {
                String text = BlockCollector.collapse(line);
                if (!text.isEmpty()) {
                    out.add(new PageBlock(text, "p", "/script.ld-json"));
                }
            }
            return out;
        }

        private static int found(Set<String> declaredWords, List<PageBlock> blocks) {
            Set<String> all = new HashSet<>();
            for (PageBlock b : blocks) {
                all.addAll(words(b.text()));
            }
            int n = 0;
            for (String word : declaredWords) {
                if (all.contains(word)) {
                    n++;
                }
            }
            return n;
        }

        private static Set<String> words(String text) {
            Set<String> out = new HashSet<>();
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            return out;
        }
    }
}
