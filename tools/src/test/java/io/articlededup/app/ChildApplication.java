package io.articlededup.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application in its own JVM ({@code java -jar tools/target/article-dedup-tools.jar run}, or the test classpath
 * when the jar is not built), so that a test can kill it with SIGKILL, stop it with SIGTERM, restart it
 * on the same state directory, and see whether it exited by itself. Its output topics are
 * {@code <run>.clean}, {@code <run>.dup} and {@code <run>.dlq}; its log is beside the state directory.
 */
final class ChildApplication implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String bootstrap;
    private final String run;
    private final Path state;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private Process process;
    private String maxHeap = "768m";
    private int starts;
    private int httpPort;

    /** One instance of application {@code run}; instances of one run share its topics and consumer group. */
    ChildApplication(String bootstrap, String run, Path state, int partitions) {
        this.bootstrap = bootstrap;
        this.run = run;
        this.state = state;
        set("kafka.application.id", run);
        set("kafka.state.dir", state.toString());
        // a killed instance is noticed within 6 s (the broker's group.min.session.timeout.ms must allow it)
        set("kafka.session.timeout.ms", "6000");
        set("kafka.heartbeat.interval.ms", "1500");
        set("dedup.topic.clean", topic(run, "clean"));
        set("dedup.topic.duplicates", topic(run, "dup"));
        set("dedup.topic.dlq", topic(run, "dlq"));
        set("dedup.topics.partitions", String.valueOf(partitions));
        set("dedup.topics.internal.partitions", String.valueOf(partitions));
        set("dedup.topics.replication", "1");
    }

    /** Any setting, as {@code --set key=value}; applies from the next start. */
    ChildApplication set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /** The child's {@code -Xmx}; applies from the next start. */
    ChildApplication maxHeap(String xmx) {
        this.maxHeap = xmx;
        return this;
    }

    /** The operating system's id of the running instance. */
    long pid() {
        return process.pid();
    }

    static String topic(String run, String which) {
        return run + "." + which;
    }

    void start() throws IOException {
        Path jar = ToolsJar.path();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap));
        if (Files.exists(jar)) {
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.articlededup.app.Main"));
        }
        httpPort = freePort();
        cmd.addAll(List.of("run", "--bootstrap-servers", bootstrap, "--set", "dedup.http.port=" + httpPort));
        settings.forEach((k, v) -> cmd.addAll(List.of("--set", k + "=" + v)));
        Path log = state.resolveSibling(state.getFileName() + "-" + (++starts) + ".log");
        Files.createDirectories(state);
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        System.out.println("started " + run + " instance " + state.getFileName() + " (start " + starts + "), log " + log);
    }

    /** SIGKILL: no shutdown hook, no commit, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the shutdown hook closes Kafka Streams. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Kills a process a failed test left running. */
    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            kill();
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The exit code of the last start's process; only meaningful once it is not {@link #alive()}. */
    int exitCode() {
        return process.exitValue();
    }

    int starts() {
        return starts;
    }

    /** A GET on the instance's HTTP port; status -1 when it does not answer. */
    HttpAnswer get(String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return new HttpAnswer(r.statusCode(), r.body().strip());
        } catch (IOException e) {
            return new HttpAnswer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HttpAnswer(-1, "interrupted");
        }
    }

    record HttpAnswer(int status, String body) { }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
