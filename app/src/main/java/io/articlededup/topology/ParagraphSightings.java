package io.articlededup.topology;

import java.util.Arrays;

/**
 * How many distinct stories of one source carried one paragraph, and when it was last seen. The story
 * keys (hashes of the title, else of the content) are kept only until the paragraph reaches the
 * boilerplate threshold (at most K small hashes), so a re-sent article does not count twice and the
 * entry stays tiny. Past K every article that carries it counts, so that a site's furniture can be listed
 * by how often it is stamped.
 *
 * @param articles  distinct stories that carried the paragraph, up to K; then articles that carried it
 * @param lastSeen  event time of the latest sighting, epoch ms; the sweep expires entries by it
 * @param contents  story keys that counted, while {@code articles < K}
 */
public record ParagraphSightings(int articles, long lastSeen, long[] contents) {

    static ParagraphSightings first(long content, long time) {
        return new ParagraphSightings(1, time, new long[] {content});
    }

    /** The entry after one more sighting by an article with this content hash. */
    ParagraphSightings seenBy(long content, long time, int threshold) {
        long latest = Math.max(lastSeen, time);
        if (articles >= threshold) {
            return new ParagraphSightings(articles == Integer.MAX_VALUE ? articles : articles + 1, latest, contents);
        }
        for (long c : contents) {
            if (c == content) {
                return new ParagraphSightings(articles, latest, contents);
            }
        }
        int n = articles + 1;
        long[] more = n >= threshold ? new long[0] : Arrays.copyOf(contents, contents.length + 1);
        if (n < threshold) {
            more[contents.length] = content;
        }
        return new ParagraphSightings(n, latest, more);
    }

    public boolean isBoilerplate(int threshold) {
        return articles >= threshold;
    }
}
