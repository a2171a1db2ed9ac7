package io.articlededup.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.articlededup.model.Article;
import io.articlededup.model.Verdict;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the {@code article-decisions} store knows of one article id: its published decision, and, when it is
 * a canonical, the first duplicates that named it. Both arrive as records of this type, keyed by the id
 * they describe: an article's own decision (no duplicates), and one link per duplicate, keyed by the
 * canonical's id (no decision). {@link #merge} combines them in any order, in the store and again when a
 * query reads several time buckets of one id.
 *
 * <p>Bounded: at most {@link #MAX_DUPLICATES} duplicates are kept, the earliest decided; {@code
 * duplicatesTotal} counts them all. A stored value is about 200 bytes of Smile with no duplicates and
 * under 1 KB with the full list.
 *
 * @param status          {@code unique}, {@code exact_duplicate} or {@code near_duplicate}; null when only
 *                        duplicates' links are known for this id (its own decision is elsewhere or expired)
 * @param eventTime       the article's event time, epoch ms (0 with no decision)
 * @param decidedAt       wall-clock epoch ms at which the decision was published (0 with no decision)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleDecision(String status, String duplicateOf, Double similarity, String canonicalSource,
                              String source, long eventTime, long decidedAt, List<DuplicateRef> duplicates,
                              int duplicatesTotal) {
    public static final int MAX_DUPLICATES = 10;

    /** A duplicate of this article, as its decision named it. */
    public record DuplicateRef(String id, String source, String status, Double similarity) {
    }

    public ArticleDecision {
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
    }

    /** The decision of a published article. */
    static ArticleDecision of(Article a, long decidedAt) {
        Verdict v = a.verdict() == null ? Verdict.unique() : a.verdict();
        return new ArticleDecision(v.status().label(), v.duplicateOf(), published(v.similarity()), v.canonicalSource(),
                a.source(), a.eventTime(), decidedAt, List.of(), 0);
    }

    /** The link a duplicate leaves on its canonical's id. */
    static ArticleDecision linkFrom(Article duplicate) {
        Verdict v = duplicate.verdict();
        return new ArticleDecision(null, null, null, null, null, 0, 0,
                List.of(new DuplicateRef(duplicate.id(), duplicate.source(), v.status().label(), published(v.similarity()))), 1);
    }

    /** The similarity as the output topics carry it (OutputDocuments: 4 decimals), so answers match them. */
    private static Double published(Double similarity) {
        return similarity == null ? null : Math.round(similarity * 10_000) / 10_000.0;
    }

    public boolean hasDecision() {
        return status != null;
    }

    /**
     * This value followed by {@code later}: the later decision replaces the earlier one (an article sent again
     * with the same id and new text is decided again), except a re-send decided an exact duplicate of
     * itself, which says nothing new; duplicates are appended up to the bound and all counted.
     */
    public ArticleDecision merge(ArticleDecision later, String id) {
        if (later == null) {
            return this;
        }
        boolean laterDecides = later.hasDecision() && !(hasDecision() && id.equals(later.duplicateOf()));
        ArticleDecision d = laterDecides ? later : this;
        List<DuplicateRef> dups = new ArrayList<>(duplicates);
        for (DuplicateRef r : later.duplicates) {
            if (dups.size() < MAX_DUPLICATES) {
                dups.add(r);
            }
        }
        return new ArticleDecision(d.status, d.duplicateOf, d.similarity, d.canonicalSource, d.source, d.eventTime,
                d.decidedAt, dups, duplicatesTotal + later.duplicatesTotal);
    }

    /** Everything the store holds for {@code id}, over all its time buckets; null when nothing. */
    public static ArticleDecision readAll(ReadOnlyWindowStore<String, ArticleDecision> store, String id) {
        ArticleDecision merged = null;
        try (WindowStoreIterator<ArticleDecision> it = store.fetch(id, Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE))) {
            while (it.hasNext()) {
                ArticleDecision next = it.next().value;
                merged = merged == null ? next : merged.merge(next, id);
            }
        }
        return merged;
    }
}
