package org.hiptriage.examples.service;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.hiptriage.engine.TriageEngine;

/**
 * The HTTP service: a Jetty 12 server with a {@link TriageHandler}, over HTTP or HTTPS, and the {@link AccessLog};
 * {@link #close()} stops it gracefully (no new connection accepted, the requests in progress finished within
 * {@link ServiceSettings#stopTimeout()}).
 */
public final class TriageServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final URI publicUrl;
    private final TriageHandler handler;
    private final CompletableFuture<TriageEngine> engine;

    private TriageServer(Server server, ServerConnector connector, URI publicUrl, TriageHandler handler,
            CompletableFuture<TriageEngine> engine) {
        this.server = server;
        this.connector = connector;
        this.publicUrl = publicUrl;
        this.handler = handler;
        this.engine = engine;
    }

    /**
     * Starts the service on loopback-style defaults: no authentication, CORS for the CDS Hooks sandbox.
     *
     * @param engine the engine every request shares (not closed by the server)
     * @param host the address to listen on, e.g. 127.0.0.1
     * @param port the port, 0 for any free one
     * @param maxBytes the largest request body accepted
     */
    public static TriageServer start(TriageEngine engine, String host, int port, int maxBytes) throws Exception {
        return start(engine, ServiceSettings.builder().host(host).port(port).maxBytes(maxBytes).build());
    }

    /**
     * Starts the service as {@code settings} say.
     *
     * @param engine the engine every request shares (not closed by the server)
     */
    public static TriageServer start(TriageEngine engine, ServiceSettings settings) throws Exception {
        FhirJson.warmUp();
        return start(CompletableFuture.completedFuture(engine), settings);
    }

    /**
     * Starts listening at once and loads the engine with {@code load} on a thread of its own: until it is loaded the
     * readiness probe answers 503 STARTING and the POST routes 503, while the liveness probe answers 200.
     * {@link #engine()} completes when it is loaded (or fails with what {@code load} threw).
     */
    public static TriageServer startLoading(Supplier<TriageEngine> load, ServiceSettings settings) throws Exception {
        CompletableFuture<TriageEngine> engine = new CompletableFuture<>();
        TriageServer server = start(engine, settings);
        Thread loader = new Thread(() -> {
            try {
                FhirJson.warmUp();
                engine.complete(load.get());
            } catch (RuntimeException | Error e) {
                engine.completeExceptionally(e);
            }
        }, "hip-triage-load");
        loader.setDaemon(true);
        loader.start();
        return server;
    }

    private static TriageServer start(CompletableFuture<TriageEngine> engine, ServiceSettings settings) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("hip-triage-http");
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendDateHeader(true);
        ServerConnector connector;
        if (settings.tls() == null) {
            connector = new ServerConnector(server, new HttpConnectionFactory(config));
        } else {
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(settings.tls().keyStore().toAbsolutePath().toString());
            tls.setKeyStoreType("PKCS12");
            tls.setKeyStorePassword(new String(settings.tls().password()));
            config.addCustomizer(new SecureRequestCustomizer());
            connector = new ServerConnector(server, new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
                    new HttpConnectionFactory(config));
        }
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        // Jetty's own errors (a malformed request, a bad path, no Host…) in the service's problem+json shape, not HTML
        server.setErrorHandler(new JsonErrorHandler(settings.corsOrigins(), config.getRequestHeaderSize()));
        try {
            connector.open(); // binds the port now, so that the public URL can name it
            URI publicUrl = settings.publicUrl() != null ? settings.publicUrl()
                    : URI.create((settings.tls() == null ? "http" : "https") + "://" + hostInUrl(settings.host()) + ":"
                            + connector.getLocalPort());
            TriageHandler handler = new TriageHandler(engine, settings, publicUrl);
            // graceful stop: the connector stops accepting, requests in progress finish (new ones on open connections get 503)
            server.setHandler(new GracefulHandler(handler));
            server.setStopTimeout(settings.stopTimeout().toMillis());
            server.setRequestLog(new AccessLog());
            server.start();
            return new TriageServer(server, connector, publicUrl, handler, engine);
        } catch (Exception | Error e) {
            server.stop();
            throw e;
        }
    }

    private static String hostInUrl(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.isBlank()) {
            return "localhost";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** The port it listens on (the real one when started on port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base URL its callers use: the JWT audience of each endpoint is this plus the endpoint's path. */
    public URI publicUrl() {
        return publicUrl;
    }

    /** The engine, once loaded. */
    public CompletableFuture<TriageEngine> engine() {
        return engine;
    }

    /** Where its cards link. */
    public CdsHooks.Links links() {
        return handler.links();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /**
     * Stops the server: the readiness probe turns to 503 STOPPING, the port stops accepting, and the requests in
     * progress finish (up to {@link ServiceSettings#stopTimeout()}; those still running then are cut).
     */
    @Override
    public void close() {
        handler.stopping();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly", e);
        }
    }
}
