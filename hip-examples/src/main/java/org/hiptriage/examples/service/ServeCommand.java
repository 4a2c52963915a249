package org.hiptriage.examples.service;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.common.ExitCode;
import org.hiptriage.examples.common.Streams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hip-triage serve [--host H] [--port P] [--max-bytes N]}: runs the HTTP service until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs hip-triage as an HTTP service: POST /assess, GET /health and CDS Hooks.",
                "CDS Hooks 2.0: GET /cds-services, POST /cds-services/hip-pain-triage. Stop it with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "the port (default ${DEFAULT-VALUE}; 0 for any free one)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "the address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host = "127.0.0.1";

    @Option(names = "--max-bytes", paramLabel = "N", description = "the largest request body accepted (default ${DEFAULT-VALUE})")
    int maxBytes = TriageHandler.DEFAULT_MAX_BYTES;

    private final PrintStream err;

    /** The service, saying where it listens on these streams' error; it returns 1 when it cannot start. */
    public ServeCommand(Streams streams) {
        this.err = streams.err();
    }

    @Override
    public Integer call() throws Exception {
        if (maxBytes < 1 || port < 0 || port > 65535) {
            err.println("--port must be 0 to 65535 and --max-bytes at least 1");
            return ExitCode.FAILED;
        }
        TriageEngine engine = TriageEngine.create();
        TriageServer server = TriageServer.start(engine, host, port, maxBytes);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // stopping anyway
            }
            engine.close();
        }, "hip-triage-shutdown"));
        err.println("hip-triage service on http://" + host + ":" + server.port()
                + "  (POST /assess, GET /health, GET /cds-services, POST /cds-services/" + CdsHooks.SERVICE_ID + ")");
        server.join();
        return ExitCode.OK;
    }
}
