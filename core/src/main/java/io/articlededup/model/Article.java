package io.articlededup.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * One article as it moves through the topology: parsed, cleaned, and eventually given a verdict.
 * {@code fields} carries every raw field we do not interpret, untouched, to the output.
 *
 * @param eventTime the Kafka record timestamp of the raw event, in epoch ms: retention, tie-breaks
 *                  and end-to-end latency are measured from it
 * @param contentHash hash of the cleaned, normalised paragraphs (exact-duplicate key)
 * @param paragraphHashes {@link ContentHashes#paragraphHash} of each paragraph's normalised text, in the
 *                  order of {@code paragraphs}: computed once while cleaning, so later stages need not
 *                  normalise the text again (null in records written before it existed)
 * @param templatePositions for an article read from a page, {@link PagePositions#of} of each paragraph,
 *                  same order: where on the site's template the block sat, 0 for the article's own
 *                  text container; null for text events and in records written before it existed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(
        String id,
        String url,
        String source,
        String title,
        List<String> paragraphs,
        ObjectNode fields,
        long eventTime,
        ParagraphCounts paragraphCounts,
        String contentHash,
        Verdict verdict,
        long[] paragraphHashes,
        long[] templatePositions) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    public Article withParagraphs(List<String> newParagraphs, long[] newHashes, long[] newPositions,
                                  ParagraphCounts counts) {
        return new Article(id, url, source, title, newParagraphs, fields, eventTime, counts, contentHash, verdict,
                newHashes, newPositions);
    }

    public Article withVerdict(Verdict v) {
        return new Article(id, url, source, title, paragraphs, fields, eventTime, paragraphCounts, contentHash, v,
                paragraphHashes, templatePositions);
    }

    /** Total order used to decide which of two copies is canonical: earlier event time, then smaller id. */
    public static int compareAge(long timeA, String idA, long timeB, String idB) {
        int byTime = Long.compare(timeA, timeB);
        return byTime != 0 ? byTime : idA.compareTo(idB);
    }
}
