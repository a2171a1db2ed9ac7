package io.articlededup.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.articlededup.query.Answer;
import io.articlededup.query.QueryEndpoints;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The only HTTP surface: {@code /metrics} (Prometheus text), {@code /health} (liveness), {@code /ready}
 * (readiness) and, once the stream processor exists, the read-only queries {@code /articles/{id}} and
 * {@code /sources/{source}/boilerplate} ({@link QueryEndpoints}). No endpoint changes anything, so the port
 * exposes no control; the queries do show decisions and the start of boilerplate paragraphs.
 */
public final class HttpEndpoints implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpEndpoints.class);
    private final HttpServer server;

    public HttpEndpoints(String bind, int port, PrometheusMeterRegistry registry, Readiness readiness) throws IOException {
        server = HttpServer.create(new InetSocketAddress(bind, port), 16);
        server.createContext("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
        server.createContext("/health", ex -> respond(ex, readiness.healthy() ? 200 : 503, "text/plain",
                readiness.describeHealth() + "\n"));
        server.createContext("/ready", ex -> respond(ex, readiness.ready() ? 200 : 503, "text/plain",
                readiness.describeReadiness() + "\n"));
        server.createContext("/", ex -> respond(ex, 404, "text/plain",
                "not found: try /metrics, /health, /ready, /articles/{id} or /sources/{source}/boilerplate\n"));
        // a query may wait for another instance (dedup.http.query.timeout): more threads than the probes need
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "http-endpoints");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        log.info("serving /metrics, /health and /ready on http://{}:{}/", bind, port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves the queries, from now on: they need the Kafka Streams client, made after the port is bound. */
    public void serveQueries(QueryEndpoints queries) {
        HttpHandler handler = ex -> {
            boolean read = ex.getRequestMethod().equals("GET") || ex.getRequestMethod().equals("HEAD");
            Answer a = read ? queries.answer(ex.getRequestURI(), ex.getRequestHeaders().getFirst(QueryEndpoints.FORWARDED_HEADER))
                    : new Answer(405, new byte[0]);
            if (a.status() == 503) {
                ex.getResponseHeaders().set("Retry-After", "2");
            }
            respond(ex, a.status(), "application/json", a.json());
        };
        server.createContext("/articles/", handler);
        server.createContext("/sources/", handler);
        log.info("serving /articles/{id} and /sources/{source}/boilerplate on port {}", port());
    }

    private static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
        respond(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange ex, int status, String contentType, byte[] bytes) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(status, ex.getRequestMethod().equals("HEAD") ? -1 : bytes.length);
            if (!ex.getRequestMethod().equals("HEAD")) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
