package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            "\\b(?:subscri(be|bing|ption|ber)s?\\b|newsletters?\\b|sign(ing)?\\s+(me\\s+)?up\\b|register\\s+(now|here|for)\\b"
                    + "|download\\s+(the|our)\\b.{0,40}\\bapps?\\b|apps?\\s+for\\s+(ios|android)\\b"
                    + "|follow\\s+(us|@|the\\s+\\S+\\s+on|\\S+\\s+on\\s+(twitter|facebook|instagram|x\\b))"
                    + "|(join|like|find)\\s+us\\s+on\\b|support\\s+(us|our\\s+work|(our\\s+|independent\\s+)?(journalism|reporting))\\b"
                    + "|donate\\s+(now|today|here|to\\s+us)\\b"
                    + "|letters?\\s+to\\s+the\\s+editor\\b|(click|tap)\\s+here\\b|share\\s+this\\s+(article|story|post)\\b"
                    + "|if\\s+you\\s+(enjoyed|liked)\\s+(reading\\s+)?this\\b|we\\s+want\\s+to\\s+hear\\s+what\\s+you\\s+think\\b"
                    + "|(was|is)\\s+this\\s+(article|page|post|story)\\s+(helpful|useful)\\b"
                    + "|(ist|war)\\s+diese[rs]?\\s+(beitrag|artikel|seite)\\s+hilfreich\\b"
                    // German
                    + "|abonn(ier|ement)|jetzt\\s+(anmelden|registrieren|abonnieren|bestellen|kostenlos|testen|lesen)\\b"
                    + "|folg(en\\s+sie|e)\\s+uns\\b|unterst(ü|ue)tz(en\\s+sie|e)\\s+(uns|diese|unsere|unseren)\\b"
                    + "|hier\\s+klicken\\b|kommentar\\s+(verfassen|schreiben)\\b|artikel\\s+teilen\\b|lust\\s+auf\\s+mehr\\b"
                    + "|schon\\s+gelesen\\b|auch\\s+interessant\\b|weitere\\s+(infos|informationen)(\\s+(unter|finden|gibt|hier)|\\s*:|$)"
                    // Spanish, Portuguese, French, Italian, Polish
                    + "|suscr(í|i)b|s(í|i)gue(nos|-nos)\\b|(ú|u)nete\\b|canal\\s+de\\s+(telegram|youtube|whatsapp)\\b"
                    + "|le\\s+puede\\s+interesar\\b|mira\\s+lo\\s+que\\b|assine\\b|inscreva-se\\b"
                    + "|abonnez-vous\\b|inscrivez-vous\\b|suivez-nous\\b|soutenez\\b"
                    + "|iscriviti\\b|seguici\\b|abbonati\\b|subskrypc|zapraszamy\\b|obserwuj\\b)",
            Pattern.UNICODE_CASE);
    private static final Pattern NETWORK = Pattern.compile(
            "\\b(twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin)\\b");

    private ReaderAppeal() {
    }

    static boolean isAppeal(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        // lowered once, and one word boundary before all the words: a case-blind match of each costs far more
        String lower = text.toLowerCase(Locale.ROOT);
        if (APPEAL.matcher(lower).find()) {
            return true;
        }
        // "Facebook | Twitter | Instagram": the site's profiles named in a row
        var m = NETWORK.matcher(lower);
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
        List<PageBlock> kept = blocks.subList(0, cut);
        return MainTextExtractor.chars(kept) > taken ? new ArrayList<>(kept) : blocks;
    }

    private static boolean isLabel(String text) {
        return text.length() < 60 && ".!\"\u201D\u00BB)\u3002".indexOf(text.charAt(text.length() - 1)) < 0;
    }
}
