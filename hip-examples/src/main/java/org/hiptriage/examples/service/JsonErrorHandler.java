package org.hiptriage.examples.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.hiptriage.model.validation.Problem;

/**
 * The errors Jetty itself answers, before any route sees the request (a path it will not serve, two Content-Lengths, a
 * request line or headers too large, an unknown HTTP version, no Host, a failure while answering), in the service's
 * one shape ({@link Problems}: {@code application/problem+json} with the contract's {@code errors}) instead of Jetty's
 * HTML page, with the CORS headers when the request's Origin is known, and in the contract's words: what was
 * wrong with the request, never a Java class or a setting.
 */
final class JsonErrorHandler extends ErrorHandler {

    /** A Java class or package name, which a message must not repeat. */
    private static final Pattern CLASS_NAME = Pattern.compile("([a-z]+\\.){2,}|Exception|Error\\b|\\$");

    private final Set<String> corsOrigins;
    private final int requestHeaderBytes;

    /**
     * An error handler for a service allowing these CORS origins.
     *
     * @param requestHeaderBytes the largest request line and headers accepted (Jetty's request header size)
     */
    JsonErrorHandler(Set<String> corsOrigins, int requestHeaderBytes) {
        this.corsOrigins = Set.copyOf(corsOrigins);
        this.requestHeaderBytes = requestHeaderBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Object cause = request.getAttribute(ERROR_EXCEPTION);
        String reason = (String) request.getAttribute(ERROR_MESSAGE);
        if (cause instanceof HttpException http) {
            status = http.getCode();
            reason = http.getReason() != null ? http.getReason() : reason;
        }
        if (status < HttpStatus.BAD_REQUEST_400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Problems.cors(request, response, corsOrigins);
        if (HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        Problems.send(response, callback, status, List.of(problem(status, plain(reason), request)), false);
        return true;
    }

    /** What was wrong with the request, in the contract's words. */
    private Problem problem(int status, String reason, Request request) {
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        return switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> new Problem("$", "must have a request line (method, path and query) of at most "
                    + requestHeaderBytes + " bytes", "a longer one");
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> new Problem("$", "must have headers of at most "
                    + requestHeaderBytes + " bytes in all", "larger headers");
            case HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505 -> Problems.problem("$", "must be HTTP/1.1 or HTTP/1.0", reason);
            case HttpStatus.REQUEST_TIMEOUT_408 -> new Problem("$", "must send the whole request in time", "a request that stalled");
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> Problems.problem("$", "must have a smaller body", reason);
            case HttpStatus.NOT_FOUND_404 -> Problems.problem("$", "must be a path this service answers", target(request));
            case HttpStatus.METHOD_NOT_ALLOWED_405 -> Problems.problem("$", "must use a method this path answers", request.getMethod());
            case HttpStatus.INTERNAL_SERVER_ERROR_500 -> new Problem("$", "could not be answered: the service failed", null);
            case HttpStatus.SERVICE_UNAVAILABLE_503 -> new Problem("$", "could not be answered now: try again shortly", null);
            case HttpStatus.BAD_REQUEST_400 -> badRequest(lower, reason, request);
            default -> Problems.problem("$", "could not be answered", reason);
        };
    }

    private static Problem badRequest(String lower, String reason, Request request) {
        if (lower.contains("content-length")) {
            return Problems.problem("Content-Length", "must be one valid Content-Length header", reason);
        }
        if (lower.contains("transfer-encoding")) {
            return Problems.problem("Transfer-Encoding", "must be one valid Transfer-Encoding, chunked last", reason);
        }
        if (lower.contains("host")) {
            return new Problem("Host", "must name the host (HTTP/1.1 requires a Host header)", "no Host header");
        }
        if (lower.contains("uri") || lower.contains("path") || lower.contains("ambiguous")) {
            return Problems.problem("$", "must be a plain path: no encoded '/', no '.' or '..' segments, no control characters",
                    target(request));
        }
        if (reason == null || reason.equals("Bad Request")) {
            // the parser gave up on the request line itself (a path above the root, an encoded NUL, no leading '/'…)
            return new Problem("$", "must be a well-formed HTTP/1.1 request: a method, a path that starts with '/' and stays "
                    + "below it, with no encoded control characters, and the version", "a request line that could not be read");
        }
        return Problems.problem("$", "must be a well-formed HTTP/1.1 request", reason);
    }

    /** The request's target as it came, or a stand-in when it could not be read. */
    private static String target(Request request) {
        try {
            String target = request.getHttpURI() == null ? null : request.getHttpURI().getPathQuery();
            return target == null || target.isEmpty() ? "a target that could not be read" : target;
        } catch (RuntimeException e) {
            return "a target that could not be read";
        }
    }

    /** Jetty's reason, unless it names a class (then nothing). */
    private static String plain(String reason) {
        return reason == null || CLASS_NAME.matcher(reason).find() ? null : reason;
    }
}
