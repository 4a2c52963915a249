package org.hiptriage.examples.service;

import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one line a request, on the SLF4J logger {@value #LOGGER}, INFO (WARN for a 5xx answer):
 * {@code POST /assess 200 12 ms 1843 B id=3f9c0a7d1e2b4c58} (a probe's 503, not ready, is INFO). It names the method, the path (the service's
 * own paths as they are, any other clipped to 60 characters of a safe alphabet), the status, the time
 * from the request's first byte to its answer, the answer's size and the request id
 * ({@code X-Request-Id}); never a query string, a header, a body, nor the caller's address. Jetty
 * calls it for every request, those it refuses itself (a malformed request) included.
 */
final class AccessLog implements RequestLog {

    /** The logger's name. */
    static final String LOGGER = "org.hiptriage.examples.service.access";
    /** The request attribute holding the request id. */
    static final String REQUEST_ID = "org.hiptriage.requestId";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9/._~-]");
    private static final int MAX_PATH = 60;

    @Override
    public void log(Request request, Response response) {
        int status = response.getStatus();
        String path = path(Request.getPathInContext(request));
        String line = clip(request.getMethod(), 16) + " " + path + " " + status + " "
                + NanoTime.millisSince(request.getBeginNanoTime()) + " ms " + Response.getContentBytesWritten(response) + " B id="
                + (request.getAttribute(REQUEST_ID) instanceof String id ? id : "-");
        if (status >= 500 && !(status == 503 && path.startsWith("/health"))) { // a probe's 503 says "not ready", not a failure
            LOG.warn("{}", line);
        } else {
            LOG.info("{}", line);
        }
    }

    /** The path as logged: one of the service's own as it is; any other clipped and reduced to a safe alphabet. */
    static String path(String path) {
        if (path == null) {
            return "-";
        }
        return TriageHandler.isRoute(path) ? path : clip(path, MAX_PATH);
    }

    /** At most {@code max} characters of {@code text}, each outside a safe alphabet replaced by {@code ?}. */
    private static String clip(String text, int max) {
        String safe = UNSAFE.matcher(text.length() > max ? text.substring(0, max) : text).replaceAll("?");
        return text.length() > max ? safe + "…" : safe;
    }
}
