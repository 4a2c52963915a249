package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 8: health an orchestrator can use (liveness, readiness only once the rule base is
 * loaded) and a graceful stop (no new connection accepted, the requests in progress finished).
 */
class OrchestrationTest {

    private static final Path CASE = Path.of("cases/lateral-hip-pain-gtps.json");

    private static HttpResponse<String> get(TriageServer server, String path) throws Exception {
        return CdsFixtures.CLIENT.send(HttpRequest.newBuilder(URI.create(server.publicUrl() + path)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> assess(TriageServer server) throws Exception {
        return CdsFixtures.CLIENT.send(HttpRequest.newBuilder(URI.create(server.publicUrl() + "/assess")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(CASE)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServiceIsLiveAtOnceAndReadyOnlyOnceTheRuleBaseIsLoaded() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        ServiceSettings settings = ServiceSettings.builder().host("127.0.0.1").port(0).build();
        try (TriageServer server = TriageServer.startLoading(() -> {
            try {
                loading.await(30, TimeUnit.SECONDS); // a rule base that takes its time to load
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CdsFixtures.engine();
        }, settings)) {
            // while it loads: live, not ready; /health says so too; a case is refused with 503 and Retry-After
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
            HttpResponse<String> starting = get(server, "/health/ready");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).contains("\"status\":\"STARTING\"");
            assertThat(get(server, "/health").statusCode()).isEqualTo(503);
            HttpResponse<String> early = assess(server);
            assertThat(early.statusCode()).isEqualTo(503);
            assertThat(early.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(early.body()).contains("must wait until the rule base is loaded");

            // once loaded: ready, and /health answers as it always did
            loading.countDown();
            server.engine().get(30, TimeUnit.SECONDS);
            HttpResponse<String> ready = get(server, "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"UP\",\"ruleBaseVersion\":\"" + CdsFixtures.engine().ruleBaseVersion()
                    + "\",\"contractVersion\":2}");
            assertThat(get(server, "/health").body()).isEqualTo(ready.body());
            assertThat(get(server, "/health/live").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(assess(server).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRuleBaseThatCannotLoadLeavesTheServiceNotReady() throws Exception {
        ServiceSettings settings = ServiceSettings.builder().host("127.0.0.1").port(0).build();
        try (TriageServer server = TriageServer.startLoading(() -> {
            throw new IllegalStateException("no rule base");
        }, settings)) {
            assertThatThrownBy(() -> server.engine().get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
            HttpResponse<String> ready = get(server, "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"");
        }
    }

    @Test
    void stoppingRefusesNewConnectionsAndFinishesTheRequestInProgress() throws Exception {
        TriageEngine engine = CdsFixtures.engine();
        byte[] body = Files.readAllBytes(CASE);
        // no minimum rate: the request in progress below sends its body slowly, a byte every 100 ms
        TriageServer server = TriageServer.start(engine, ServiceSettings.builder().host("127.0.0.1").port(0).minBodyRate(0).build());
        int port = server.port();
        try (Socket client = new Socket(); Socket orchestrator = new Socket()) {
            // given an orchestrator's probe on a kept-alive connection, and a request in progress (half its body sent)
            orchestrator.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            orchestrator.setSoTimeout(15_000);
            assertThat(probe(orchestrator)).startsWith("HTTP/1.1 200");
            client.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            client.setSoTimeout(15_000);
            try (InProgress request = new InProgress(client, body)) {
                // when the service is told to stop (as SIGTERM does)
                long stopping = System.nanoTime();
                CompletableFuture<Void> stopped = CompletableFuture.runAsync(server::close);

                // then it accepts no new connection, and its readiness probe says 503, so that no more requests are sent to it
                assertThat(refusesConnectionsSoon(port)).as("new connections refused").isTrue();
                assertThat(probe(orchestrator)).startsWith("HTTP/1.1 503");
                assertThat(stopped).isNotDone();

                // and the request in progress is finished: the rest of its body is read and the report answered
                request.finish();
                String answer = new String(readAnswer(client.getInputStream()), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 200 OK");
                assertThat(answer).endsWith(ReportJson.write(engine.assess(AssessmentJson.parse(body))));
                stopped.get(15, TimeUnit.SECONDS);
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping))
                        .isLessThan(ServiceSettings.DEFAULT_STOP_TIMEOUT.toMillis());
            }
        } finally {
            server.close();
        }
    }

    /** True once a connection to {@code port} is refused, trying for up to 5 s (the stop begins on another thread). */
    static boolean refusesConnectionsSoon(int port) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < end) {
            try (Socket late = new Socket()) {
                late.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            } catch (ConnectException e) {
                return true;
            } catch (IOException e) {
                // not refused in the way meant: try again
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * A request in progress: it sends its body a byte every 100 ms from half way (a stopping server closes a
     * connection idle for a second), until {@link #finish()} sends the rest.
     */
    static final class InProgress implements AutoCloseable {
        private final OutputStream out;
        private final byte[] body;
        private final Thread dribbler;
        private volatile boolean finishing;
        private int sent;

        InProgress(Socket client, byte[] body) throws IOException {
            this.out = client.getOutputStream();
            this.body = body;
            // Expect: 100-continue, so that the server's 100 says it has begun handling the request
            out.write(("POST /assess HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder interim = new StringBuilder();
            InputStream in = client.getInputStream();
            while (!interim.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                interim.append((char) c);
            }
            assertThat(interim.toString()).startsWith("HTTP/1.1 100");
            sent = body.length / 2;
            out.write(body, 0, sent);
            out.flush();
            dribbler = new Thread(() -> {
                try {
                    while (!finishing && sent < body.length - 1) {
                        Thread.sleep(100);
                        synchronized (this) {
                            if (!finishing) {
                                out.write(body, sent++, 1);
                                out.flush();
                            }
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    // finish() finds out
                }
            });
            dribbler.start();
        }

        /** Sends the rest of the body. */
        void finish() throws IOException, InterruptedException {
            synchronized (this) {
                finishing = true;
                out.write(body, sent, body.length - sent);
                out.flush();
            }
            dribbler.join();
        }

        @Override
        public void close() throws InterruptedException {
            finishing = true;
            dribbler.join();
        }
    }

    /** Asks for {@code /health/ready} on a kept-alive connection and returns the answer. */
    private static String probe(Socket connection) throws IOException {
        connection.getOutputStream().write("GET /health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        connection.getOutputStream().flush();
        return new String(readAnswer(connection.getInputStream()), StandardCharsets.UTF_8);
    }

    /** An HTTP/1.1 answer with a Content-Length, read whole. */
    private static byte[] readAnswer(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        int length = -1;
        int headerEnd = -1;
        byte[] buffer = new byte[8192];
        while (headerEnd < 0 || answer.size() < headerEnd + length) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            answer.write(buffer, 0, n);
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            if (headerEnd < 0 && text.contains("\r\n\r\n")) {
                headerEnd = text.indexOf("\r\n\r\n") + 4;
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
                length = m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
        }
        return answer.toByteArray();
    }
}
