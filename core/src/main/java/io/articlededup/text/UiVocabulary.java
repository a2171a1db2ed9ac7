package io.articlededup.text;

import java.util.Arrays;
import java.util.Set;

/**
 * The one place that lists page-chrome words. Keys are in {@link TextNormalizer} form (folded,
 * apostrophes unified to ').
 */
final class UiVocabulary {

    private UiVocabulary() {
    }

    /**
     * Words that on their own mark a line as a control or label of the page rather than prose. Every
     * entry must be a word that a short real paragraph would rarely consist of, since a line made only
     * of cue and filler words is dropped.
     */
    static final Set<String> CUES = words(
            // comments
            "comment", "comments", "kommentar", "kommentare", "kommentieren", "commentaire", "commentaires",
            "comentario", "comentarios", "comentar", "commento", "commenti", "reacties", "reageer",
            "komentarz", "komentarze", "reply", "replies", "discussion",
            // sharing and social
            "share", "shares", "shared", "sharing", "teilen", "partager", "partagez", "compartir", "compartilhar",
            "condividi", "delen", "udostępnij", "tweet", "retweet", "like", "likes", "follow", "facebook",
            "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "instagram", "youtube",
            "tiktok", "flipboard", "digg", "icio", "delicious", "stumbleupon", "newsvine", "fark", "technorati", "messenger", "threads", "bluesky", "mastodon", "rss", "permalink",
            // printing, mailing, saving, links
            "print", "printer", "drucken", "imprimer", "imprimir", "stampa", "email", "e-mail", "mail",
            "mailen", "courriel", "correo", "save", "saved", "bookmark", "copy", "copied", "link",
            // ads
            "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "promoted", "promotion",
            "anzeige", "werbung", "publicité", "publicite", "publicidad", "pubblicità", "pubblicita",
            "advertentie", "reklama", "annonce",
            // subscriptions and accounts
            "subscribe", "subscribed", "subscription", "subscriber", "subscribers", "unsubscribe", "newsletter",
            "newsletters", "abonnieren", "abonnez", "abonner", "s'abonner", "suscribirse", "suscríbete",
            "suscribete", "iscriviti", "signup", "sign", "login", "logout", "log", "register", "registration",
            "account", "premium", "paywall",
            // navigation
            "skip", "menu", "navigation", "search", "suche", "rechercher", "buscar", "home", "back",
            "next", "previous", "prev", "close", "toggle", "expand", "collapse", "show", "hide", "open",
            "more", "mehr", "weiterlesen", "savoir", "más", "altro", "continue", "related", "trending",
            "popular", "recommended", "sections", "section", "topics", "tags", "breadcrumb", "sitemap",
            "click", "tap", "read", "reading", "lire", "leer", "lesen", "leggi", "loading", "laden", "chargement",
            "cargando", "caricamento", "redirecting", "scroll", "enlarge", "fullscreen", "zoom",
            // media widgets
            "listen", "audio", "podcast", "video", "videos", "watch", "play", "pause", "replay", "mute",
            "unmute", "gallery", "slideshow", "photos", "images", "image", "photo", "caption", "captions",
            "transcript", "embed", "playback", "autoplay", "previously", "livestream",
            // feedback, misc widgets
            "feedback", "report", "translate", "traducir", "übersetzen", "cookie", "cookies", "accept",
            "reject", "settings", "preferences", "privacy", "terms", "contact", "about", "help", "faq",
            "rate", "rating", "vote", "upvote", "downvote", "flag", "edit", "delete", "submit", "send",
            "top", "stories", "headlines", "latest", "updates", "classifieds", "advertise", "archives", "font", "advert", "sponsor", "partner");

    /**
     * Words that only count as chrome next to a cue ("Follow us on Twitter", "Back to top", "Skip to
     * content"); on their own they are ordinary language.
     */
    static final Set<String> FILLERS = words(
            "a", "an", "the", "this", "that", "these", "to", "on", "in", "of", "for", "with", "by", "via",
            "from", "at", "and", "or", "&", "us", "our", "your", "you", "me", "my", "we", "it", "is", "be",
            "first", "now", "here", "all", "up", "out", "off", "in", "no", "yet", "new", "free", "full",
            "view", "see", "join", "leave", "post", "add", "write", "get", "sign", "story", "article",
            "articles", "page", "post", "news", "x", "e", "today", "conversation", "thread", "link",
            "opens", "window", "tab", "options", "to", "above", "below", "below", "back", "item", "items",
            "min", "mins", "minute", "minutes", "sec", "seconds", "hour", "hours", "ago", "time", "read",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "zum", "zur", "zu", "auf", "und",
            "le", "la", "les", "l'article", "l'", "un", "une", "de", "du", "sur", "et", "à", "suite",
            "el", "los", "las", "en", "y", "con", "por", "para", "il", "lo", "gli", "di", "su", "per",
            "het", "op", "een", "van", "plus", "most", "main", "content", "getty", "reuters", "afp", "ap", "epa",
            "del", "policy", "links", "friend", "feeds", "conditions", "friendly", "details", "size",
            "copyright", "credit", "credits", "shutterstock", "alamy", "istock");

    // Set.of rejects duplicates; the lists are easier to maintain without that constraint.
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
