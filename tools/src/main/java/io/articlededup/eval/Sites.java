package io.articlededup.eval;

import java.util.Map;

/** Where a base document is published when it is not sent to an invented site: its corpus' own host. */
final class Sites {

    private Sites() {
    }

    static String nativeUrl(SourceDoc d, Map<String, String> urls) {
        String known = urls.get(d.docId());
        if (known != null && !known.isBlank()) {
            return known;
        }
        String[] parts = d.docId().split("/");
        return switch (d.corpus()) {
            case "bbc" -> "https://www.bbc.co.uk/news/" + parts[1] + "-" + parts[parts.length - 1];
            case "reuters" -> "https://www.reuters.com/article/" + parts[1] + "-idUSRTR"
                    + String.format("%06d", Long.parseLong(parts[parts.length - 1]));
            default -> "https://www." + d.corpus() + ".example/" + parts[parts.length - 1];
        };
    }

    /** A display name for attributions ("The story was first reported by ..."). */
    static String displayName(String source) {
        return switch (source) {
            case "bbc.co.uk" -> "BBC News";
            case "reuters.com" -> "Reuters";
            default -> source;
        };
    }

    static String slug(String title, long n) {
        String s = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return (s.isEmpty() ? "story" : s) + "-" + n;
    }
}
