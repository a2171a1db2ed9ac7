package io.articlededup.query;

import org.apache.kafka.streams.state.HostInfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Asks the instance that holds the answer, and relays what it says. The request carries
 * {@link QueryEndpoints#FORWARDED_HEADER}, so the owner answers from its own stores or fails, and never
 * forwards again.
 */
final class OwnerForwarder {
    private final HttpClient client;
    private final Duration timeout;
    private final String self;

    OwnerForwarder(Duration timeout, String self) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.timeout = timeout;
        this.self = self;
    }

    /** @param pathAndQuery the raw path and query of the request, as received */
    Answer forward(HostInfo owner, String pathAndQuery) {
        String host = owner.host().contains(":") ? "[" + owner.host() + "]" : owner.host();
        String where = host + ":" + owner.port();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + where + pathAndQuery))
                .timeout(timeout).header(QueryEndpoints.FORWARDED_HEADER, self).GET().build();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body());
        } catch (HttpTimeoutException e) {
            return Answer.error(503, "owner_timeout", "the instance holding the answer, " + where + ", did not answer within "
                    + timeout.toMillis() + " ms");
        } catch (IOException | IllegalArgumentException e) {
            return Answer.error(503, "owner_unreachable", "the instance holding the answer, " + where
                    + ", cannot be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.error(503, "interrupted", "stopping");
        }
    }
}
