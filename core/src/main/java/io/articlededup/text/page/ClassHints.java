package io.articlededup.text.page;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Sites name their containers after what they hold
 * ({@code article-body}, {@code related-stories}, {@code share-bar}); these hints are how Readability,
 * Boilerpipe and trafilatura all tell furniture from text when the words alone do not.
 */
final class ClassHints {

    /** Containers of furniture: removed before scoring unless they also look like content. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|\\bads?\\b|adverti|ai2html|banner|breadcrumb|combx|comment|communit|consent|cookie|cover-wrap|disqus"
                    + "|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|ad-break|agegate|pagination|pager|popup|newsletter|subscribe|signup|paywall|teaser|recommend"
                    + "|share|sharing|outbrain|taboola|promo|navigation|\\bnav\\b|navbar|masthead|toolbar|most-?read"
                    + "|most-?popular|trending|widget|modal|dialog|lightbox|overlay|login|signin|sign-in|flyout|tooltip|dropdown|yom-remote|jump-?link|skip-?link|print-?only|visually-?hidden|sr-only");
    /** Names that also mark the article's own container, so an UNLIKELY match alone does not remove it. */
    private static final Pattern MAYBE_CONTENT = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|entry|post-?text|text");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|artikel|beitrag|inhalt|haupt");
    private static final Pattern NEGATIVE = Pattern.compile(
            "hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
                    + "|byline|author|dateline|caption|teaser|newsletter|social|breadcrumb|nav|menu|rating|login");
    private static final Pattern FURNITURE_ROLE = Pattern.compile(
            "menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search");

    /** "commentary" and "commentator" name opinion articles and their authors, not readers' comments. */
    private static final Pattern COMMENTS = Pattern.compile("comment(?!a)|disqus|\\brepl(y|ies)\\b");

    private static final Pattern OVERLAY = Pattern.compile(
            "consent|cookie|gdpr|login|log-in|signin|sign-in|modal|popup");

    private ClassHints() {
    }

    static String names(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty()) {
            return id.toLowerCase(Locale.ROOT);
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean unlikely(Element el) {
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && FURNITURE_ROLE.matcher(role).find()) {
            return true;
        }
        String names = names(el);
        if (names.isEmpty()) {
            return false;
        }
        // "comment-body" is the body of a comment: a content word does not rescue a comments container
        return COMMENTS.matcher(names).find()
                || UNLIKELY.matcher(names).find() && !MAYBE_CONTENT.matcher(names).find();
    }

    /** Cookie and consent banners, login and sign-up dialogs, pop-ups: they cover the page, never hold its article. */
    static boolean overlay(Element el) {
        String names = names(el);
        return !names.isEmpty() && OVERLAY.matcher(names).find();
    }

    /** Readers' comments and their forms, by the container's name or role. */
    static boolean comments(Element el) {
        String names = names(el);
        return !names.isEmpty() && COMMENTS.matcher(names).find()
                || el.attr("role").toLowerCase(Locale.ROOT).contains("dialog");
    }

    /** Readability's class weight: +25 for a content name, -25 for a furniture name. */
    static int weight(Element el) {
        String names = names(el);
        if (names.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.matcher(names).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(names).find()) {
            w += 25;
        }
        return w;
    }

    static boolean negative(Element el) {
        String names = names(el);
        return !names.isEmpty() && NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find();
    }
}
