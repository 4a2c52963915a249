package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.hiptriage.examples.cli.HipTriageCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;

/**
 * Issue 15, item 5: settings that used to break the service or the machine are refused with a clear
 * message, and a body limit above what the JSON reader accepts no longer buffers the whole body.
 */
class ConfigurationTrapsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServiceSettings settings(String... args) {
        return ServeCommandTest.settings(args);
    }

    @Test
    void aBodyLimitThatWouldOverflowIsAUsageErrorNotA500OnEveryPost() {
        // before: --max-bytes 2147483647 was taken, and every POST answered 500 (maxBytes + 1 overflowed)
        assertThatThrownBy(() -> settings("--max-bytes", "2147483647")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("--max-bytes must be 1 to 4194304").hasMessageContaining("POST /assess reads at most 65536");
        assertThatThrownBy(() -> settings("--max-bytes", "0")).isInstanceOf(ParameterException.class);
        // and the Java API refuses it too, before listening
        assertThatThrownBy(() -> TriageServer.start(CdsFixtures.engine(), "127.0.0.1", 0, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes must be 1 to 4194304");
        assertThat(settings("--max-bytes", "4194304").maxBytes()).isEqualTo(ServiceSettings.LARGEST_MAX_BYTES);
    }

    @Test
    void aLimitAboveWhatTheReaderAcceptsStillStopsReadingAnAssessmentAt64KiB() throws Exception {
        try (TriageServer server = TriageServer.start(CdsFixtures.engine(), "127.0.0.1", 0, ServiceSettings.LARGEST_MAX_BYTES)) {
            // a 1 MiB body to /assess (sent without a length, so the server cannot know it in advance)
            String big = Files.readString(Path.of("cases/lateral-hip-pain-gtps.json")).replaceFirst("\\{", "{" + " ".repeat(1 << 20));
            HttpResponse<String> response = CdsFixtures.CLIENT.send(HttpRequest.newBuilder(URI.create(server.publicUrl() + "/assess"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            // is refused at the contract reader's 64 KiB, as too large: not read whole and handed to the parser (before: 400)
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(response.body()).at("/errors/0/message").asText()).isEqualTo(
                    "$: must be at most 65536 bytes, was more than 65536 bytes");
            // while a hook request may use the larger limit: 100 KiB of prefetch is read and answered
            String hook = CdsFixtures.JSON.writeValueAsString(JSON.createObjectNode().put("hook", "patient-view")
                    .put("padding", "x".repeat(100 * 1024)));
            HttpResponse<String> hookResponse = CdsFixtures.CLIENT.send(HttpRequest.newBuilder(
                    URI.create(server.publicUrl() + TriageHandler.HOOK_PATH)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(hook)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(hookResponse.statusCode()).isEqualTo(400); // read, then refused for what it lacks (hookInstance...)
            assertThat(hookResponse.body()).doesNotContain("must be at most");
        }
    }

    @Test
    void aBatchWithFiftyThousandThreadsIsAUsageError(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(Path.of("cases/lateral-hip-pain-gtps.json"), in.resolve("a.json"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HipTriageCli.run(new String[] {"batch", "--threads", "50000", in.toString(), dir.resolve("out.jsonl").toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--threads must be 1 to 256", "Usage: hip-triage batch");
        assertThat(dir.resolve("out.jsonl")).doesNotExist();
    }

    @Test
    void theServiceOptionsForSlowBodiesAndStoppingAreCheckedAndPassedOn() {
        ServiceSettings defaults = settings();
        assertThat(defaults.bodyTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.minBodyRate()).isEqualTo(512);
        assertThat(defaults.stopTimeout()).isEqualTo(Duration.ofSeconds(10));
        ServiceSettings set = settings("--body-timeout", "5", "--min-body-rate", "0", "--stop-timeout", "30");
        assertThat(set.bodyTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(set.minBodyRate()).isZero();
        assertThat(set.stopTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> settings("--body-timeout", "0")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("--body-timeout must be 1 to 600 seconds");
        assertThatThrownBy(() -> settings("--stop-timeout", "-1")).isInstanceOf(ParameterException.class);
    }

    @Test
    void heapSizesAreReadAsTheJvmReadsThem() {
        assertThat(Heap.bytes("512m")).isEqualTo(512L << 20);
        assertThat(Heap.bytes("2G")).isEqualTo(2L << 30);
        assertThat(Heap.bytes("1048576k")).isEqualTo(1L << 30);
        assertThat(Heap.bytes("32m")).as("too small to load the rule base").isEqualTo(-1);
        assertThat(Heap.bytes("lots")).isEqualTo(-1);
        assertThat(Heap.childCommand("512m", java.util.List.of("serve", "--port", "0"), "Main"))
                .contains("-Xmx512m", "-D" + Heap.CHILD_PROPERTY + "=true").endsWith("Main", "serve", "--port", "0");
    }
}
