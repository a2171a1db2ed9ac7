package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.Article;
import io.articlededup.model.Verdict;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

import java.util.Map;

/** Counts each decided article once, just before it is published. */
final class RecordOutcomeProcessor implements FixedKeyProcessor<String, Article, Article> {
    private final DedupMetrics metrics;
    private FixedKeyProcessorContext<String, Article> context;

    RecordOutcomeProcessor(DedupMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article a = record.value();
        Verdict v = a.verdict() == null ? Verdict.unique() : a.verdict();
        Article decided = a.verdict() == null ? a.withVerdict(v) : a;
        metrics.article(a.source(), v.status().label());
        if (v.status().isDuplicate()) {
            metrics.copy(a.source(), v.canonicalSource());
        }
        metrics.paragraphs("kept", a.paragraphCounts().kept());
        for (Map.Entry<String, Integer> e : a.paragraphCounts().removed().entrySet()) {
            metrics.paragraphs(e.getKey(), e.getValue());
        }
        if (v.similarity() != null) {
            metrics.similarity(v.similarity());
        }
        metrics.endToEndLatency(a.eventTime(), System.currentTimeMillis());
        context.forward(record.withValue(decided));
    }
}
