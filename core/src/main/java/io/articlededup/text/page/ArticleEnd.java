package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where an article's text ends inside the container that holds it. Older and hand-built pages keep
 * readers' comments, or a rights notice and what follows it, in the same element as the story, with no
 * class or id to name them: a line such as "Comments", "Comments are now closed for this story", "Post a
 * comment", "12 responses to ..." or "© 2008 ... All rights reserved" closes the story, and everything
 * from it on is the thread or the page's foot. Only a line that follows a story's worth of text counts,
 * so a "Comments (5)" link beside the headline never cuts the article.
 */
final class ArticleEnd {

    /** Text before the closing line: a headline and a lead are not yet a story. */
    static final int MIN_STORY_CHARS = 400;
    private static final int MAX_MARKER_CHARS = 250;

    private static final Pattern COMMENTS_HEADING = Pattern.compile(
            "(\\d+\\s+)?((readers?|users?|visitors?)'?\\s+)?"
                    + "(comments?|kommentare?|leserkommentare|commentaires?|comentarios?|coment\u00E1rios?|commenti|reacties|kommentarer|komentarze|koment\u00E1\u0159e"
                    + "|\u043E\u0442\u0437\u044B\u0432\u044B|\u043A\u043E\u043C\u043C\u0435\u043D\u0442\u0430\u0440\u0438\u0438)"
                    + "(\\s*\\(\\d+\\))?\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMENTS_LINE = Pattern.compile(
            "((comments?|discussion)\\s+(are|is)\\s+(now\\s+)?closed\\b.*"
                    + "|(post|leave|add|write|submit|make)\\s+(a|your)\\s+comment\\b.*"
                    + "|(join|start)\\s+the\\s+(discussion|conversation|debate)\\W*"
                    + "|kommentar\\s+(verfassen|schreiben|abgeben|hinterlassen)\\b.*|(bisherige|neueste|alle)\\s+kommentare\\b.*"
                    + "|(écrire|ecrire|laisser|ajouter)\\s+un\\s+commentaire\\b.*|(deja|escribe|añade|anade)\\s+(un|tu)\\s+comentario\\b.*"
                    + "|(lascia|scrivi)\\s+un\\s+commento\\b.*|(dodaj|napisz)\\s+komentarz\\b.*"
                    + "|\\d+\\s+(thoughts|responses?|replies|comments?)\\s+(on|to)\\s+.*"
                    + "|the\\s+following\\s+(are|is)\\s+(the\\s+)?(comments?|opinions?)\\b.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A reader's signature: "Posted by: Brad, Glasgow on 11:16am Wed 9 Jan 08", "Posted by: jim | January 14,
     * 2008 07:20 PM", alone or ending a comment.
     */
    private static final Pattern SIGNATURE = Pattern.compile(
            "(.*\\s)?(posted|written|submitted|added)\\s+by:?\\s+\\S.{0,80}?(\\s(on|at)|\\s?[|,])\\s.{0,30}\\d.{0,30}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final int MIN_SIGNATURES = 2;
    private static final int MAX_SIGNATURE_SCAN = 400;
    /** A heading over other stories: "Related articles", "You may also like", "Lesen Sie auch", "Leia também". */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "(related|similar)(\\s+(stories|articles|posts|content|coverage|news|links|reading|topics))?"
                    + "|(you|we think you)\\s+(may|might|will|could)\\s+(also\\s+)?(like|love|enjoy|be interested( in)?)(\\s+this|\\s+these)?"
                    + "|related\\s+to\\s+this\\s+(story|article|post)|more\\s+(from|on|in|to explore)\\b.*|(more|other|latest|top)\\s+(\\S+\\s+){0,2}(headlines|stories|news|articles|videos)|in\\s+other\\s+news|(also\\s+)?in\\s+the\\s+news|sponsored(\\s+(links|content|stories))?|from\\s+(our\\s+)?partners|read\\s+(more|next|also)|recommended(\\s+for\\s+you)?"
                    + "|(also|most)\\s+(read|popular|viewed|shared)|popular\\s+(stories|articles|posts|now)|trending(\\s+now)?"
                    + "|das\\s+k\u00F6nnte\\s+sie\\s+(auch\\s+)?interessieren|mehr\\s+zum\\s+thema|weitere\\s+(artikel|beitr\u00E4ge|nachrichten)"
                    + "|lesen\\s+sie\\s+(auch|mehr)|verwandte\\s+(artikel|beitr\u00E4ge|themen)|\u00E4hnliche\\s+(artikel|beitr\u00E4ge)"
                    + "|\u00E0\\s+lire\\s+aussi|sur\\s+le\\s+m\u00EAme\\s+sujet|vous\\s+aimerez\\s+aussi|articles\\s+similaires"
                    + "|(tambi\u00E9n\\s+)?te\\s+puede\\s+interesar|noticias\\s+relacionadas|art\u00EDculos\\s+relacionados"
                    + "|voc\u00EA\\s+(pode|tamb\u00E9m\\s+pode)\\s+gostar|leia\\s+tamb\u00E9m|veja\\s+tamb\u00E9m|(posts|artigos|not\u00EDcias)\\s+relacionad[oa]s"
                    + "|potrebbe\\s+interessarti|leggi\\s+anche|articoli\\s+correlati"
                    + "|lees\\s+ook|gerelateerde\\s+artikelen|czytaj\\s+(te\u017C|tak\u017Ce)|zobacz\\s+(te\u017C|tak\u017Ce)"
                    // Russian: "read also", "see also", "similar articles", "(the most) popular ..."
                    + "|\u0447\u0438\u0442\u0430\u0439\u0442\u0435\\s+\u0442\u0430\u043A\u0436\u0435"
                    + "|\u0441\u043C\u043E\u0442\u0440\u0438\u0442\u0435\\s+\u0442\u0430\u043A\u0436\u0435"
                    + "|\u043F\u043E\u0445\u043E\u0436\u0438\u0435\\s+\\S+"
                    + "|(\u0441\u0430\u043C\u044B\u0435\\s+)?\u043F\u043E\u043F\u0443\u043B\u044F\u0440\u043D\u044B\u0435(\\s+\\S+)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_LABEL_CHARS = 40;
    /** A pointer's headline; past this the line is the story's own paragraph led by a label. */
    private static final int MAX_POINTER_CHARS = 160;
    /** Labels of a pointer to another story that head no box of their own. */
    private static final Pattern POINTER_LABEL = Pattern.compile(
            "see\\s+also|(also\\s+)?read|watch|mehr\\s+dazu|siehe\\s+auch|auch\\s+interessant|lire\\s+aussi|voir\\s+aussi"
                    + "|(puedes|pod(é|e)s)\\s+ver|le\\s+puede\\s+interesar|lee\\s+tambi(é|e)n|mira|dowiedz\\s+si(ę|e)\\s+wi(ę|e)cej"
                    + "|czytaj\\s+(te(ż|z)|tak(ż|z)e|r(ó|o)wnie(ż|z)|wi(ę|e)cej)|leggi\\s+anche|leia\\s+mais",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RIGHTS_NOTICE = Pattern.compile(
            "(\u00A9|\\(c\\)|copyright\\b).*\\b(all rights reserved|reproduction|may not be (re)?published)\\b.*"
                    // a dated credit of the whole piece: "(c) 2007 ANI", "Copyright (c) 2008. Fairfax Digital"
                    + "|(\u00A9|\\(c\\)|copyright\\s*(\u00A9|\\(c\\))?)\\s*(19|20)\\d\\d\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ArticleEnd() {
    }

    /**
     * The blocks up to the line that closes the story, or all of them when none does. A heading over other
     * stories ("Related", "Sponsored links", "Mehr zum Thema") is dropped with the box it heads, the blocks
     * after it inside the heading's parent; when that parent holds the story, or all of the text, only the
     * heading goes, and the story goes on after the links a "Related" box set into its middle held.
     */
    static List<PageBlock> cut(List<PageBlock> blocks) {
        List<PageBlock> kept = new ArrayList<>(blocks.size());
        String container = commonPath(blocks);
        int before = 0;
        for (int i = 0; i < blocks.size(); i++) {
            PageBlock block = blocks.get(i);
            String text = block.text();
            if (before >= MIN_STORY_CHARS && closesStory(text)) {
                break;
            }
            if (headsOtherStories(block)) {
                // the box goes when it sits below the element that holds all of the text and apart from the story so far
                String box = parentPath(block.path());
                if (box.length() > container.length() && !holdsStory(kept, box)) {
                    while (i + 1 < blocks.size() && blocks.get(i + 1).path().startsWith(box)) {
                        i++;
                    }
                }
                continue;
            }
            if (pointsToOtherStory(text)) {
                continue;
            }
            kept.add(block);
            before += text.length();
        }
        return upTo(kept, signedThread(kept, kept.size()));
    }

    /** The longest path, ending in '/', that every block's path starts with. */
    private static String commonPath(List<PageBlock> blocks) {
        if (blocks.isEmpty()) {
            return "/";
        }
        String common = parentPath(blocks.get(0).path());
        for (PageBlock b : blocks) {
            while (!b.path().startsWith(common) && common.length() > 1) {
                common = parentPath(common.substring(0, common.length() - 1));
            }
        }
        return common;
    }

    private static String parentPath(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash + 1);
    }

    private static boolean holdsStory(List<PageBlock> story, String box) {
        for (PageBlock b : story) {
            if (b.path().startsWith(box)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a thread of readers' signed comments starts among the blocks before {@code end}, or
     * {@code end}: two or more signatures after the story, with less text after the last of them than
     * between the first and the last, so posts quoted inside an article ("Posted by ... on Monday") are
     * not taken for its end.
     */
    private static int signedThread(List<PageBlock> blocks, int end) {
        int chars = 0;
        int first = -1;
        int signatures = 0;
        int firstAt = 0;
        int lastAt = 0;
        for (int i = 0; i < end; i++) {
            String text = blocks.get(i).text();
            if (chars >= MIN_STORY_CHARS && isSignature(text)) {
                if (first < 0) {
                    first = i;
                    firstAt = chars;
                }
                signatures++;
                lastAt = chars + text.length();
            }
            chars += text.length();
        }
        boolean thread = signatures >= MIN_SIGNATURES && chars - lastAt < lastAt - firstAt;
        return thread ? first : end;
    }

    // most blocks say no "by" at all: they never reach the pattern
    private static boolean mentionsBy(String text) {
        for (int i = text.indexOf('y', 1); i > 0; i = text.indexOf('y', i + 1)) {
            char b = text.charAt(i - 1);
            if (b == 'b' || b == 'B') {
                return true;
            }
        }
        return text.contains("BY");
    }

    private static List<PageBlock> upTo(List<PageBlock> blocks, int end) {
        return new ArrayList<>(blocks.subList(0, end));
    }

    static boolean closesStory(String text) {
        if (text.length() > MAX_MARKER_CHARS) {
            return false;
        }
        return COMMENTS_HEADING.matcher(text).matches()
                || COMMENTS_LINE.matcher(text).matches()
                || RIGHTS_NOTICE.matcher(text).matches();
    }

    /**
     * A heading over other stories, or a label ending in a colon ("Related to this story:"); a paragraph
     * that merely says "Read more" before its link is neither.
     */
    static boolean headsOtherStories(PageBlock block) {
        String tag = block.tag();
        String text = block.text();
        boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                || text.endsWith(":");
        int end = text.length();
        while (end > 0 && ":.\u2026!\u00BB>\u203A ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return heading && end <= MAX_MARKER_CHARS && RELATED_HEADING.matcher(text.substring(0, end)).matches();
    }

    /**
     * A line set into the story that points to another one: "Lesen Sie auch: Headline", "Czytaj też: ...",
     * "PUEDES VER: ¿Qué es la Sunedu?". The label says what the rest is; a label of the story's own ("Read
     * more about the plan in our guide") has no colon after it.
     */
    static boolean pointsToOtherStory(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > MAX_LABEL_CHARS || text.length() - colon > MAX_POINTER_CHARS) {
            return false;
        }
        String label = text.substring(0, colon).strip();
        return RELATED_HEADING.matcher(label).matches() || POINTER_LABEL.matcher(label).matches();
    }

    static boolean isSignature(String text) {
        // the signature ends the block: only its last few hundred characters are matched
        String tail = text.length() > MAX_SIGNATURE_SCAN ? text.substring(text.length() - MAX_SIGNATURE_SCAN) : text;
        // a sentence that says something was posted by someone on a day ends in a full stop; a signature does not
        char last = tail.charAt(tail.length() - 1);
        return ".!?\"\u201D".indexOf(last) < 0 && mentionsBy(tail) && SIGNATURE.matcher(tail).matches();
    }
}
