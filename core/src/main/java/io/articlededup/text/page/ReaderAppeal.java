package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line that closes an article by asking the reader to do something on the site rather than telling
 * the story: subscribe, sign up for the newsletter, follow the site on social networks, download its app,
 * support its journalism, write a letter or a comment, read another story ("Follow The Gleaner on Twitter",
 * "Subscribe now to our eNATION edition for the full story", "Lust auf mehr? Lass dir die besten Storys
 * ... schicken", "Síguenos en Telegram"). Sites write it inside the story's container, in the story's own
 * paragraphs, so neither names nor link density tell it apart; the words do, and only at the end: the
 * same words in the middle of a story are about the story.
 */
final class ReaderAppeal {

    /** Longer than an appeal: a paragraph of the story that mentions a newsletter or an app. */
    static final int MAX_CHARS = 350;
    /** Appeals and their labels stacked at the end are few; past this many, the story itself is ending. */
    private static final int MAX_TRAILING = 4;

    private static final Pattern APPEAL = Pattern.compile(
            // English
            "\\bsubscri(be|bing|ption|ber)s?\\b|\\bnewsletters?\\b|\\bsign(ing)?\\s+(me\\s+)?up\\b|\\bregister\\s+(now|here|for)\\b"
                    + "|\\bdownload\\s+(the|our)\\b.{0,40}\\bapps?\\b|\\bapps?\\s+for\\s+(ios|android)\\b"
                    + "|\\bfollow\\s+(us|@|the\\s+\\S+\\s+on|\\S+\\s+on\\s+(twitter|facebook|instagram|x\\b))"
                    + "|\\b(join|like|find)\\s+us\\s+on\\b|\\bsupport\\s+(us|our\\s+work|(our\\s+|independent\\s+)?(journalism|reporting))\\b"
                    + "|\\bdonate\\s+(now|today|here|to\\s+us)\\b"
                    + "|\\bletters?\\s+to\\s+the\\s+editor\\b|\\b(click|tap)\\s+here\\b|\\bshare\\s+this\\s+(article|story|post)\\b"
                    + "|\\bif\\s+you\\s+(enjoyed|liked)\\s+(reading\\s+)?this\\b|\\bwe\\s+want\\s+to\\s+hear\\s+what\\s+you\\s+think\\b"
                    + "|\\b(was|is)\\s+this\\s+(article|page|post|story)\\s+(helpful|useful)\\b"
                    + "|\\b(ist|war)\\s+diese[rs]?\\s+(beitrag|artikel|seite)\\s+hilfreich\\b"
                    // German
                    + "|\\babonn(ier|ement)|\\bjetzt\\s+(anmelden|registrieren|abonnieren|bestellen|kostenlos|testen|lesen)\\b"
                    + "|\\bfolg(en\\s+sie|e)\\s+uns\\b|\\bunterst(ü|ue)tz(en\\s+sie|e)\\s+(uns|diese|unsere|unseren)\\b"
                    + "|\\bhier\\s+klicken\\b|\\bkommentar\\s+(verfassen|schreiben)\\b|\\bartikel\\s+teilen\\b|\\blust\\s+auf\\s+mehr\\b"
                    + "|\\bschon\\s+gelesen\\b|\\bauch\\s+interessant\\b|\\bweitere\\s+(infos|informationen)(\\s+(unter|finden|gibt|hier)|\\s*:|$)"
                    // Spanish, Portuguese, French, Italian, Polish
                    + "|\\bsuscr(í|i)b|\\bs(í|i)gue(nos|-nos)\\b|\\b(ú|u)nete\\b|\\bcanal\\s+de\\s+(telegram|youtube|whatsapp)\\b"
                    + "|\\ble\\s+puede\\s+interesar\\b|\\bmira\\s+lo\\s+que\\b|\\bassine\\b|\\binscreva-se\\b"
                    + "|\\babonnez-vous\\b|\\binscrivez-vous\\b|\\bsuivez-nous\\b|\\bsoutenez\\b"
                    + "|\\biscriviti\\b|\\bseguici\\b|\\babbonati\\b|\\bsubskrypc|\\bzapraszamy\\b|\\bobserwuj\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NETWORK = Pattern.compile(
            "\\b(twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin)\\b",
            Pattern.CASE_INSENSITIVE);

    private ReaderAppeal() {
    }

    static boolean isAppeal(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        if (APPEAL.matcher(text).find()) {
            return true;
        }
        // "Facebook | Twitter | Instagram": the site's profiles named in a row
        var m = NETWORK.matcher(text);
        int networks = 0;
        while (m.find() && networks < 2) {
            networks++;
        }
        return networks >= 2;
    }

    /**
     * The blocks without the appeals that end them, and the short labels between those appeals ("Schon
     * gelesen?", a date): from the end back to the first block that is neither. Nothing goes when no appeal
     * is among them, or when they would leave less text than they take.
     */
    static List<PageBlock> trimmed(List<PageBlock> blocks) {
        int end = blocks.size();
        int cut = end;
        int taken = 0;
        for (int i = end - 1; i > 0 && end - i <= MAX_TRAILING; i--) {
            String text = blocks.get(i).text();
            if (isAppeal(text)) {
                cut = i;
            } else if (!isLabel(text)) {
                break;
            }
            taken += text.length();
        }
        if (cut == end) {
            return blocks;
        }
        int kept = 0;
        for (int i = 0; i < cut; i++) {
            kept += blocks.get(i).text().length();
        }
        return kept > taken ? new ArrayList<>(blocks.subList(0, cut)) : blocks;
    }

    private static boolean isLabel(String text) {
        return text.length() < 60 && ".!\"\u201D\u00BB)\u3002".indexOf(text.charAt(text.length() - 1)) < 0;
    }
}
