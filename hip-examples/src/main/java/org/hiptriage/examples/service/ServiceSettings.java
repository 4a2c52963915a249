package org.hiptriage.examples.service;

import java.net.URI;
import java.nio.file.Path;
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
 */
public record ServiceSettings(String host, int port, int maxBytes, URI publicUrl,
        CallerAuthentication authentication, Set<String> corsOrigins, URI rulebookUrl, URI intakeUrl, Tls tls,
        FeedbackLog feedbackLog) {

    /** The browser origin allowed by default: the CDS Hooks sandbox, which calls services from the browser. */
    public static final String SANDBOX_ORIGIN = "https://sandbox.cds-hooks.org";

    /** A PKCS12 key store and its password. */
    public record Tls(Path keyStore, char[] password) {
    }

    /** Copies the set of origins. */
    public ServiceSettings {
        corsOrigins = Set.copyOf(corsOrigins);
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

        /** The settings. */
        public ServiceSettings build() {
            return new ServiceSettings(host, port, maxBytes, publicUrl, authentication, corsOrigins, rulebookUrl,
                    intakeUrl, tls, feedbackLog);
        }
    }
}
