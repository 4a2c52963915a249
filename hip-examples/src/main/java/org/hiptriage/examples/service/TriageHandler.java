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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;

/**
 * The service's routes, on Jetty's core {@link Handler} API (no servlets):
 * <ul>
 *   <li>{@code POST /assess}: contract JSON in, report JSON out (contract v2: {@code avoid[].because},
 *       {@code openQuestions}); 400 with {@code {"errors": [{"path", "message"}]}}
 *       for a refused case; 413 over {@link #maxBytes}; 415 when the body is not JSON; 405 for another method.</li>
 *   <li>{@code GET /health}: {@code {"status": "UP", "ruleBaseVersion": …, "contractVersion": 2}}.</li>
 *   <li>{@code GET /cds-services}: CDS Hooks discovery; {@code POST /cds-services/hip-pain-triage}: cards.</li>
 * </ul>
 * The engine is shared by every request (it is thread-safe).
 */
public final class TriageHandler extends Handler.Abstract {

    /** The default limit on a request body: 64 KiB. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TriageEngine engine;
    private final int maxBytes;

    /** A handler assessing with {@code engine}, refusing bodies over {@code maxBytes}. */
    public TriageHandler(TriageEngine engine, int maxBytes) {
        this.engine = engine;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        try {
            if (path.startsWith("/cds-services")) {
                cors(response);
                if ("OPTIONS".equals(method)) {
                    response.getHeaders().put("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                    response.getHeaders().put("Access-Control-Allow-Headers", "Content-Type, Authorization");
                    response.setStatus(HttpStatus.NO_CONTENT_204);
                    callback.succeeded();
                    return true;
                }
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
                    if (allowed(method, "POST", response, callback)) {
                        assess(request, response, callback);
                    }
                }
                case "/cds-services" -> {
                    if (allowed(method, "GET", response, callback)) {
                        send(response, callback, HttpStatus.OK_200, CdsHooks.discovery().toString());
                    }
                }
                case "/cds-services/" + CdsHooks.SERVICE_ID -> {
                    if (allowed(method, "POST", response, callback)) {
                        hook(request, response, callback);
                    }
                }
                default -> error(response, callback, HttpStatus.NOT_FOUND_404, "$",
                        "must be one of POST /assess, GET /health, GET /cds-services, POST /cds-services/" + CdsHooks.SERVICE_ID,
                        method + " " + path);
            }
        } catch (RuntimeException e) {
            error(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, "$", "could not be assessed",
                    e.getClass().getSimpleName());
        }
        return true;
    }

    private void assess(Request request, Response response, Callback callback) {
        byte[] body = body(request, response, callback);
        if (body == null) {
            return;
        }
        try {
            TriageReport report = engine.assess(AssessmentJson.parse(body));
            send(response, callback, HttpStatus.OK_200, ReportJson.write(report));
        } catch (InvalidAssessmentException e) {
            send(response, callback, HttpStatus.BAD_REQUEST_400, CdsHooks.errors(e.problems()).toString());
        }
    }

    private void hook(Request request, Response response, Callback callback) {
        byte[] body = body(request, response, callback);
        if (body == null) {
            return;
        }
        try {
            JsonNode tree;
            try {
                tree = STRICT.readTree(new String(body, StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                throw new InvalidAssessmentException(List.of(new Problem("$", "must be valid JSON", e.getOriginalMessage())));
            }
            TriageReport report = engine.assess(CdsHooks.assessment(tree));
            send(response, callback, HttpStatus.OK_200, CdsHooks.cards(report).toString());
        } catch (InvalidAssessmentException e) {
            send(response, callback, HttpStatus.BAD_REQUEST_400, CdsHooks.errors(e.problems()).toString());
        }
    }

    /** Reads a JSON body within the limit; on a problem answers 413/415/400 itself and returns null. */
    private byte[] body(Request request, Response response, Callback callback) {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mime.equals("application/json") && !mime.endsWith("+json")) {
            error(response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "$", "must be sent as Content-Type: application/json",
                    type == null ? "no Content-Type" : type);
            return null;
        }
        long declared = request.getLength();
        if (declared > maxBytes) {
            tooLarge(response, callback, declared + " bytes");
            return null;
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            error(response, callback, HttpStatus.BAD_REQUEST_400, "$", "must be a readable request body", e.getClass().getSimpleName());
            return null;
        }
        if (body.length > maxBytes) {
            tooLarge(response, callback, "more than " + maxBytes + " bytes");
            return null;
        }
        return body;
    }

    private void tooLarge(Response response, Callback callback, String got) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        error(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "$", "must be at most " + maxBytes + " bytes", got);
    }

    private static boolean allowed(String method, String expected, Response response, Callback callback) {
        if (expected.equals(method)) {
            return true;
        }
        response.getHeaders().put(HttpHeader.ALLOW, expected);
        error(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "$", "must be requested with " + expected, method);
        return false;
    }

    private static void cors(Response response) {
        response.getHeaders().put("Access-Control-Allow-Origin", "*");
    }

    private static void error(Response response, Callback callback, int status, String path, String expected, String got) {
        send(response, callback, status, CdsHooks.errors(List.of(new Problem(path, expected, got))).toString());
    }

    private static void send(Response response, Callback callback, int status, String json) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        Content.Sink.write(response, true, json, callback);
    }
}
