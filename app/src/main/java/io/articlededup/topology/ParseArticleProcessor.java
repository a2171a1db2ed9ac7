package io.articlededup.topology;

import io.articlededup.ingest.ArticleParser;
import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.Article;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.DeadLetterReason;
import io.articlededup.model.InvalidArticleException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses and cleans each raw event. A bad event is not an exception for Kafka Streams: it is forwarded
 * as a dead letter, with its original bytes (cut to size when huge: {@link BoundedDeadLetter}) and the
 * reason in headers, and the stream goes on.
 */
final class ParseArticleProcessor implements FixedKeyProcessor<byte[], byte[], ParseResult> {
    private static final Logger log = LoggerFactory.getLogger(ParseArticleProcessor.class);

    private final ArticleParser parser;
    private final int maxDeadLetterBytes;
    private final WrittenArticleSize writtenSize;
    private final DedupMetrics metrics;
    private FixedKeyProcessorContext<byte[], ParseResult> context;

    ParseArticleProcessor(ArticleParser parser, ArticleLimits limits, DedupMetrics metrics) {
        this.parser = parser;
        this.maxDeadLetterBytes = limits.maxDeadLetterBytes();
        this.writtenSize = new WrittenArticleSize(limits);
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], ParseResult> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<byte[], byte[]> record) {
        ParseResult parsed;
        try {
            long keyAndHeaderBytes = (record.key() == null ? 0 : record.key().length) + BoundedDeadLetter.headerBytes(record.headers());
            Article article = parser.parse(record.value(), record.timestamp(), keyAndHeaderBytes);
            writtenSize.check(article, record.value().length, keyAndHeaderBytes);
            parsed = ParseResult.ok(article);
        } catch (InvalidArticleException e) {
            deadLetter(record, e.getClass().getName(), e.reason(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            // a parser bug must not stop the stream either: keep the event and say what happened
            log.warn("unexpected error parsing a raw event; it goes to the dead-letter topic", e);
            deadLetter(record, e.getClass().getName(), DeadLetterReason.INTERNAL_ERROR.code(), String.valueOf(e.getMessage()));
            return;
        }
        // outside the try: a failure downstream is not a parse error; Kafka Streams' processing exception
        // handler deals with it (and puts the raw record in the same dead-letter topic)
        context.forward(record.withValue(parsed));
    }

    private void deadLetter(FixedKeyRecord<byte[], byte[]> record, String exception, String reason, String message) {
        metrics.deadLetter(reason);
        metrics.article(null, "invalid");
        log.debug("dead letter ({}): {}", reason, message);
        BoundedDeadLetter letter = BoundedDeadLetter.of(record.key(), record.value(), record.headers(),
                DeadLetterHeaders.of(exception, reason, message, context.recordMetadata()), maxDeadLetterBytes);
        context.forward(record.withValue(ParseResult.deadLetter(letter)).withHeaders(letter.headers()));
    }
}
