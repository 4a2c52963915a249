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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's routes, on Jetty's core {@link Handler} API (no servlets):
 * <ul>
 *   <li>{@code POST /assess}: contract JSON in, report JSON out (contract v2: {@code avoid[].because},
 *       {@code openQuestions}); 400 with the contract's {@code {"errors": [{"path", "message"}]}}
 *       for a refused case; 413 over {@link #maxBytes}; 415 when the body is not JSON; 405 for another method.</li>
 *   <li>{@code GET /health} and {@code GET /health/ready} (and {@code HEAD}): {@code {"status": "UP", "ruleBaseVersion": …, "contractVersion": 2}}
 *       once the rule base is loaded, 503 {@code {"status": "STARTING"}} before and {@code "STOPPING"} once stopping;
 *       {@code GET /health/live}: {@code {"status": "UP"}} while the process answers at all.</li>
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
 * request (it is thread-safe); until it is loaded the POST routes answer 503 with {@code Retry-After}.
 * Bodies are read without holding a thread while they come ({@link BodyReader}): 408 for one slower than
 * {@link ServiceSettings#pace()}. Every answer carries an {@code X-Request-Id} (the caller's, when it is
 * 1 to 64 letters, digits or {@code ._:-}, otherwise a new one), which the access log and the warnings name.
 */
public final class TriageHandler extends Handler.Abstract {

    /** The default limit on a request body: 64 KiB. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;
    /** The hook's path. */
    public static final String HOOK_PATH = "/cds-services/" + CdsHooks.SERVICE_ID;
    /** The feedback path of the hook. */
    public static final String FEEDBACK_PATH = HOOK_PATH + "/feedback";
    /** The rulebook's path. */
    public static final String RULEBOOK_PATH = "/rulebook.html";
    /** The liveness probe's path: 200 while the process answers. */
    public static final String LIVE_PATH = "/health/live";
    /** The readiness probe's path: 200 once the rule base is loaded, 503 before and while stopping. */
    public static final String READY_PATH = "/health/ready";
    /** The header carrying the request id. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** The OpenAPI description's path. */
    public static final String OPENAPI_PATH = "/openapi.json";

    private static final Logger LOG = LoggerFactory.getLogger(TriageHandler.class);
    private static final Pattern GOOD_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Every path the service answers (and answers OPTIONS on). */
    static final Set<String> PATHS = Set.of("/health", LIVE_PATH, READY_PATH, "/assess", "/cds-services", HOOK_PATH,
            FEEDBACK_PATH, RULEBOOK_PATH, OPENAPI_PATH);
    /** The paths whose POST reads a JSON body. */
    private static final Set<String> POST_PATHS = Set.of("/assess", HOOK_PATH, FEEDBACK_PATH);
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json; charset=utf-8";
    private static final String FHIR_JSON = "application/fhir+json; charset=utf-8";

    private final CompletableFuture<TriageEngine> engine;
    /** One assessment per core at a time: more at once only share the cores out. */
    private final CoreSlots cores = CoreSlots.ofThisMachine();
    private final int maxBytes;
    private final BodyReader.Pace pace;
    private volatile boolean stopping;
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
        this(CompletableFuture.completedFuture(engine), settings, publicUrl);
    }

    /**
     * A handler assessing with {@code engine} once it is loaded, as {@code settings} say; until then its probes say
     * it is starting and its POST routes answer 503.
     *
     * @param publicUrl the base URL callers use (no trailing slash): the JWT audience of each endpoint is this plus its path
     */
    public TriageHandler(CompletableFuture<TriageEngine> engine, ServiceSettings settings, URI publicUrl) {
        this.engine = engine;
        this.maxBytes = settings.maxBytes();
        this.pace = settings.pace();
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

    /** From now on the readiness probe answers 503 STOPPING: the service is about to stop. */
    public void stopping() {
        stopping = true;
    }

    /** True for the path of one of the service's routes. */
    static boolean isRoute(String path) {
        return PATHS.contains(path);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        String requestId = requestId(request.getHeaders().get(REQUEST_ID_HEADER));
        request.setAttribute(AccessLog.REQUEST_ID, requestId);
        response.getHeaders().put(REQUEST_ID_HEADER, requestId);
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
                case "/health", READY_PATH -> {
                    if (allowed(method, "GET", response, callback)) {
                        ready(response, callback);
                    }
                }
                case LIVE_PATH -> {
                    if (allowed(method, "GET", response, callback)) {
                        send(response, callback, HttpStatus.OK_200, "{\"status\":\"UP\"}");
                    }
                }
                case "/assess" -> {
                    if (allowed(method, "POST", response, callback) && authenticated(request, path, response, callback)
                            && loaded(request, response, callback)) {
                        assess(request, response, callback);
                    }
                }
                case "/cds-services" -> {
                    if (allowed(method, "GET", response, callback)) {
                        send(response, callback, HttpStatus.OK_200, CdsHooks.discovery().toString());
                    }
                }
                case HOOK_PATH -> {
                    if (allowed(method, "POST", response, callback) && authenticated(request, path, response, callback)
                            && loaded(request, response, callback)) {
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
            failed(request, response, callback, e);
        }
        return true;
    }

    /** Answers 500 for a failure (a rule that failed, a bug) and warns with its classes: never its message, which may quote the case. */
    private static void failed(Request request, Response response, Callback callback, Throwable e) {
        StringBuilder classes = new StringBuilder(e.getClass().getName());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            classes.append(" <- ").append(cause.getClass().getName());
        }
        LOG.warn("{} {} failed: {} (id={})", request.getMethod(), Request.getPathInContext(request), classes,
                request.getAttribute(AccessLog.REQUEST_ID));
        error(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, "$", "could not be answered: the service failed", null);
    }

    /** The caller's request id when it is a safe one, otherwise a new one (16 hexadecimal digits). */
    static String requestId(String given) {
        if (given != null && GOOD_REQUEST_ID.matcher(given).matches()) {
            return given;
        }
        return String.format("%016x", ThreadLocalRandom.current().nextLong());
    }

    /** Readiness (and {@code /health}): 200 with the rule base's version once it is loaded; 503 while starting or stopping. */
    private void ready(Response response, Callback callback) {
        TriageEngine loaded = loadedEngine();
        ObjectNode health = MAPPER.createObjectNode();
        if (loaded == null || stopping) {
            health.put("status", stopping ? "STOPPING" : engine.isCompletedExceptionally() ? "DOWN" : "STARTING");
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            send(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, health.toString());
            return;
        }
        health.put("status", "UP");
        health.put("ruleBaseVersion", loaded.ruleBaseVersion());
        health.put("contractVersion", TriageReport.CONTRACT_VERSION);
        send(response, callback, HttpStatus.OK_200, health.toString());
    }

    /** The engine once loaded; null while it loads or when it could not be loaded. */
    private TriageEngine loadedEngine() {
        return engine.isDone() && !engine.isCompletedExceptionally() ? engine.join() : null;
    }

    /** Lets the request on once the rule base is loaded; until then answers 503 with {@code Retry-After}. */
    private boolean loaded(Request request, Response response, Callback callback) {
        if (loadedEngine() != null) {
            return true;
        }
        refuseUnread(request, response, callback, () -> {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            error(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, "$", "must wait until the rule base is loaded", null);
        });
        return false;
    }

    private void assess(Request request, Response response, Callback callback) {
        TriageEngine engine = this.engine.join();
        if (wantsFhir(request.getHeaders().get(HttpHeader.ACCEPT))) {
            answer(request, response, callback, FHIR_JSON, AssessmentJson.MAX_BYTES, body -> {
                Assessment assessment = AssessmentJson.parse(body);
                return FhirReport.json(cores.run(() -> engine.assess(assessment)), assessment);
            });
        } else {
            answer(request, response, callback, JSON, AssessmentJson.MAX_BYTES,
                    body -> {
                        Assessment assessment = AssessmentJson.parse(body);
                        return ReportJson.write(cores.run(() -> engine.assess(assessment)));
                    });
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
        TriageEngine engine = this.engine.join();
        answer(request, response, callback, body -> {
            HookCases.HookCase found = cases.find(HookRequest.read(json(body)), new String(body, StandardCharsets.UTF_8));
            return (found instanceof HookCases.Found c ? CdsHooks.cards(cores.run(() -> engine.assess(c.assessment())), links)
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
     * Reads the JSON body (at most {@code --max-bytes}) and answers 200 with what {@code answer} makes of it; 400 for a
     * refused request or case, 412 for data that cannot be had (and 408/413/415 for the body itself).
     */
    private void answer(Request request, Response response, Callback callback, Function<byte[], String> answer) {
        answer(request, response, callback, JSON, maxBytes, answer);
    }

    /**
     * As above, a 200 answer carrying {@code contentType}, reading at most {@code limit} bytes (or {@code --max-bytes} when
     * lower); errors stay contract JSON. The answer is made on the thread that read the body's last bytes.
     */
    private void answer(Request request, Response response, Callback callback, String contentType, int limit,
            Function<byte[], String> answer) {
        body(request, response, callback, Math.min(limit, maxBytes), body -> {
            try {
                send(response, callback, HttpStatus.OK_200, contentType, answer.apply(body));
            } catch (InvalidAssessmentException e) {
                Problems.send(response, callback, HttpStatus.BAD_REQUEST_400, e.problems());
            } catch (HookCases.MissingData e) {
                Problems.send(response, callback, HttpStatus.PRECONDITION_FAILED_412, e.problems());
            } catch (RuntimeException | Error e) {
                // on a thread of Jetty's when the body came late: nothing above would answer
                failed(request, response, callback, e);
                if (e instanceof VirtualMachineError vmError) {
                    throw vmError;
                }
            }
        });
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
        refuseUnread(request, response, callback, () -> {
            if (verdict.status() == HttpStatus.UNAUTHORIZED_401) {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            } else {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            }
            error(response, callback, verdict.status(), "Authorization", verdict.problem(), null);
        });
        return false;
    }

    /**
     * Reads past the body of a request refused unread (up to {@link BodyReader#DRAIN_BYTES}, without holding a thread) and
     * then {@code answers}: a connection closed with unread bytes is reset, and the client could lose the answer.
     */
    private void refuseUnread(Request request, Response response, Callback callback, Runnable answers) {
        BodyReader.read(request, 0, pace, outcome -> {
            if (!(outcome instanceof BodyReader.Body)) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            answers.run();
        });
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

    /**
     * Reads a JSON body of at most {@code limit} bytes and gives it to {@code then}; on a problem answers itself: 415 for
     * another content type, 413 over the limit (read past up to {@link BodyReader#DRAIN_BYTES}, then the connection is
     * closed), 408 for a body slower than the pace, 400 for one that could not be read.
     */
    private void body(Request request, Response response, Callback callback, int limit, Consumer<byte[]> then) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mime.equals("application/json") && !mime.endsWith("+json")) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            error(response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "$", "must be sent as Content-Type: application/json",
                    type == null ? "no Content-Type" : type);
            return;
        }
        long declared = request.getLength();
        BodyReader.read(request, limit, pace, outcome -> {
            if (outcome instanceof BodyReader.Body body) {
                then.accept(body.bytes());
                return;
            }
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            if (outcome instanceof BodyReader.TooLarge) {
                error(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "$", "must be at most " + limit + " bytes",
                        declared > limit ? declared + " bytes" : "more than " + limit + " bytes");
            } else if (outcome instanceof BodyReader.TooSlow slow) {
                error(response, callback, HttpStatus.REQUEST_TIMEOUT_408, "$", slow.why(), "a request body that came too slowly");
            } else if (outcome instanceof BodyReader.Broken broken) {
                error(response, callback, HttpStatus.BAD_REQUEST_400, "$", "must be a complete request body",
                        "a body that stopped before its end");
            }
        });
    }

    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
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
