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
                    + "(comments?|kommentare?|leserkommentare|commentaires?|comentarios?|commenti|reacties|kommentarer)"
                    + "(\\s*\\(\\d+\\))?\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMENTS_LINE = Pattern.compile(
            "((comments?|discussion)\\s+(are|is)\\s+(now\\s+)?closed\\b.*"
                    + "|(post|leave|add|write|submit|make)\\s+(a|your)\\s+comment\\b.*"
                    + "|(join|start)\\s+the\\s+(discussion|conversation|debate)\\W*"
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
    private static final Pattern RIGHTS_NOTICE = Pattern.compile(
            "(\u00A9|\\(c\\)|copyright\\b).*\\b(all rights reserved|reproduction|may not be (re)?published)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ArticleEnd() {
    }

    /** The blocks up to the line that closes the story, or all of them when none does. */
    static List<PageBlock> cut(List<PageBlock> blocks) {
        int before = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (before >= MIN_STORY_CHARS && closesStory(text)) {
                return upTo(blocks, Math.min(i, signedThread(blocks, before, i)));
            }
            before += text.length();
        }
        return upTo(blocks, signedThread(blocks, 0, blocks.size()));
    }

    /**
     * Where a thread of readers' signed comments starts among the blocks before {@code end}, or
     * {@code end}: two or more signatures after the story, with less text after the last of them than
     * between the first and the last, so posts quoted inside an article ("Posted by ... on Monday") are
     * not taken for its end.
     */
    private static int signedThread(List<PageBlock> blocks, int storyCharsBefore, int end) {
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

    static boolean isSignature(String text) {
        // the signature ends the block: only its last few hundred characters are matched
        String tail = text.length() > MAX_SIGNATURE_SCAN ? text.substring(text.length() - MAX_SIGNATURE_SCAN) : text;
        // a sentence that says something was posted by someone on a day ends in a full stop; a signature does not
        char last = tail.charAt(tail.length() - 1);
        return ".!?\"\u201D".indexOf(last) < 0 && SIGNATURE.matcher(tail).matches();
    }
}
