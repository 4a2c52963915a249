package org.hiptriage.examples.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.hiptriage.model.validation.Problem;

/**
 * The service's error answers, one shape whoever makes them (a route or Jetty itself): {@code application/problem+json}
 * (RFC 9457) with {@code type}, {@code title}, {@code status} and {@code detail}, carrying the contract's
 * {@code errors} array ({@code [{"path", "message"}]}) as before, so callers that read {@code errors} keep working.
 * The errors that mean more than their status have a type of their own under {@value #TYPE_BASE}; the others are
 * {@code about:blank} with the status's reason as title. A message echoes at most {@value #MAX_ECHO} characters of
 * what came.
 */
final class Problems {

    /** The media type of every error answer. */
    static final String CONTENT_TYPE = "application/problem+json";
    /** Where the service's own problem types live. */
    static final String TYPE_BASE = "https://hiptriage.org/problems/";
    /** The most characters of the request an error message repeats. */
    static final int MAX_ECHO = 100;
    /** How many errors {@code detail} names before saying how many more there are. */
    private static final int DETAIL_ERRORS = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The service's own problem types: what a caller can key on beyond the status. */
    enum Type {
        /** 400: the case, the hook request or the feedback was refused; {@code errors} says why, field by field. */
        INVALID_INPUT(HttpStatus.BAD_REQUEST_400, "invalid-input", "The input was refused"),
        /** 401: the hook or /assess needs a valid bearer JWT. */
        UNAUTHORIZED(HttpStatus.UNAUTHORIZED_401, "unauthorized", "The caller is not authenticated"),
        /** 412: the patient's data was neither prefetched nor could be fetched from fhirServer (CDS Hooks). */
        DATA_UNAVAILABLE(HttpStatus.PRECONDITION_FAILED_412, "data-unavailable", "The patient's data cannot be had");

        private final int status;
        private final String uri;
        private final String title;

        Type(int status, String slug, String title) {
            this.status = status;
            this.uri = TYPE_BASE + slug;
            this.title = title;
        }

        /** The type's URI. */
        String uri() {
            return uri;
        }

        /** The type's title. */
        String title() {
            return title;
        }

        static Type of(int status) {
            for (Type type : values()) {
                if (type.status == status) {
                    return type;
                }
            }
            return null;
        }
    }

    private Problems() {
    }

    /** One problem, what came clipped to {@value #MAX_ECHO} characters. */
    static Problem problem(String path, String expected, String got) {
        return new Problem(path, expected, got == null ? null : clip(got));
    }

    /**
     * The problem document for {@code status} and these errors. A 400 made by Jetty (a malformed request, not a refused
     * input) is {@code about:blank} when {@code ownType} is false.
     */
    static ObjectNode document(int status, List<Problem> problems, boolean ownType) {
        Type type = ownType ? Type.of(status) : null;
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", type == null ? "about:blank" : type.uri());
        String reason = HttpStatus.getMessage(status);
        root.put("title", type == null ? (reason == null ? "Error" : reason) : type.title());
        root.put("status", status);
        root.put("detail", detail(problems));
        ArrayNode errors = root.putArray("errors");
        for (Problem p : problems) {
            Problem shown = p.got() != null && p.got().length() > MAX_ECHO ? problem(p.path(), p.expected(), p.got()) : p;
            errors.addObject().put("path", shown.path()).put("message", shown.message());
        }
        return root;
    }

    /** Answers {@code status} with these errors as a problem document. */
    static void send(Response response, Callback callback, int status, List<Problem> problems) {
        send(response, callback, status, problems, true);
    }

    /** As above; {@code ownType} false for a 400 that is Jetty's (see {@link #document}). */
    static void send(Response response, Callback callback, int status, List<Problem> problems, boolean ownType) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        Content.Sink.write(response, true, document(status, problems, ownType).toString(), callback);
    }

    /**
     * Adds the CORS headers of an answer: {@code Vary: Origin}, and the origin itself when it is one of {@code allowed}
     * (never {@code *}); on a preflight ({@code OPTIONS}) also the methods and headers allowed.
     */
    static void cors(Request request, Response response, Set<String> allowed) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        response.getHeaders().add(HttpHeader.VARY, "Origin");
        if (origin != null && allowed.contains(origin)) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            if ("OPTIONS".equals(request.getMethod())) {
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type");
                response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
            }
        }
    }

    /** The errors in one line for {@code detail}: the first few messages and how many more there are. */
    private static String detail(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "The request could not be answered.";
        }
        String first = problems.stream().limit(DETAIL_ERRORS).map(p -> problem(p.path(), p.expected(), p.got()).message())
                .collect(Collectors.joining("; "));
        int more = problems.size() - DETAIL_ERRORS;
        return more > 0 ? first + "; and " + more + " more (see errors)" : first;
    }

    /** At most {@value #MAX_ECHO} characters, control characters replaced, an ellipsis where it was cut. */
    static String clip(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_ECHO) + 1);
        for (int i = 0; i < text.length() && out.length() < MAX_ECHO; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '\uFFFD' : c);
        }
        return text.length() > out.length() ? out.append('…').toString() : out.toString();
    }
}
