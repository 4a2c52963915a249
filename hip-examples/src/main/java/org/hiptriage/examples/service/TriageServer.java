package org.hiptriage.examples.service;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.hiptriage.engine.TriageEngine;

/** The HTTP service: a Jetty 12 server with a {@link TriageHandler}; {@link #close()} stops it. */
public final class TriageServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private TriageServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts the service.
     *
     * @param engine the engine every request shares (not closed by the server)
     * @param host the address to listen on, e.g. 127.0.0.1
     * @param port the port, 0 for any free one
     * @param maxBytes the largest request body accepted
     */
    public static TriageServer start(TriageEngine engine, String host, int port, int maxBytes) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("hip-triage-http");
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendDateHeader(true);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new TriageHandler(engine, maxBytes));
        server.setStopTimeout(5_000);
        server.start();
        return new TriageServer(server, connector);
    }

    /** The port it listens on (the real one when started on port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server, letting requests in progress finish (up to 5 seconds). */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly", e);
        }
    }
}
