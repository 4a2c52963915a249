package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error is JSON in one shape, {@code application/problem+json} (RFC 9457) carrying the contract's
 * {@code errors}, whoever makes it: the routes, and Jetty itself for requests it refuses before any route sees them
 * (bad paths, two Content-Lengths, a request line or headers too large, an unknown HTTP version, no Host). Malformed
 * requests go over raw sockets, as an attacker sends them, with bounded timeouts. No message names a Java class or
 * a library setting, and none echoes more than 100 characters of the request.
 */
class ErrorShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SANDBOX = ServiceSettings.SANDBOX_ORIGIN;
    private static TriageServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TriageServer.start(CdsFixtures.engine(), ServiceSettings.builder().host("127.0.0.1").port(0).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An answer read off the socket: status, headers (lower-case names), body. */
    record Answer(int status, Map<String, String> headers, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** Sends the raw bytes of a request and reads one answer (at most 5 seconds). */
    static Answer send(String raw) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream(), raw.startsWith("HEAD "));
        }
    }

    private static Answer read(InputStream in, boolean head) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            header.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = header.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        assertThat(lines[0]).as("a status line").startsWith("HTTP/1.");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] body;
        if (head) {
            body = new byte[0];
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            try {
                in.transferTo(rest);
            } catch (SocketTimeoutException e) {
                // kept open: what came is the body
            }
            body = rest.toByteArray();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** The answer is a problem (RFC 9457) with the contract's errors, says what is wrong in plain words, and is CORS-readable. */
    static void assertProblem(Answer answer, int status, boolean corsKnown) throws IOException {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).as(answer.toString()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("errors")).isNotEmpty();
        problem.get("errors").forEach(e -> {
            assertThat(e.get("path").asText()).isNotBlank();
            assertThat(e.get("message").asText()).isNotBlank().doesNotContain("Exception", "org.eclipse", "java.", "`", "Feature",
                    "Constraints", "<");
        });
        assertThat(answer.body()).doesNotContain("<html", "Exception", "org.eclipse", "aaaaaaaaaa".repeat(11));
        assertThat(answer.headers().get("cache-control")).isEqualTo("no-store");
        if (corsKnown) {
            assertThat(answer.headers().get("access-control-allow-origin")).isEqualTo(SANDBOX);
        }
    }

    /**
     * Each row: a path Jetty will not serve. Where it refuses the request line itself (a path above the root, an encoded
     * NUL, no leading '/'), the headers were never read, so the answer cannot know the Origin and has no CORS header.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an encoded slash | true | GET /health%2F..%2F..%2Fassess HTTP/1.1",
        "an encoded dot-dot segment | true | GET /health/%2e%2e/assess HTTP/1.1",
        "an encoded backslash | true | GET /health%5c HTTP/1.1",
        "a path climbing above the root with encoded dots | false | GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
        "a path climbing above the root | false | GET /a/../../etc/passwd HTTP/1.1",
        "an encoded NUL | false | GET /health%00 HTTP/1.1",
        "a path without its leading slash | false | GET health HTTP/1.1",
    })
    void aBadPathIsA400Problem(String label, boolean headersRead, String requestLine) throws IOException {
        Answer answer = send(requestLine + "\r\nHost: localhost\r\nOrigin: " + SANDBOX + "\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 400, headersRead);
        assertThat(answer.json().at("/errors/0/message").asText()).contains("path");
    }

    @Test
    void twoContentLengthsAreAProblem() throws IOException {
        Answer answer = send("POST /assess HTTP/1.1\r\nHost: localhost\r\nOrigin: " + SANDBOX + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}x");
        assertProblem(answer, 400, false);
        assertThat(answer.json().at("/errors/0/message").asText()).contains("Content-Length");
    }

    @Test
    void aRequestLineTooLongIs414AndEchoesLittleOfIt() throws IOException {
        assertProblem(send("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414, false);
    }

    @Test
    void headersTooLargeAre431() throws IOException {
        assertProblem(send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000) + "\r\n\r\n"), 431, false);
    }

    @Test
    void anUnknownHttpVersionIs505() throws IOException {
        assertProblem(send("GET /health HTTP/7.0\r\nHost: localhost\r\n\r\n"), 505, false);
    }

    @Test
    void noHostIsAProblem() throws IOException {
        Answer answer = send("GET /health HTTP/1.1\r\nOrigin: " + SANDBOX + "\r\n\r\n");
        assertProblem(answer, 400, false);
        assertThat(answer.json().at("/errors/0/message").asText()).contains("Host");
    }

    @Test
    void anUnknownRouteAndAWrongMethodAreProblemsWithTheCorsHeaders() throws IOException {
        Answer notFound = send("GET /nothing-here HTTP/1.1\r\nHost: localhost\r\nOrigin: " + SANDBOX + "\r\nConnection: close\r\n\r\n");
        assertProblem(notFound, 404, true);
        Answer wrongMethod = send("DELETE /health HTTP/1.1\r\nHost: localhost\r\nOrigin: " + SANDBOX + "\r\nConnection: close\r\n\r\n");
        assertProblem(wrongMethod, 405, true);
        assertThat(wrongMethod.headers().get("allow")).contains("GET");
    }

    @Test
    void aLongUnknownPathIsEchoedAtMost100Characters() throws IOException {
        Answer answer = send("GET /" + "a".repeat(2_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(answer, 404, false);
    }

    @Test
    void aRefusedCaseIsAProblemCarryingTheContractsErrors() throws IOException {
        String body = "{\"runner\": {\"age\": 34}}";
        Answer answer = send("POST /assess HTTP/1.1\r\nHost: localhost\r\nOrigin: " + SANDBOX + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertProblem(answer, 400, true);
        assertThat(answer.json().get("errors")).extracting(e -> e.get("path").asText()).contains("runner.sex", "pain");
        assertThat(answer.json().get("detail").asText()).contains("runner.sex");
    }

    @Test
    void aBodyCutShortIsAProblemInPlainWords() throws IOException {
        Answer answer;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /assess HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"runner\":").getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput(); // the client stops sending: the body ends early
            answer = read(socket.getInputStream(), false);
        }
        assertProblem(answer, 400, false);
    }

    @Test
    void headHealthAnswersLikeGetWithoutABody() throws IOException {
        Answer head = send("HEAD /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.headers().get("content-type")).startsWith("application/json");
        assertThat(head.body()).isEmpty();
    }
}
