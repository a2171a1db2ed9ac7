package io.articlededup.eval.html;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one extractor on one page with a time limit, so a pathological page costs at most the
 * limit instead of stalling the run. A page that overruns is abandoned: its worker thread is
 * interrupted and replaced (extractors rarely honour interrupts, so the old thread is a daemon
 * and may keep a core busy until it finishes on its own).
 */
public final class TimedRunner implements AutoCloseable {

    /** Outcome of one extraction: text is null on failure; error names the exception or "timeout". */
    public record Outcome(String text, long nanos, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private final long timeoutMillis;
    private ExecutorService worker = newWorker();

    public TimedRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    public Outcome run(PageExtractor extractor, String html, String url, boolean headline) {
        long start = System.nanoTime();
        Future<String> future = worker.submit(() -> extractor.extract(html, url, headline));
        try {
            String text = future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return new Outcome(text == null ? "" : text, System.nanoTime() - start, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome(null, System.nanoTime() - start, "timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, System.nanoTime() - start, "interrupted");
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Outcome(null, System.nanoTime() - start, cause.getClass().getSimpleName());
        } catch (StackOverflowError | OutOfMemoryError e) {
            return new Outcome(null, System.nanoTime() - start, e.getClass().getSimpleName());
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            // deep DOMs recurse deeply in some extractors: give the worker a large stack
            Thread t = new Thread(null, r, "extractor", 256L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
