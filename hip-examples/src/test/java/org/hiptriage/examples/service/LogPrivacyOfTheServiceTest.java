package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hiptriage.engine.FaultyEngine;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.common.CommandLineLogging;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 15, item 7: the service logs what an operator needs (an access log, warnings for failures) and no
 * field of a case, at any level the shipped configuration ({@link CommandLineLogging}) enables, the
 * engine's, Drools', Jetty's and HAPI's own loggers included. The test loads that configuration, captures
 * what it writes (standard error) while the service answers every kind of request with distinctive
 * case values, and searches it. And with that configuration the command line's standard output holds
 * its reports only (Logback prints its own status there when its configuration warns).
 */
class LogPrivacyOfTheServiceTest {

    /** Values of the cases below that occur nowhere else: a log line carrying one carries the case. */
    // none can be part of a log line's time of day (HH:mm:ss.SSS): 55.5 was, at 08:06:55.551
    private static final List<String> PERSONAL = List.of("187.3", "61.7", "123.4", "7777.7", "85.5", "pregnan", "pubic_bone",
            "groin", "standing_on_one_leg", "runner[", "pain[", "sentinel");

    @Test
    void noFieldOfACaseReachesTheLogsTheShippedConfigurationWrites() throws Exception {
        String logs = withTheShippedConfiguration(() -> {
            ServiceSettings settings = ServiceSettings.builder().host("127.0.0.1").port(0).bodyTimeout(Duration.ofSeconds(1)).build();
            try (TriageServer server = TriageServer.start(CdsFixtures.engine(), settings);
                 TriageEngine faulty = FaultyEngine.create();
                 TriageServer failing = TriageServer.start(faulty, "127.0.0.1", 0, TriageHandler.DEFAULT_MAX_BYTES)) {
                everyKindOfRequest(server.publicUrl(), server.port());
                // a rule that fails, its exception quoting the runner: 500
                ObjectNode aged = distinctiveCase();
                ((ObjectNode) aged.get("runner")).put("age", FaultyEngine.THROWING_AGE);
                assertThat(post(failing.publicUrl(), "/assess", aged.toString(), Map.of()).statusCode()).isEqualTo(500);
            }
        });

        // then the logs were written: the access log, and warnings for the failure (the service's and the engine's)
        assertThat(logs).contains(" INFO  org.hiptriage.examples.service.access - POST /assess 200 ",
                "POST /assess 400 ", "POST /assess 413 ", "POST /assess 408 ", "POST /cds-services/hip-pain-triage 200 ",
                "POST /cds-services/hip-pain-triage/feedback 200 ", " 400 ", "card=",
                " WARN  org.hiptriage.examples.service.access - POST /assess 500 ",
                "POST /assess failed: org.hiptriage.engine.TriageFailedException <- ", "<- java.lang.IllegalStateException (id=",
                "hip-triage rule base failed on one assessment");
        // and nothing of any case, nor the query string, the comment, the user or the headers
        assertThat(logs.toLowerCase(Locale.ROOT)).doesNotContain(PERSONAL);
    }

    @Test
    void withTheShippedConfigurationTheCommandLinesStandardOutputHoldsReportsOnly() throws Exception {
        // given the command line run as a process with the jar's own logging (not the tests' logback-test.xml)
        Path caseFile = Path.of("cases/fever-with-hip-pain.json");
        CliRun run = runWithTheShippedConfiguration("--format", "json", caseFile.toString());

        // then standard output holds the report and nothing else (Logback would print its own status there), and
        // standard error holds nothing either: no log line at the levels shipped for a plain assessment
        assertThat(run.out()).isEqualTo(ReportJson.write(CdsFixtures.engine().assess(AssessmentJson.parse(Files.readAllBytes(caseFile))))
                + "\n");
        assertThat(run.errLines()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void withTheShippedConfigurationExplainingAReportWritesNoWarningOfTheDrlParser() throws Exception {
        // given --explain, which reads the rule files with Drools' DRL parser (it warns that agenda-group is deprecated)
        CliRun run = runWithTheShippedConfiguration("--explain", "cases/lateral-hip-pain-gtps.json");

        // then the explanation is written and standard error holds nothing
        assertThat(run.out()).contains("rules fired");
        assertThat(run.errLines()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    /** What a run of the command line wrote, and its exit code. */
    private record CliRun(String out, String err, int exit) {
        /** Standard error's lines, without the one the test's own -Dslf4j.provider adds. */
        java.util.List<String> errLines() {
            return err.lines().filter(line -> !line.startsWith("SLF4J(I): Attempting to load provider")).toList();
        }
    }

    private static CliRun runWithTheShippedConfiguration(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                // a short-lived JVM, quick to start: C1 only, the serial collector
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider", "-Dhiptriage.logging=built-in",
                "org.hiptriage.examples.cli.HipTriageCli"));
        command.addAll(java.util.List.of(args));
        Process cli = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(cli.getErrorStream()));
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new CliRun(out, new String(err.get(), StandardCharsets.UTF_8), cli.exitValue());
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every kind of request the service answers, each carrying distinctive values. */
    private static void everyKindOfRequest(URI base, int port) throws Exception {
        String sentinelCase = distinctiveCase().toString();
        Map<String, String> headers = Map.of("X-Request-Id", "sentinel id with spaces", "X-Sentinel", "sentinel-header");
        assertThat(post(base, "/assess?patient=sentinel-query", sentinelCase, headers).statusCode()).isEqualTo(200);
        assertThat(post(base, "/assess", sentinelCase, Map.of("Accept", "application/fhir+json")).statusCode()).isEqualTo(200);
        ObjectNode refused = distinctiveCase();
        ((ObjectNode) refused.get("pain")).put("severity", 14).put("sentinelField", "sentinel-value");
        assertThat(post(base, "/assess", refused.toString(), Map.of()).statusCode()).isEqualTo(400);
        assertThat(post(base, "/assess", sentinelCase.substring(0, sentinelCase.length() / 2), Map.of()).statusCode()).isEqualTo(400);
        assertThat(post(base, "/assess", sentinelCase.replaceFirst("\\{", "{" + " ".repeat(70 * 1024)), Map.of()).statusCode())
                .isEqualTo(413);
        // the hook: the case in its extension, and prefetched resources HAPI cannot read (a patient's invalid birth date)
        ObjectNode hook = CdsFixtures.hookRequest();
        hook.with("context").put("userId", "Practitioner/sentinel-user");
        hook.putObject("extension").set("org.hiptriage.assessment", distinctiveCase());
        assertThat(post(base, TriageHandler.HOOK_PATH, hook.toString(), Map.of()).statusCode()).isEqualTo(200);
        ObjectNode unreadable = CdsFixtures.prefetched();
        ((ObjectNode) unreadable.with("prefetch").get("patient")).put("birthDate", "1913-13-77").put("sentinelElement", "sentinel");
        assertThat(post(base, TriageHandler.HOOK_PATH, unreadable.toString(), Map.of()).statusCode()).isEqualTo(400);
        String feedback = "{\"feedback\": [{\"card\": \"" + CdsFixtures.HOOK_INSTANCE + "\", \"outcome\": \"overridden\", "
                + "\"overrideReason\": {\"reason\": {\"system\": \"urn:hiptriage:cds:override-reason\", \"code\": \"not-relevant\"}, "
                + "\"userComment\": \"sentinel-comment: pregnant at 33 weeks\"}, \"outcomeTimestamp\": \"2026-12-02T10:00:00Z\"}]}";
        assertThat(post(base, TriageHandler.FEEDBACK_PATH, feedback, Map.of()).statusCode()).isEqualTo(200);
        // a body that stops half way (408 after the 1 s deadline), and a request Jetty itself refuses (a bad header)
        assertThat(raw(port, "POST /assess?sentinel-query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2000\r\n\r\n" + sentinelCase.substring(0, 200))).startsWith("HTTP/1.1 408");
        assertThat(raw(port, "POST /assess?sentinel-query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: sentinel\r\n\r\n"
                + sentinelCase)).startsWith("HTTP/1.1 400");
    }

    /** A pregnant runner with distinctive values (see {@link #PERSONAL}). */
    private static ObjectNode distinctiveCase() {
        try {
            ObjectNode c = (ObjectNode) CdsFixtures.JSON.readTree(Path.of("cases/pregnant-runner-pubic-pain.json").toFile());
            ((ObjectNode) c.get("runner")).put("heightCm", 187.3).put("weightKg", 61.7);
            c.putObject("history").put("weeklyDistanceKm", 123.4).put("shoeDistanceKm", 7777.7).put("distanceIncreasePercent", 85.5);
            return c;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> post(URI base, String path, String body, Map<String, String> headers) {
        return CdsFixtures.post(base, path, body, headers);
    }

    /** Sends raw bytes and returns the first line of the answer. */
    private static String raw(int port, String request) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(12), StandardCharsets.US_ASCII);
        }
    }

    /** Runs {@code scenario} with Logback set up as the jar sets it up ({@link CommandLineLogging}), and returns what it wrote. */
    private static String withTheShippedConfiguration(Scenario scenario) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PrintStream original = System.err;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new Tee(written, original), true, StandardCharsets.UTF_8));
        try {
            context.reset();
            CommandLineLogging.apply(context);
            scenario.run();
        } finally {
            System.setErr(original);
            context.reset();
            new ContextInitializer(context).autoConfig(); // back to the tests' logback-test.xml
        }
        return written.toString(StandardCharsets.UTF_8);
    }

    /** What runs under the shipped configuration. */
    private interface Scenario {
        void run() throws Exception;
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
