package io.articlededup.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The only HTTP surface: {@code /metrics} (Prometheus text), {@code /health} (liveness) and {@code /ready}
 * (readiness). Nothing else is served, so exposing the port exposes no data and no control.
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
        server.createContext("/", ex -> respond(ex, 404, "text/plain", "not found: try /metrics, /health or /ready\n"));
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
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

    private static void respond(HttpExchange ex, int status, String contentType, String body) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
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
