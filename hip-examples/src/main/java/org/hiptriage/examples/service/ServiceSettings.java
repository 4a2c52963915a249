package org.hiptriage.examples.service;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * How the service runs: where it listens, what URL its callers use, who may call it, which browser
 * origins may read its answers, and where its cards link. Made with {@link #builder()}.
 *
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param maxBytes the largest request body accepted
 * @param publicUrl the base URL callers use (scheme, host, port, no path); null: the address listened on
 * @param authentication the callers' JWT check; null: any caller is accepted
 * @param corsOrigins the browser origins allowed to read the answers (never {@code *})
 * @param rulebookUrl the rulebook page the cards link to; null: the rulebook this service serves
 * @param intakeUrl the SMART app launch URL of the intake; null: the card links to the questionnaire only
 * @param tls the TLS key store; null: plain HTTP
 * @param feedbackLog where card feedback goes
 * @param bodyTimeout the longest a request may take from its first byte to the last of its body (then 408)
 * @param minBodyRate the fewest bytes a second a request body must average after its first 2 seconds (then 408); 0 for none
 * @param stopTimeout how long a stop waits for the requests in progress to finish
 */
public record ServiceSettings(String host, int port, int maxBytes, URI publicUrl,
        CallerAuthentication authentication, Set<String> corsOrigins, URI rulebookUrl, URI intakeUrl, Tls tls,
        FeedbackLog feedbackLog, Duration bodyTimeout, int minBodyRate, Duration stopTimeout) {

    /** The browser origin allowed by default: the CDS Hooks sandbox, which calls services from the browser. */
    public static final String SANDBOX_ORIGIN = "https://sandbox.cds-hooks.org";

    /** A PKCS12 key store and its password. */
    public record Tls(Path keyStore, char[] password) {
    }

    /**
     * The largest {@code maxBytes}: 4 MiB, for a CDS Hooks request carrying its prefetched resources (the service
     * fetches a resource of at most 2 MiB itself). {@code POST /assess} never reads past the 64 KiB the contract's
     * reader accepts, whatever the limit.
     */
    public static final int LARGEST_MAX_BYTES = 4 * 1024 * 1024;
    /** The default {@link #bodyTimeout()}: 20 seconds. */
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(20);
    /** The default {@link #minBodyRate()}: 512 bytes a second. */
    public static final int DEFAULT_MIN_BODY_RATE = 512;
    /** The default {@link #stopTimeout()}: 10 seconds. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    /** Copies the set of origins; refuses limits out of range. */
    public ServiceSettings {
        corsOrigins = Set.copyOf(corsOrigins);
        if (maxBytes < 1 || maxBytes > LARGEST_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be 1 to " + LARGEST_MAX_BYTES + ", was " + maxBytes);
        }
        new BodyReader.Pace(bodyTimeout, minBodyRate); // checks them
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative");
        }
    }

    /** How slowly a request body may come. */
    BodyReader.Pace pace() {
        return new BodyReader.Pace(bodyTimeout, minBodyRate);
    }

    /** Settings for loopback on {@code host:port}: unauthenticated, CORS for the sandbox only. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ServiceSettings}; every field has the default named on the record. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private int maxBytes = TriageHandler.DEFAULT_MAX_BYTES;
        private URI publicUrl;
        private CallerAuthentication authentication;
        private Set<String> corsOrigins = Set.of(SANDBOX_ORIGIN);
        private URI rulebookUrl;
        private URI intakeUrl;
        private Tls tls;
        private FeedbackLog feedbackLog = FeedbackLog.SLF4J;
        private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
        private int minBodyRate = DEFAULT_MIN_BODY_RATE;
        private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;

        private Builder() {
        }

        /** The address to listen on. */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /** The port, 0 for any free one. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The largest request body accepted. */
        public Builder maxBytes(int value) {
            this.maxBytes = value;
            return this;
        }

        /** The base URL callers use. */
        public Builder publicUrl(URI value) {
            this.publicUrl = value;
            return this;
        }

        /** The callers' JWT check. */
        public Builder authentication(CallerAuthentication value) {
            this.authentication = value;
            return this;
        }

        /** The browser origins allowed. */
        public Builder corsOrigins(Set<String> value) {
            this.corsOrigins = value;
            return this;
        }

        /** The rulebook page the cards link to. */
        public Builder rulebookUrl(URI value) {
            this.rulebookUrl = value;
            return this;
        }

        /** The SMART app launch URL of the intake. */
        public Builder intakeUrl(URI value) {
            this.intakeUrl = value;
            return this;
        }

        /** The TLS key store. */
        public Builder tls(Tls value) {
            this.tls = value;
            return this;
        }

        /** Where card feedback goes. */
        public Builder feedbackLog(FeedbackLog value) {
            this.feedbackLog = value;
            return this;
        }

        /** The longest a request may take from its first byte to the last of its body. */
        public Builder bodyTimeout(Duration value) {
            this.bodyTimeout = value;
            return this;
        }

        /** The fewest bytes a second a request body must average after its first 2 seconds; 0 for none. */
        public Builder minBodyRate(int value) {
            this.minBodyRate = value;
            return this;
        }

        /** How long a stop waits for the requests in progress to finish. */
        public Builder stopTimeout(Duration value) {
            this.stopTimeout = value;
            return this;
        }

        /** The settings. */
        public ServiceSettings build() {
            return new ServiceSettings(host, port, maxBytes, publicUrl, authentication, corsOrigins, rulebookUrl,
                    intakeUrl, tls, feedbackLog, bodyTimeout, minBodyRate, stopTimeout);
        }
    }
}
