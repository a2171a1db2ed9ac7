package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.DeadLetterReason;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.model.RawArticleParser;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses and cleans each raw event. A bad event is not an exception for Kafka Streams: it is forwarded
 * as a dead letter, with its original bytes and the reason in headers, and the stream goes on.
 */
final class ParseArticleProcessor implements FixedKeyProcessor<byte[], byte[], ParseResult> {
    private static final Logger log = LoggerFactory.getLogger(ParseArticleProcessor.class);

    private final RawArticleParser parser;
    private final DedupMetrics metrics;
    private FixedKeyProcessorContext<byte[], ParseResult> context;

    ParseArticleProcessor(RawArticleParser parser, DedupMetrics metrics) {
        this.parser = parser;
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
            parsed = ParseResult.ok(parser.parse(record.value(), record.timestamp()));
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
        context.forward(record.withValue(ParseResult.deadLetter(record.value()))
                .withHeaders(DeadLetterHeaders.of(record.headers(), exception, reason, message, context.recordMetadata())));
    }
}
