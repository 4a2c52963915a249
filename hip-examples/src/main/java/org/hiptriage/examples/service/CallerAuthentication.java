package org.hiptriage.examples.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may call: the CDS Hooks 2.0 check of a client's bearer JWT. The token must be signed (RS384, ES384,
 * RS256 or ES256; never {@code none} nor a shared-secret HMAC) by a key of the configured JWK Set (a file,
 * or a URL fetched and cached by nimbus-jose-jwt; the token's own {@code jku} is never followed), and carry
 * {@code iss} from the allow-list, {@code aud} naming this endpoint, {@code exp} in the future (at most
 * {@link #MAX_LIFETIME} ahead), {@code iat}, and a {@code jti} not seen before (remembered until the token
 * expires, at most {@link #DEFAULT_MEMORY} of them). Clocks may differ by {@link #CLOCK_SKEW}.
 */
public final class CallerAuthentication {

    /** The signature algorithms accepted: CDS Hooks recommends ES384 and RS384. */
    public static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384, JWSAlgorithm.RS256,
            JWSAlgorithm.ES256);
    /** How far the caller's clock may be from ours. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    /** The longest a token may still be valid for: CDS clients mint one per request, good for minutes. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(1);
    private static final int JWKS_TIMEOUT_MS = 2_000;
    private static final int JWKS_MAX_BYTES = 256 * 1024;

    /** How many unexpired tokens' jti are remembered at most. */
    public static final int DEFAULT_MEMORY = 100_000;

    /**
     * The check's answer.
     *
     * @param status 200 when the caller may go on; 401 when the token is refused; 503 when it cannot be checked now
     * @param problem what is wrong, never the token itself; null when accepted
     * @param issuer the accepted token's issuer, or null
     */
    public record Verdict(int status, String problem, String issuer) {

        /** Whether the caller may go on. */
        public boolean accepted() {
            return status == 200;
        }

        static Verdict refused(String problem) {
            return new Verdict(401, problem, null);
        }
    }

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Set<String> issuers;
    private final List<String> audiences;
    private final ReplayGuard replays;
    private final Clock clock;

    /**
     * A check against the keys of {@code keys}.
     *
     * @param issuers the {@code iss} values accepted
     * @param audiences the {@code aud} values accepted; empty: the URL of the endpoint called
     * @param memory how many unexpired jti to remember at most
     */
    public CallerAuthentication(JWKSource<SecurityContext> keys, Set<String> issuers, List<String> audiences, Clock clock,
            int memory) {
        if (issuers.isEmpty()) {
            throw new IllegalArgumentException("at least one issuer must be allowed");
        }
        this.issuers = Set.copyOf(issuers);
        this.audiences = List.copyOf(audiences);
        this.clock = clock;
        this.replays = new ReplayGuard(memory);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // the claims are checked below, each with its own message
        });
    }

    /**
     * The JWK Set named by {@code fileOrUrl}: an http(s) URL is fetched when first needed and cached (refreshed
     * in the background, retried once on failure, 2 seconds and 256 KiB at most); anything else is a JSON file read now, of which only the
     * public keys are kept.
     *
     * @throws IOException when the file cannot be read
     * @throws ParseException when the file is not a JWK Set
     */
    public static JWKSource<SecurityContext> jwks(String fileOrUrl) throws IOException, ParseException {
        String lower = fileOrUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            DefaultResourceRetriever retriever = new DefaultResourceRetriever(JWKS_TIMEOUT_MS, JWKS_TIMEOUT_MS, JWKS_MAX_BYTES);
            return JWKSourceBuilder.create(URI.create(fileOrUrl).toURL(), retriever).retrying(true).build();
        }
        JWKSet set = JWKSet.load(Path.of(fileOrUrl).toFile()).toPublicJWKSet();
        if (set.getKeys().isEmpty()) {
            throw new ParseException("the JWK Set " + fileOrUrl + " holds no public key", 0);
        }
        return new ImmutableJWKSet<>(set);
    }

    /** The issuers accepted. */
    public Set<String> issuers() {
        return issuers;
    }

    /** The audiences accepted; empty: the URL of the endpoint called. */
    public List<String> audiences() {
        return audiences;
    }

    /**
     * Checks a request's {@code Authorization} header.
     *
     * @param authorization the header's value, or null
     * @param endpoint the URL of the endpoint called, the {@code aud} expected when no audience is configured
     */
    public Verdict check(String authorization, String endpoint) {
        if (authorization == null || authorization.isBlank()) {
            return Verdict.refused("no Authorization header: CDS Hooks clients send \"Authorization: Bearer <JWT>\"");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Verdict.refused("the Authorization header must use the Bearer scheme");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(authorization.substring(7).strip());
        } catch (ParseException e) {
            return Verdict.refused("the bearer token is not a signed JWT");
        }
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            return Verdict.refused("the JWT's alg must be one of RS384, ES384, RS256, ES256, was " + algorithm);
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (KeySourceException e) {
            return new Verdict(503, "the JWK Set to check the JWT against cannot be had now", null);
        } catch (BadJOSEException e) {
            String message = String.valueOf(e.getMessage());
            return Verdict.refused(message.contains("no matching key") ? "no key of the JWK Set matches the JWT's kid and alg"
                    : "the JWT's signature does not verify against the JWK Set");
        } catch (JOSEException e) {
            return Verdict.refused("the JWT's signature could not be checked");
        }
        return claims(claims, endpoint);
    }

    private Verdict claims(JWTClaimsSet claims, String endpoint) {
        Instant now = clock.instant();
        String issuer = claims.getIssuer();
        if (issuer == null || !issuers.contains(issuer)) {
            return Verdict.refused("the JWT's iss must be one of the issuers this service allows"
                    + (issuer == null ? ", and it has none" : ""));
        }
        List<String> accepted = audiences.isEmpty() ? List.of(endpoint) : audiences;
        List<String> audience = claims.getAudience();
        if (audience.stream().noneMatch(accepted::contains)) {
            return Verdict.refused("the JWT's aud must be " + (accepted.size() == 1 ? accepted.get(0) : "one of " + accepted));
        }
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            return Verdict.refused("the JWT must have exp");
        }
        Instant expires = exp.toInstant();
        if (!expires.plus(CLOCK_SKEW).isAfter(now)) {
            return Verdict.refused("the JWT has expired");
        }
        if (expires.isAfter(now.plus(MAX_LIFETIME).plus(CLOCK_SKEW))) {
            return Verdict.refused("the JWT's exp must be at most " + MAX_LIFETIME.toMinutes() + " minutes ahead");
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            return Verdict.refused(iat == null ? "the JWT must have iat" : "the JWT's iat is in the future");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            return Verdict.refused("the JWT must have jti, a nonce against replays");
        }
        return switch (replays.firstUse(issuer + "\n" + jti, expires.plus(CLOCK_SKEW), now)) {
            case FIRST -> new Verdict(200, null, issuer);
            case REPLAYED -> Verdict.refused("the JWT's jti was already used: a token serves one request");
            case FULL -> new Verdict(503, "too many unexpired tokens to remember; try again shortly", null);
        };
    }
}
