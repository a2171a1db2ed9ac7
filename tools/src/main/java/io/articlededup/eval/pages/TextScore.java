package io.articlededup.eval.pages;

import io.articlededup.eval.html.MetricRow;
import io.articlededup.eval.html.TextNorm;
import java.util.List;
import java.util.Map;

/**
 * Word-level precision, recall and F1 of published article text against the story a page carried: the
 * multiset overlap of lowercased word tokens of title and paragraphs, summed over all published articles
 * (micro-averaged, so a long article weighs more). A word the extractor kept from the furniture costs
 * precision; a word of the story it dropped costs recall.
 */
public final class TextScore {

    private long overlap;
    private long published;
    private long gold;
    private long articles;

    /** Scores one published article; returns its own F1. */
    public double add(StoryText story, String title, List<String> paragraphs) {
        List<String> goldWords = words(story.title(), story.paragraphs());
        List<String> got = words(title, paragraphs);
        Map<String, Integer> goldCounts = TextNorm.multiset(goldWords);
        long tp = 0;
        for (Map.Entry<String, Integer> w : TextNorm.multiset(got).entrySet()) {
            tp += Math.min(w.getValue(), goldCounts.getOrDefault(w.getKey(), 0));
        }
        overlap += tp;
        published += got.size();
        gold += goldWords.size();
        articles++;
        return MetricRow.f1(got.isEmpty() ? 0 : tp / (double) got.size(),
                goldWords.isEmpty() ? 0 : tp / (double) goldWords.size());
    }

    public long articles() {
        return articles;
    }

    public double precision() {
        return published == 0 ? 0 : overlap / (double) published;
    }

    public double recall() {
        return gold == 0 ? 0 : overlap / (double) gold;
    }

    public double f1() {
        return MetricRow.f1(precision(), recall());
    }

    private static List<String> words(String title, List<String> paragraphs) {
        return TextNorm.words((title == null ? "" : title) + " " + String.join(" ", paragraphs));
    }
}
