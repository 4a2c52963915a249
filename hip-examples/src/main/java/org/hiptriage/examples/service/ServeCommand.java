package org.hiptriage.examples.service;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.common.ExitCode;
import org.hiptriage.examples.common.Streams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hip-triage serve}: runs the HTTP service (and CDS Hooks 2.0 service) until stopped. Without
 * {@code --jwks} any caller is accepted, so it listens on loopback only unless told
 * {@code --insecure-allow-unauthenticated}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs hip-triage as an HTTP service: POST /assess, GET /health",
                "(/health/live, /health/ready) and CDS Hooks 2.0 (GET /cds-services,",
                "POST /cds-services/hip-pain-triage and its /feedback). Stop it with",
                "Ctrl-C or SIGTERM: it finishes the requests in progress. Without",
                "--jwks it accepts any caller, and so listens on loopback only unless",
                "--insecure-allow-unauthenticated is given. Logs (an access log,",
                "warnings) go to standard error."})
public final class ServeCommand implements Callable<Integer> {

    /** The environment variable that may hold the TLS key store's password. */
    public static final String TLS_PASSWORD_ENV = "HIP_TRIAGE_TLS_PASSWORD";

    @Option(names = "--port", paramLabel = "PORT", description = "the port (default ${DEFAULT-VALUE}; 0 for any free one)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "the address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for "
            + "every interface, which needs --jwks or --insecure-allow-unauthenticated)")
    String host = "127.0.0.1";

    @Option(names = "--max-bytes", paramLabel = "N", description = "the largest request body accepted, 1 to "
            + ServiceSettings.LARGEST_MAX_BYTES + " (default ${DEFAULT-VALUE}; POST /assess reads at most 65536 whatever this says)")
    int maxBytes = TriageHandler.DEFAULT_MAX_BYTES;

    @Option(names = "--body-timeout", paramLabel = "SECONDS", description = "the longest a request may take from its first byte "
            + "to the last of its body, 1 to 600 (default ${DEFAULT-VALUE}); then 408 and the connection is closed")
    int bodyTimeout = (int) ServiceSettings.DEFAULT_BODY_TIMEOUT.toSeconds();

    @Option(names = "--min-body-rate", paramLabel = "BYTES", description = "the fewest bytes a second a request body must average "
            + "after its first 2 seconds (default ${DEFAULT-VALUE}; 0 for no minimum); then 408 and the connection is closed")
    int minBodyRate = ServiceSettings.DEFAULT_MIN_BODY_RATE;

    @Option(names = "--stop-timeout", paramLabel = "SECONDS", description = "on SIGTERM or Ctrl-C, how long to let the requests in "
            + "progress finish, 0 to 300 (default ${DEFAULT-VALUE})")
    int stopTimeout = (int) ServiceSettings.DEFAULT_STOP_TIMEOUT.toSeconds();

    @Option(names = "--heap", paramLabel = "SIZE", description = "the largest heap, e.g. 512m or 2g (default: " + Heap.DEFAULT
            + " when the JVM was given no -Xmx nor -XX:MaxRAMPercentage; serve then starts itself again with -Xmx)")
    String heap;

    @Option(names = "--public-url", paramLabel = "URL", description = "the base URL callers use, e.g. https://cds.example.org "
            + "behind a proxy (default: http(s)://HOST:PORT as listened on); each endpoint's JWT audience is this plus its path")
    String publicUrl;

    @Option(names = "--jwks", paramLabel = "FILE|URL", description = "the CDS clients' JWK Set (public keys): every POST must then "
            + "carry a bearer JWT signed by one of its keys (RS384, ES384, RS256 or ES256)")
    String jwks;

    @Option(names = "--issuer", paramLabel = "ISS", description = "a JWT issuer (iss) allowed to call; repeat for several; "
            + "needed with --jwks")
    List<String> issuers = new ArrayList<>();

    @Option(names = "--audience", paramLabel = "URL", description = "a JWT audience (aud) accepted; repeat for several "
            + "(default: the URL of the endpoint called, e.g. PUBLIC-URL/cds-services/hip-pain-triage, as CDS Hooks says)")
    List<String> audiences = new ArrayList<>();

    @Option(names = "--insecure-allow-unauthenticated", description = "listen beyond loopback without --jwks: any caller who "
            + "reaches the port is served")
    boolean insecure;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "serve HTTPS with this PKCS12 key store (its password in "
            + "--tls-password-file or the environment variable " + TLS_PASSWORD_ENV + ")")
    Path tlsKeyStore;

    @Option(names = "--tls-password-file", paramLabel = "FILE", description = "a file whose first line is the key store's password")
    Path tlsPasswordFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "a browser origin allowed to read the answers, e.g. "
            + "https://ehr.example.org; repeat for several; 'none' for none (default: " + ServiceSettings.SANDBOX_ORIGIN
            + ", the CDS Hooks sandbox); never *")
    List<String> corsOrigins;

    @Option(names = "--rulebook-url", paramLabel = "URL", description = "the rulebook page the cards link to, each flag at "
            + "#f-<flag> (default: PUBLIC-URL/rulebook.html, served by this service)")
    String rulebookUrl;

    @Option(names = "--intake-url", paramLabel = "URL", description = "the SMART app launch URL of the intake, linked (type "
            + "smart) from the card shown when the patient has not answered the questionnaire yet (default: none; the card "
            + "then links to the questionnaire's canonical URL only)")
    String intakeUrl;

    @Spec
    CommandSpec spec;

    private static final String HIP_TRIAGE_MAIN = "org.hiptriage.examples.cli.HipTriageCli";

    private final Streams streams;
    private final PrintStream err;

    /** The service, saying where it listens on these streams' error; it returns 1 when it cannot start. */
    public ServeCommand(Streams streams) {
        this.streams = streams;
        this.err = streams.err();
    }

    @Override
    public Integer call() throws Exception {
        ServiceSettings settings = settings();
        if (heap != null && Heap.bytes(heap) < 0) {
            throw usage("--heap must be a size of at least 64 MiB, such as 512m or 2g: " + heap);
        }
        if (Heap.isChild()) {
            Heap.exitWhenParentGoes();
        } else if (streams.in() == System.in && (heap != null || !Heap.sizedByUser())) {
            // the process's own streams (not a test's), and a heap to bound: run as a child JVM with -Xmx
            String size = heap != null ? heap : Heap.DEFAULT;
            List<String> args = spec.root().commandLine().getParseResult().originalArgs();
            err.println("hip-triage serve: running in a child JVM with -Xmx" + size + " (--heap SIZE to change it; given -Xmx or "
                    + "-XX:MaxRAMPercentage, serve runs in this JVM)");
            try {
                return Heap.runChild(Heap.childCommand(size, args, HIP_TRIAGE_MAIN), settings.stopTimeout().toMillis());
            } catch (IOException e) {
                err.println("hip-triage serve: could not start the child JVM (" + e.getMessage() + "): running in this one, "
                        + "its heap unbounded by serve");
            }
        }
        TriageServer server;
        try {
            server = TriageServer.startLoading(TriageEngine::create, settings);
        } catch (IOException e) {
            err.println("hip-triage serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCode.FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("hip-triage serve: stopping (finishing the requests in progress, " + stopTimeout + " s at most)");
            try {
                server.close();
            } catch (RuntimeException e) {
                // stopping anyway
            }
            TriageEngine loaded = server.engine().getNow(null);
            if (loaded != null) {
                loaded.close();
            }
        }, "hip-triage-shutdown"));
        URI base = server.publicUrl();
        err.println("hip-triage service on " + (settings.tls() == null ? "http" : "https") + "://" + host + ":" + server.port()
                + ", called as " + base + "  (POST /assess, GET /health, GET /cds-services, POST " + TriageHandler.HOOK_PATH
                + ", POST " + TriageHandler.FEEDBACK_PATH + ", GET " + TriageHandler.RULEBOOK_PATH + ", GET " + TriageHandler.OPENAPI_PATH + ")");
        if (settings.authentication() == null) {
            String warning = "UNAUTHENTICATED: any caller that reaches " + host + ":" + server.port() + " is served "
                    + "(start with --jwks FILE|URL and --issuer ISS to require the CDS clients' signed JWTs)";
            err.println(warning); // standard error is where the logs go too: one line, not two
        } else {
            CallerAuthentication auth = settings.authentication();
            err.println("callers: a bearer JWT from " + auth.issuers() + " signed by a key of " + jwks + ", aud "
                    + (auth.audiences().isEmpty() ? base + "<endpoint path>" : auth.audiences().toString()));
            if (publicUrl == null && auth.audiences().isEmpty() && !loopback(host)) {
                err.println("note: callers reach this service by another name than " + base + ": give --public-url (the URL they "
                        + "use) so that their JWTs' aud matches");
            }
        }
        err.println("CORS origins: " + (settings.corsOrigins().isEmpty() ? "none" : settings.corsOrigins()) + "; cards link to "
                + server.links().rulebook() + (settings.intakeUrl() == null ? "" : " and the intake " + settings.intakeUrl()));
        err.println("heap: at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; request bodies: at most " + maxBytes
                + " bytes, within " + bodyTimeout + " s" + (minBodyRate > 0 ? ", at " + minBodyRate + " bytes/s at least" : ""));
        try {
            TriageEngine engine = server.engine().join();
            err.println("ready: rule base " + engine.ruleBaseVersion() + " loaded (GET " + TriageHandler.READY_PATH + " answers 200)");
        } catch (CompletionException e) {
            err.println("hip-triage serve: the rule base could not be loaded: " + e.getCause());
            server.close();
            return ExitCode.FAILED;
        }
        server.join();
        return ExitCode.OK;
    }

    /** The settings the options give; a usage error for options that do not go together. */
    ServiceSettings settings() {
        if (port < 0 || port > 65535) {
            throw usage("--port must be 0 to 65535");
        }
        if (maxBytes < 1 || maxBytes > ServiceSettings.LARGEST_MAX_BYTES) {
            throw usage("--max-bytes must be 1 to " + ServiceSettings.LARGEST_MAX_BYTES + " (4 MiB, for a CDS Hooks request with "
                    + "its prefetched resources; POST /assess reads at most 65536 bytes, the contract's limit, whatever this says): "
                    + maxBytes);
        }
        if (bodyTimeout < 1 || bodyTimeout > 600 || minBodyRate < 0 || stopTimeout < 0 || stopTimeout > 300) {
            throw usage("--body-timeout must be 1 to 600 seconds, --min-body-rate at least 0 and --stop-timeout 0 to 300 seconds");
        }
        ServiceSettings.Builder settings = ServiceSettings.builder().host(host).port(port).maxBytes(maxBytes)
                .bodyTimeout(Duration.ofSeconds(bodyTimeout)).minBodyRate(minBodyRate).stopTimeout(Duration.ofSeconds(stopTimeout))
                .feedbackLog(feedback -> {
                    FeedbackLog.SLF4J.record(feedback);
                    err.println("feedback " + feedback.line());
                });
        settings.authentication(authentication());
        if (jwks == null && !insecure && !loopback(host)) {
            throw usage("--host " + host + " is not loopback, and without --jwks any caller would be served: give --jwks FILE|URL "
                    + "and --issuer ISS, or --insecure-allow-unauthenticated if something in front (a proxy, a firewall) "
                    + "already keeps strangers out");
        }
        boolean https = tlsKeyStore != null;
        if (publicUrl != null) {
            settings.publicUrl(url("--public-url", publicUrl, false));
        }
        if (rulebookUrl != null) {
            settings.rulebookUrl(url("--rulebook-url", rulebookUrl, true));
        }
        if (intakeUrl != null) {
            settings.intakeUrl(url("--intake-url", intakeUrl, true));
        }
        settings.corsOrigins(origins());
        if (https) {
            settings.tls(new ServiceSettings.Tls(tlsKeyStore, password()));
        } else if (tlsPasswordFile != null) {
            throw usage("--tls-password-file goes with --tls-keystore");
        }
        return settings.build();
    }

    private CallerAuthentication authentication() {
        if (jwks == null) {
            if (!issuers.isEmpty() || !audiences.isEmpty()) {
                throw usage("--issuer and --audience go with --jwks");
            }
            return null;
        }
        if (issuers.isEmpty()) {
            throw usage("--jwks needs at least one --issuer: the JWT issuers allowed to call");
        }
        for (String audience : audiences) {
            url("--audience", audience, false);
        }
        try {
            return new CallerAuthentication(CallerAuthentication.jwks(jwks), new LinkedHashSet<>(issuers), audiences,
                    Clock.systemUTC(), CallerAuthentication.DEFAULT_MEMORY);
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw usage("--jwks " + jwks + " is not a readable JWK Set: " + e.getMessage());
        }
    }

    private Set<String> origins() {
        if (corsOrigins == null) {
            return Set.of(ServiceSettings.SANDBOX_ORIGIN);
        }
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : corsOrigins) {
            if (origin.equalsIgnoreCase("none")) {
                continue;
            }
            if (origin.contains("*")) {
                throw usage("--cors-origin must name an origin, never a wildcard: " + origin);
            }
            URI uri = url("--cors-origin", origin, false);
            if (!uri.getRawPath().isEmpty()) {
                throw usage("--cors-origin must be an origin (scheme://host[:port]), without a path: " + origin);
            }
            origins.add(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT));
        }
        return origins;
    }

    private char[] password() {
        if (!Files.isReadable(tlsKeyStore)) {
            throw usage("--tls-keystore " + tlsKeyStore + " cannot be read");
        }
        if (tlsPasswordFile != null) {
            try {
                String text = Files.readString(tlsPasswordFile, StandardCharsets.UTF_8);
                return text.lines().findFirst().orElse("").toCharArray();
            } catch (IOException e) {
                throw usage("--tls-password-file " + tlsPasswordFile + " cannot be read");
            }
        }
        String fromEnvironment = System.getenv(TLS_PASSWORD_ENV);
        if (fromEnvironment == null) {
            throw usage("--tls-keystore needs its password: --tls-password-file FILE or the environment variable " + TLS_PASSWORD_ENV);
        }
        return fromEnvironment.toCharArray();
    }

    /** An absolute http(s) URL without query or fragment (a query allowed where {@code query}), trailing slash dropped. */
    private URI url(String option, String value, boolean query) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawFragment() == null
                    && (query || uri.getRawQuery() == null) && uri.getRawUserInfo() == null) {
                return value.endsWith("/") ? URI.create(value.substring(0, value.length() - 1)) : uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw usage(option + " must be an absolute http(s) URL without fragment" + (query ? "" : " or query") + ": " + value);
    }

    private boolean loopback(String name) {
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw usage("--host " + name + " is not an address of this machine");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
