package io.articlededup.topology;

import io.articlededup.model.Article;
import io.articlededup.model.Verdict;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;

/**
 * Exact duplicates: records arrive keyed by content hash, so every copy of one content meets the same
 * task and store, however many partitions the input has. The store is a window store whose segments
 * expire after the retention, so it holds rate x retention entries, not all history.
 */
final class ExactDuplicateProcessor implements Processor<String, Article, String, Article> {
    private final String storeName;
    private final long retentionMs;
    private WindowStore<String, ContentOwner> store;
    private ProcessorContext<String, Article> context;

    ExactDuplicateProcessor(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retentionMs = retention.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        String hash = record.key();
        ContentOwner owner = earliestOwner(hash, article.eventTime());
        if (owner != null) {
            context.forward(record.withValue(article.withVerdict(Verdict.exactDuplicateOf(owner.id()))));
            return;
        }
        store.put(hash, new ContentOwner(article.id(), article.eventTime()), article.eventTime());
        context.forward(record);
    }

    private ContentOwner earliestOwner(String hash, long eventTime) {
        ContentOwner best = null;
        long from = Math.max(0, eventTime - retentionMs);
        long to = eventTime > Long.MAX_VALUE - retentionMs ? Long.MAX_VALUE : eventTime + retentionMs;
        try (WindowStoreIterator<ContentOwner> it = store.fetch(hash, from, to)) {
            while (it.hasNext()) {
                ContentOwner o = it.next().value;
                if (best == null || Article.compareAge(o.eventTime(), o.id(), best.eventTime(), best.id()) < 0) {
                    best = o;
                }
            }
        }
        return best;
    }
}
