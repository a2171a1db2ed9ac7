package io.articlededup.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.topology.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.articlededup.topology.Fixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar's {@code demo --no-samples}, fed and read by kcat: a client we did not write, in
 * another process, speaking to the embedded broker through its real listener.
 */
class KcatDemoIT {
    static Process demo;
    static int kafkaPort;
    static int httpPort;
    static final List<String> demoOutput = new ArrayList<>();

    @BeforeAll
    static void startDemo() throws Exception {
        Assumptions.assumeTrue(onPath("kcat"), "kcat is not installed (apt-get install -y kcat; .ci/run does it): skipping");
        Path jar = ToolsJar.path();
        Assumptions.assumeTrue(Files.exists(jar), jar + " is missing: run `./mvnw verify`");
        kafkaPort = freePort();
        httpPort = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        demo = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(), "demo", "--no-samples",
                "--port", String.valueOf(kafkaPort), "--http-port", String.valueOf(httpPort))
                .redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (demoOutput) {
                        demoOutput.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    @AfterAll
    static void stopDemo() throws Exception {
        if (demo != null) {
            demo.destroy(); // SIGTERM: the demo's shutdown hook closes Kafka Streams and the broker
            if (!demo.waitFor(30, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
    }

    @Test
    void kcatFeedsTheSeedAndReadsItBackCleanThenAsADuplicate() throws Exception {
        kcatProduce(new String(Fixtures.seedEvent(null), StandardCharsets.UTF_8));
        JsonNode clean = JSON.readTree(kcatConsumeOne("articles.clean"));
        assertThat(clean.get("title").asText()).isEqualTo(Fixtures.SEED_TITLE);
        assertThat(JSON.convertValue(clean.get("paragraphs"), List.class)).isEqualTo(Fixtures.seedParagraphs());
        assertThat(clean.at("/dedup/status").asText()).isEqualTo("unique");

        kcatProduce(new String(Fixtures.seedEvent("second-scrape"), StandardCharsets.UTF_8));
        JsonNode dup = JSON.readTree(kcatConsumeOne("articles.duplicates"));
        assertThat(dup.get("id").asText()).isEqualTo("second-scrape");
        assertThat(dup.at("/dedup/status").asText()).isEqualTo("exact_duplicate");
        assertThat(dup.at("/dedup/duplicate_of").asText()).isEqualTo(clean.get("id").asText());

        kcatProduce("this is not json");
        String dead = kcatConsumeOne("articles.dlq");
        assertThat(dead).isEqualTo("this is not json");

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            synchronized (demoOutput) {
                return demoOutput.stream().anyMatch(l -> l.contains("articles in: 3") && l.contains("exact duplicates: 1"));
            }
        });
    }

    private void kcatProduce(String line) throws Exception {
        Process p = new ProcessBuilder("kcat", "-P", "-b", "localhost:" + kafkaPort, "-t", "articles.raw")
                .redirectErrorStream(true).start();
        p.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    }

    private String kcatConsumeOne(String topic) throws Exception {
        Process p = new ProcessBuilder("kcat", "-C", "-b", "localhost:" + kafkaPort, "-t", topic, "-o", "beginning",
                "-c", "1", "-q", "-X", "isolation.level=read_committed").start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("kcat read one record from " + topic).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
