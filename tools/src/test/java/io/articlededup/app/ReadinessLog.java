package io.articlededup.app;

import io.articlededup.app.ChildApplication.HttpAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Asks an instance's {@code /ready} and {@code /health} every 250 ms on its own thread and keeps every
 * answer with its time and whether the process was alive, so a test can say what the endpoints reported
 * during a fault, and that the process never exited.
 */
final class ReadinessLog implements AutoCloseable {
    /** One sample; {@code millis} on the test's wall clock. */
    record Sample(long millis, boolean alive, HttpAnswer ready, HttpAnswer health) { }

    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    ReadinessLog(ChildApplication app) {
        thread = new Thread(() -> {
            while (running) {
                boolean alive = app.alive();
                Sample s = new Sample(System.currentTimeMillis(), alive, app.get("/ready"), app.get("/health"));
                synchronized (samples) {
                    samples.add(s);
                }
                Pause.pause(250);
            }
        }, "readiness-log");
        thread.setDaemon(true);
        thread.start();
    }

    /** Samples taken between two wall-clock times (inclusive). */
    List<Sample> between(long fromMillis, long toMillis) {
        return matching(s -> s.millis() >= fromMillis && s.millis() <= toMillis);
    }

    List<Sample> matching(Predicate<Sample> p) {
        synchronized (samples) {
            return samples.stream().filter(p).toList();
        }
    }

    List<Sample> all() {
        return matching(s -> true);
    }

    /** The distinct /ready answers in order, with the seconds since {@code t0} when each began: for the report. */
    List<String> readyTransitions(long t0) {
        List<String> out = new ArrayList<>();
        String last = null;
        for (Sample s : all()) {
            String now = s.ready().status() + " " + s.ready().body().replaceAll("\\d+ s", "N s").replaceAll(", last error: .*? \\(", " (");
            if (!now.equals(last)) {
                out.add(String.format("%.1f s: %d %s", (s.millis() - t0) / 1e3, s.ready().status(), s.ready().body()));
                last = now;
            }
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }
}
