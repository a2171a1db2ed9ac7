package io.articlededup.query;

import io.articlededup.topology.ArticleDecision;
import io.articlededup.topology.DedupTopology;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsNotStartedException;
import org.apache.kafka.streams.state.HostInfo;

import java.net.URI;
import java.time.Duration;
import java.util.function.IntFunction;

/**
 * "Why is this a duplicate?": {@code GET /articles/{id}} and {@code GET /sources/{source}/boilerplate},
 * answered from the state stores of whichever instance holds them. The key's partition comes from Kafka
 * Streams' metadata (every instance advertises its HTTP address as {@code application.server}); this
 * instance answers from its own task of that partition, or forwards the request once to the owner and
 * relays its answer. Read-only: nothing here writes a store or a topic.
 */
public final class QueryEndpoints {
    /** Marks a forwarded request (its value: who forwarded it), so that it is never forwarded again. */
    public static final String FORWARDED_HEADER = "X-Article-Dedup-Forwarded-By";

    private final KafkaStreams streams;
    private final HostInfo self;
    private final String selfName;
    private final int boilerplateThreshold;
    private final LocalStores local;
    private final OwnerForwarder forwarder;

    /**
     * @param self                 this instance's advertised HTTP address, as in {@code application.server}
     * @param boilerplateThreshold K of the boilerplate stage, or 0 when the stage is off
     * @param timeout              how long a forwarded request waits for the owner
     */
    public QueryEndpoints(KafkaStreams streams, HostInfo self, int boilerplateThreshold, Duration timeout) {
        this.streams = streams;
        this.self = self;
        this.selfName = self.host() + ":" + self.port();
        this.boilerplateThreshold = boilerplateThreshold;
        this.local = new LocalStores(streams);
        this.forwarder = new OwnerForwarder(timeout, selfName);
    }

    /** @param forwardedBy the {@link #FORWARDED_HEADER} of the request, null when a client asked directly */
    public Answer answer(URI uri, String forwardedBy) {
        QueryRequest request = QueryRequest.parse(uri);
        if (request instanceof QueryRequest.Refused r) {
            return Answer.error(r.status(), r.code(), r.message());
        }
        if (request instanceof QueryRequest.ForArticle a) {
            return routed(DedupTopology.ARTICLE_DECISIONS_STORE, a.id(), uri, forwardedBy, p -> article(a, p));
        }
        QueryRequest.ForBoilerplate b = (QueryRequest.ForBoilerplate) request;
        if (boilerplateThreshold == 0) {
            return Answer.error(404, "boilerplate_disabled", "dedup.boilerplate.enabled is false: no site furniture is learned");
        }
        return routed(DedupTopology.BOILERPLATE_EXCERPTS, b.source(), uri, forwardedBy, p -> Answer.of(200,
                QueryJson.boilerplate(b.source(), boilerplateThreshold,
                        local.furniture(b.source(), p, boilerplateThreshold, b.limit()), selfName)));
    }

    private Answer article(QueryRequest.ForArticle a, int partition) {
        ArticleDecision d = local.decision(a.id(), partition);
        if (d == null) {
            return Answer.error(404, "unknown_article", "no decision for id '" + a.id() + "' within dedup.decisions.retention:"
                    + " never sent, still pending, or older (an event without an id has the hash of its canonical URL)");
        }
        return Answer.of(200, QueryJson.article(a.id(), d, a.limit(), selfName));
    }

    /** Answers {@code key}'s query here, at its owner, or with 503 while no one can. */
    private Answer routed(String store, String key, URI uri, String forwardedBy, IntFunction<Answer> here) {
        KeyQueryMetadata owner;
        try {
            owner = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        } catch (StreamsNotStartedException | IllegalStateException e) {
            owner = null;
        }
        QueryRoute route = QueryRoute.decide(streams.state(), owner, self, forwardedBy != null);
        if (route instanceof QueryRoute.Local l) {
            try {
                return here.apply(l.partition());
            } catch (InvalidStateStoreException e) {
                return Answer.error(503, "store_not_queryable", "partition " + l.partition() + " of " + store
                        + " is not queryable here yet (restoring or moving): " + e.getMessage());
            }
        }
        if (route instanceof QueryRoute.Forward f) {
            return forwarder.forward(f.owner(), uri.getRawQuery() == null ? uri.getRawPath()
                    : uri.getRawPath() + "?" + uri.getRawQuery());
        }
        return Answer.error(503, "unavailable", ((QueryRoute.Unavailable) route).reason());
    }
}
