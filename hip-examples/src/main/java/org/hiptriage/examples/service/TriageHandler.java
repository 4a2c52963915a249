package org.hiptriage.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.fhir.FhirReport;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.MalformedJson;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.InvalidAssessmentException;

/**
 * The service's routes, on Jetty's core {@link Handler} API (no servlets):
 * <ul>
 *   <li>{@code POST /assess}: contract JSON in, report JSON out (contract v2: {@code avoid[].because},
 *       {@code openQuestions}); 400 with the contract's {@code {"errors": [{"path", "message"}]}}
 *       for a refused case; 413 over {@link #maxBytes}; 415 when the body is not JSON; 405 for another method.</li>
 *   <li>{@code GET /health} (and {@code HEAD}): {@code {"status": "UP", "ruleBaseVersion": …, "contractVersion": 2}}.</li>
 *   <li>{@code GET /cds-services}: CDS Hooks discovery; {@code POST /cds-services/hip-pain-triage}: cards (400 for a
 *       malformed request, 412 when the patient's data cannot be had); {@code POST
 *       /cds-services/hip-pain-triage/feedback}: feedback on a card.</li>
 *   <li>{@code GET /rulebook.html}: the rulebook the cards link to; {@code GET /openapi.json}: the OpenAPI 3.1
 *       description of these routes.</li>
 * </ul>
 * Every error is {@code application/problem+json} (RFC 9457) carrying the contract's {@code errors} ({@link Problems}).
 * With {@link ServiceSettings#authentication()}, the POST routes ({@code /assess}, the hook, its feedback)
 * need a valid bearer JWT or answer 401; discovery, health, the rulebook and CORS preflights stay open (they
 * hold no patient data). CORS headers go only to the allowed origins. The engine is shared by every
 * request (it is thread-safe).
 */
public final class TriageHandler extends Handler.Abstract {

    /** The default limit on a request body: 64 KiB. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;
    /** The hook's path. */
    public static final String HOOK_PATH = "/cds-services/" + CdsHooks.SERVICE_ID;
    /** The feedback path of the hook. */
    public static final String FEEDBACK_PATH = HOOK_PATH + "/feedback";
    /** How much of a refused, too large body is read past before the connection is closed: 1 MiB. */
    static final long DRAIN_BYTES = 1024 * 1024;
    /** The rulebook's path. */
    public static final String RULEBOOK_PATH = "/rulebook.html";
    /** The OpenAPI description's path. */
    public static final String OPENAPI_PATH = "/openapi.json";

    /** Every path the service answers (and answers OPTIONS on). */
    static final Set<String> PATHS = Set.of("/health", "/assess", "/cds-services", HOOK_PATH, FEEDBACK_PATH, RULEBOOK_PATH,
            OPENAPI_PATH);
    /** The paths whose POST reads a JSON body. */
    private static final Set<String> POST_PATHS = Set.of("/assess", HOOK_PATH, FEEDBACK_PATH);
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json; charset=utf-8";
    private static final String FHIR_JSON = "application/fhir+json; charset=utf-8";

    private final TriageEngine engine;
    private final int maxBytes;
    private final String publicUrl;
    private final CallerAuthentication authentication;
    private final Set<String> corsOrigins;
    private final CdsHooks.Links links;
    private final HookCases cases;
    private final FeedbackLog feedbackLog;

    /**
     * A handler assessing with {@code engine} as {@code settings} say.
     *
     * @param publicUrl the base URL callers use (no trailing slash): the JWT audience of each endpoint is this plus its path
     */
    public TriageHandler(TriageEngine engine, ServiceSettings settings, URI publicUrl) {
        this.engine = engine;
        this.maxBytes = settings.maxBytes();
        this.publicUrl = publicUrl.toString();
        this.authentication = settings.authentication();
        this.corsOrigins = settings.corsOrigins();
        this.links = new CdsHooks.Links(settings.rulebookUrl() != null ? settings.rulebookUrl()
                : URI.create(this.publicUrl + RULEBOOK_PATH), settings.intakeUrl());
        this.cases = new HookCases(new FhirFetcher(FhirFetcher.DEFAULT_TIMEOUT));
        this.feedbackLog = settings.feedbackLog();
    }

    /** Where the cards link. */
    public CdsHooks.Links links() {
        return links;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        try {
            Problems.cors(request, response, corsOrigins);
            if (hasBody(request) && !("POST".equals(method) && POST_PATHS.contains(path))) {
                // a body no route reads: close after the answer, so that the client does not reuse the connection mid-body
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            if ("OPTIONS".equals(method) && PATHS.contains(path)) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, POST, OPTIONS");
                response.setStatus(HttpStatus.NO_CONTENT_204);
                callback.succeeded();
                return true;
            }
            switch (path) {
                case "/health" -> {
                    if (allowed(method, "GET", response, callback)) {
                        ObjectNode health = MAPPER.createObjectNode();
                        health.put("status", "UP");
                        health.put("ruleBaseVersion", engine.ruleBaseVersion());
                        health.put("contractVersion", TriageReport.CONTRACT_VERSION);
                        send(response, callback, HttpStatus.OK_200, health.toString());
                    }
                }
                case "/assess" -> {
                    if (allowed(method, "POST", response, callback) && authenticated(request, path, response, callback)) {
                        assess(request, response, callback);
                    }
                }
                case "/cds-services" -> {
                    if (allowed(method, "GET", response, callback)) {
                        send(response, callback, HttpStatus.OK_200, CdsHooks.discovery().toString());
                    }
                }
                case HOOK_PATH -> {
                    if (allowed(method, "POST", response, callback) && authenticated(request, path, response, callback)) {
                        hook(request, response, callback);
                    }
                }
                case FEEDBACK_PATH -> {
                    if (allowed(method, "POST", response, callback) && authenticated(request, path, response, callback)) {
                        feedback(request, response, callback);
                    }
                }
                case RULEBOOK_PATH -> {
                    if (allowed(method, "GET", response, callback)) {
                        rulebook(response, callback);
                    }
                }
                case OPENAPI_PATH -> {
                    if (allowed(method, "GET", response, callback)) {
                        send(response, callback, HttpStatus.OK_200, JSON, OpenApi.TEXT);
                    }
                }
                default -> error(response, callback, HttpStatus.NOT_FOUND_404, "$",
                        "must be one of POST /assess, GET /health, GET /cds-services, POST " + HOOK_PATH + ", POST " + FEEDBACK_PATH
                                + ", GET " + RULEBOOK_PATH + ", GET " + OPENAPI_PATH, method + " " + path);
            }
        } catch (RuntimeException e) {
            error(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, "$", "could not be answered: the service failed", null);
        }
        return true;
    }

    private void assess(Request request, Response response, Callback callback) {
        if (wantsFhir(request.getHeaders().get(HttpHeader.ACCEPT))) {
            answer(request, response, callback, FHIR_JSON, body -> {
                Assessment assessment = AssessmentJson.parse(body);
                return FhirReport.json(engine.assess(assessment), assessment);
            });
        } else {
            answer(request, response, callback, body -> ReportJson.write(engine.assess(AssessmentJson.parse(body))));
        }
    }

    /**
     * True when the caller asks for the report as FHIR: {@code Accept} names {@code application/fhir+json} and does
     * not name {@code application/json} before it (contract JSON stays the default).
     */
    static boolean wantsFhir(String accept) {
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase(java.util.Locale.ROOT);
        int fhir = a.indexOf("application/fhir+json");
        int json = a.indexOf("application/json");
        return fhir >= 0 && (json < 0 || fhir < json);
    }

    private void hook(Request request, Response response, Callback callback) {
        answer(request, response, callback, body -> {
            HookCases.HookCase found = cases.find(HookRequest.read(json(body)));
            return (found instanceof HookCases.Found c ? CdsHooks.cards(engine.assess(c.assessment()), links)
                    : CdsHooks.intakeCard(links)).toString();
        });
    }

    private void feedback(Request request, Response response, Callback callback) {
        answer(request, response, callback, body -> {
            Feedback.read(json(body)).forEach(feedbackLog::record);
            return "{}";
        });
    }

    /**
     * Reads the JSON body and answers 200 with what {@code answer} makes of it; 400 for a refused request or
     * case, 412 for data that cannot be had (and 413/415 for the body itself).
     */
    private void answer(Request request, Response response, Callback callback, Function<byte[], String> answer) {
        answer(request, response, callback, JSON, answer);
    }

    /** As above, a 200 answer carrying {@code contentType}; errors stay problem documents with the contract's errors. */
    private void answer(Request request, Response response, Callback callback, String contentType, Function<byte[], String> answer) {
        byte[] body = body(request, response, callback);
        if (body == null) {
            return;
        }
        try {
            send(response, callback, HttpStatus.OK_200, contentType, answer.apply(body));
        } catch (InvalidAssessmentException e) {
            Problems.send(response, callback, HttpStatus.BAD_REQUEST_400, e.problems());
        } catch (HookCases.MissingData e) {
            Problems.send(response, callback, HttpStatus.PRECONDITION_FAILED_412, e.problems());
        }
    }

    private static JsonNode json(byte[] body) {
        try {
            return STRICT.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new InvalidAssessmentException(List.of(MalformedJson.problem(e)));
        }
    }

    /** Lets the request on when no authentication is configured or its JWT is valid; otherwise answers 401 (or 503). */
    private boolean authenticated(Request request, String path, Response response, Callback callback) {
        if (authentication == null) {
            return true;
        }
        CallerAuthentication.Verdict verdict = authentication.check(request.getHeaders().get(HttpHeader.AUTHORIZATION),
                publicUrl + path);
        if (verdict.accepted()) {
            return true;
        }
        try (InputStream rest = Content.Source.asInputStream(request)) {
            drain(rest);
        } catch (IOException e) {
            // closing what was read past: nothing to do
        }
        if (verdict.status() == HttpStatus.UNAUTHORIZED_401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        } else {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
        }
        error(response, callback, verdict.status(), "Authorization", verdict.problem(), null);
        return false;
    }

    private static void rulebook(Response response, Callback callback) {
        byte[] page = Rulebook.PAGE;
        if (page == null) {
            error(response, callback, HttpStatus.NOT_FOUND_404, "$", "must be a page this build holds: it was built without the "
                    + "rulebook", "GET " + RULEBOOK_PATH);
            return;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=3600");
        response.getHeaders().put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(page), callback);
    }

    /** The rulebook page, read once from the jar (null when the build did not include it). */
    private static final class Rulebook {
        static final byte[] PAGE = read();

        private static byte[] read() {
            try (InputStream in = TriageHandler.class.getResourceAsStream("rulebook.html")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The OpenAPI description of the routes, read once from the jar. */
    static final class OpenApi {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = TriageHandler.class.getResourceAsStream("openapi.json")) {
                if (in == null) {
                    throw new IllegalStateException("openapi.json is missing from the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a JSON body within the limit; on a problem answers 413/415/400 itself and returns null. */
    private byte[] body(Request request, Response response, Callback callback) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mime.equals("application/json") && !mime.endsWith("+json")) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            error(response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "$", "must be sent as Content-Type: application/json",
                    type == null ? "no Content-Type" : type);
            return null;
        }
        long declared = request.getLength();
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > maxBytes) {
                tooLarge(in, response, callback, declared + " bytes");
                return null;
            }
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                tooLarge(in, response, callback, "more than " + maxBytes + " bytes");
                return null;
            }
            return body;
        } catch (IOException e) {
            error(response, callback, HttpStatus.BAD_REQUEST_400, "$", "must be a complete request body",
                    "a body that stopped before its end");
            return null;
        }
    }

    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    /** Answers 413 and closes the connection, after reading past what is left of the body ({@link #drain}). */
    private void tooLarge(InputStream rest, Response response, Callback callback, String got) {
        drain(rest);
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        error(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "$", "must be at most " + maxBytes + " bytes", got);
    }

    /**
     * Reads past what is left of a body that is refused unread, up to {@link #DRAIN_BYTES}: a connection closed with
     * unread bytes is reset, and the client could lose the answer.
     */
    private static void drain(InputStream rest) {
        byte[] sink = new byte[8192];
        long left = DRAIN_BYTES;
        try {
            for (int n = 0; n != -1 && left > 0; n = rest.read(sink)) {
                left -= n;
            }
        } catch (IOException e) {
            // the client stopped sending: nothing more to read past
        }
    }

    /** True for the expected method (and HEAD where GET is expected); otherwise answers 405. */
    private static boolean allowed(String method, String expected, Response response, Callback callback) {
        boolean get = "GET".equals(expected);
        if (expected.equals(method) || get && "HEAD".equals(method)) {
            return true;
        }
        response.getHeaders().put(HttpHeader.ALLOW, get ? "GET, HEAD" : expected);
        error(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "$", "must be requested with " + (get ? "GET or HEAD" : expected),
                method);
        return false;
    }

    private static void error(Response response, Callback callback, int status, String path, String expected, String got) {
        Problems.send(response, callback, status, List.of(Problems.problem(path, expected, got)));
    }

    private static void send(Response response, Callback callback, int status, String json) {
        send(response, callback, status, JSON, json);
    }

    private static void send(Response response, Callback callback, int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        Content.Sink.write(response, true, body, callback);
    }
}
