package io.articlededup.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a scraper adds to one article by itself: second copies of a passage (see
 * {@link CopiedPassages}), copies of the headline and lone UI labels. Per-site boilerplate is another stage's job. Thread-safe.
 */
public final class ParagraphCleaner {

    /** An ellipsis at the end, optionally followed by a "read more" link, marks a truncated teaser. */
    private static final Pattern TRUNCATED = Pattern.compile(
            "^(.*?)\\s*(?:\\.{3,}|\\[\\.{3,}]|\\(\\.{3,}\\))\\s*"
                    + "(?:(?:read more|continue reading|more|weiterlesen|lire la suite|leer más)\\s*[>»›\"]*)?$");
    /** "Headline | Site", "Headline - Site": the separators sites put between headline and name. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("^\\s+[-|:·•»/]\\s+(.{1,60})$");
    private static final int MAX_SITE_SUFFIX_WORDS = 6;
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\\s\"')\\]}>*]+$");
    private static final String SENTENCE_END = ".,;:!\u3002\uFF61";
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{3,}[.!?]\\s+[\"'\u201C\u2018]?\\p{Lu}");
    private static final int SHORT_CAPS_WORDS = 5;
    /** Bounds the prefix scan per teaser; genuine teasers have one or two longer versions. */
    private static final int MAX_PREFIX_CANDIDATES = 16;

    private final CleanerSettings settings;
    private final UiLineClassifier ui = new UiLineClassifier();

    public ParagraphCleaner(CleanerSettings s) {
        this.settings = s == null ? CleanerSettings.defaults() : s;
    }

    public CleanedArticle clean(String title, List<String> paragraphs) {
        List<String> in = paragraphs == null ? List.of() : paragraphs;
        int n = in.size();
        String[] keys = new String[n];
        boolean[] uiLine = new boolean[n];
        for (int i = 0; i < n; i++) {
            keys[i] = TextNormalizer.normalize(in.get(i));
            uiLine[i] = ui.isUiKey(keys[i]);
        }

        String outTitle = null;
        String titleKey = null;
        if (title != null && !TextNormalizer.normalize(title).isEmpty()) {
            outTitle = TextNormalizer.trim(title);
            titleKey = TextNormalizer.normalize(title);
        } else if (settings.inferTitle()) {
            int first = firstContent(keys, uiLine);
            if (first >= 0 && looksLikeHeadline(in.get(first), keys[first]) && hasOtherContent(keys, uiLine, first)) {
                outTitle = TextNormalizer.trim(in.get(first));
                titleKey = keys[first];
            }
        }

        TreeSet<String> allStems = new TreeSet<>();
        for (String k : keys) {
            allStems.add(stem(k));
        }

        // First pass, over the paragraphs as they came: which are labels or the headline, and which only
        // say again part of what came before (a teaser of a later paragraph, a sentence of an earlier
        // one). Exact repeats are settled once the copied passages are known.
        Disposition[] fixed = new Disposition[n];
        boolean[] noContent = new boolean[n];
        boolean[] echo = new boolean[n];
        Map<String, Boolean> echoOfFirst = new HashMap<>();
        // Keys joined by single spaces with a space at both ends, so a fragment check can demand word
        // boundaries with a plain indexOf.
        StringBuilder saidText = new StringBuilder(" ");
        for (int i = 0; i < n; i++) {
            String key = keys[i];
            if (key.isEmpty() || (uiLine[i] && !key.equals(titleKey))) {
                fixed[i] = Disposition.UI_LINE;
            } else if (titleKey != null && sameHeadline(key, titleKey)) {
                fixed[i] = Disposition.HEADLINE;
            }
            noContent[i] = fixed[i] != null;
            if (noContent[i]) {
                continue;
            }
            Boolean first = echoOfFirst.get(key);
            if (first != null) {
                echo[i] = first;
                continue;
            }
            echo[i] = isTruncatedCopy(key, allStems) || isFragment(key, saidText);
            echoOfFirst.put(key, echo[i]);
            if (!echo[i] && saidText.length() <= settings.maxFuzzyChars()) {
                saidText.append(key).append(' ');
            }
        }
        boolean[] copied = CopiedPassages.find(keys, noContent, echo);

        EnumMap<Disposition, Integer> counts = new EnumMap<>(Disposition.class);
        for (Disposition d : Disposition.values()) {
            counts.put(d, 0);
        }
        List<String> kept = new ArrayList<>();
        List<String> keptKeys = new ArrayList<>();
        Set<String> keptSet = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String key = keys[i];
            Disposition d;
            if (fixed[i] != null) {
                d = fixed[i];
            } else if (echo[i] || (copied[i] && keptSet.contains(key))) {
                d = Disposition.REPEATED;
            } else {
                d = Disposition.KEPT;
                kept.add(in.get(i));
                keptKeys.add(key);
                keptSet.add(key);
            }
            counts.merge(d, 1, Integer::sum);
        }
        return new CleanedArticle(outTitle, kept, keptKeys, counts, n);
    }

    private static int firstContent(String[] keys, boolean[] uiLine) {
        for (int i = 0; i < keys.length; i++) {
            if (!keys[i].isEmpty() && !uiLine[i]) {
                return i;
            }
        }
        return -1;
    }

    // A page that is only a headline-like line has no body to separate it from; keep it as text.
    private static boolean hasOtherContent(String[] keys, boolean[] uiLine, int titleIndex) {
        for (int i = 0; i < keys.length; i++) {
            if (i != titleIndex && !keys[i].isEmpty() && !uiLine[i] && !keys[i].equals(keys[titleIndex])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Short, one unit of text, and not ending like a sentence or a lead-in. A headline that ends in an
     * abbreviation ("... in the U.S.") is missed on purpose: losing a real first sentence is worse than
     * keeping a headline. Question marks are allowed, headlines ask questions.
     */
    boolean looksLikeHeadline(String original, String key) {
        String end = TRAILING_CLOSERS.matcher(key).replaceAll("");
        if (end.isEmpty() || SENTENCE_END.indexOf(end.charAt(end.length() - 1)) >= 0) {
            return false;
        }
        // "advertiser. All opinions are mine": two sentences; "Gov. Kristi" is an abbreviation.
        if (SENTENCE_BREAK.matcher(original).find()) {
            return false;
        }
        String[] tokens = key.split(" ");
        if (tokens.length > settings.maxHeadlineWords()) {
            return false;
        }
        // Bylines are short and unpunctuated too.
        if (tokens.length <= 6 && (tokens[0].equals("by") || tokens[0].equals("von") || tokens[0].equals("par"))) {
            return false;
        }
        // Short all-caps lines are kickers, datelines and section labels ("BAAR, SWITZERLAND", "GIRLS BASKETBALL").
        if (tokens.length <= SHORT_CAPS_WORDS && original.codePoints().anyMatch(Character::isLetter)
                && original.codePoints().filter(Character::isLetter).allMatch(c -> !Character.isLowerCase(c))
                && original.codePoints().anyMatch(Character::isUpperCase)) {
            return false;
        }
        int letterWords = 0;
        for (String t : tokens) {
            if (t.codePoints().anyMatch(Character::isLetter)) {
                letterWords++;
            }
        }
        return letterWords >= settings.minHeadlineWords();
    }

    // Titles often carry the site name ("Headline | Axios") while the page repeats the bare headline.
    private static boolean sameHeadline(String key, String titleKey) {
        if (key.equals(titleKey)) {
            return true;
        }
        String shorter = key.length() < titleKey.length() ? key : titleKey;
        String longer = shorter == key ? titleKey : key;
        if (shorter.isEmpty() || !longer.startsWith(shorter)) {
            return false;
        }
        Matcher m = SITE_SUFFIX.matcher(longer.substring(shorter.length()));
        return m.matches() && m.group(1).split(" ").length <= MAX_SITE_SUFFIX_WORDS;
    }

    /** The text before a trailing ellipsis, or the key itself when it is not truncated. */
    private static String stem(String key) {
        if (!key.contains("...")) {
            return key; // every teaser form has three dots (NFKC turns the ellipsis character into them); skip the regex
        }
        Matcher m = TRUNCATED.matcher(key);
        return m.matches() ? m.group(1) : key;
    }

    // A lead shown as "First words of the paragraph..." next to the full paragraph, before or after it.
    // Matching on characters, not words, because teasers are often cut mid-word.
    private boolean isTruncatedCopy(String key, TreeSet<String> allStems) {
        String stem = stem(key);
        if (stem.length() == key.length() || stem.length() < settings.minTeaserChars()) {
            return false;
        }
        int seen = 0;
        for (String other : allStems.tailSet(stem, false)) {
            if (!other.startsWith(stem) || ++seen > MAX_PREFIX_CANDIDATES) {
                return false;
            }
            if (other.length() > stem.length()) {
                return true;
            }
        }
        return false;
    }

    /** Words of a key: keys hold single spaces between words and none at the ends. */
    private static int words(String key) {
        int n = 1;
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            n++;
        }
        return n;
    }

    private boolean isFragment(String key, StringBuilder saidText) {
        int min = settings.minFragmentWords();
        if (min == 0 || saidText.length() > settings.maxFuzzyChars() || key.length() < min) {
            return false;
        }
        if (words(key) < min) {
            return false;
        }
        return saidText.indexOf(" " + key + " ") >= 0;
    }
}
