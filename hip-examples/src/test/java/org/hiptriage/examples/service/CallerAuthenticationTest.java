package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.examples.service.CdsFixtures.body;
import static org.hiptriage.examples.service.CdsFixtures.prefetched;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may call: with a JWK Set, every POST needs a bearer JWT valid per CDS Hooks 2.0 (keys made by
 * nimbus here: an EC P-384 key for ES384 and an RSA key for RS384); each way of getting it wrong is 401
 * with a JSON error that says what, and never echoes the token.
 */
class CallerAuthenticationTest {

    private static final String ISSUER = "https://ehr.example.org";
    private static ECKey ecKey;
    private static RSAKey rsaKey;
    private static TriageServer server;
    private static URI base;
    private static String hookUrl;

    @BeforeAll
    static void start() throws Exception {
        ecKey = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
        rsaKey = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        JWKSet keys = new JWKSet(List.<JWK>of(ecKey.toPublicJWK(), rsaKey.toPublicJWK()));
        CallerAuthentication authentication = new CallerAuthentication(new ImmutableJWKSet<>(keys), Set.of(ISSUER), List.of(),
                Clock.systemUTC(), 1000);
        server = TriageServer.start(CdsFixtures.engine(), ServiceSettings.builder().host("127.0.0.1").port(0)
                .authentication(authentication).build());
        base = server.publicUrl();
        hookUrl = base + "/cds-services/hip-pain-triage";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JWTClaimsSet.Builder claims(String audience) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(audience).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).jwtID(UUID.randomUUID().toString());
    }

    private static String token(JWK key, JWSAlgorithm algorithm, JWTClaimsSet claims) throws Exception {
        JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static HttpResponse<String> hook(String token) {
        return CdsFixtures.post(base, "/cds-services/hip-pain-triage", prefetched().toString(),
                token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    private static void refused(String token, String because) {
        HttpResponse<String> response = hook(token);
        assertThat(response.statusCode()).as(because).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(body(response).at("/errors/0/path").asText()).isEqualTo("Authorization");
        assertThat(body(response).at("/errors/0/message").asText()).as(because).contains(because);
        if (token != null) {
            assertThat(response.body()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
        }
    }

    @Test
    void aValidTokenIsLetThroughOncePerJti() throws Exception {
        String es384 = token(ecKey, JWSAlgorithm.ES384, claims(hookUrl).build());
        HttpResponse<String> response = hook(es384);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response).get("cards")).hasSize(1);

        assertThat(hook(token(rsaKey, JWSAlgorithm.RS384, claims(hookUrl).build())).statusCode()).isEqualTo(200);
        // an aud given as an array holding this endpoint is as good
        assertThat(hook(token(rsaKey, JWSAlgorithm.RS256, claims(null).audience(List.of("https://other.example", hookUrl))
                .build())).statusCode()).isEqualTo(200);

        refused(es384, "already used");
    }

    @Test
    void eachWayOfGettingTheTokenWrongIs401() throws Exception {
        refused(null, "no Authorization header");
        refused("not.a.jwt", "not a signed JWT");
        // signed by a key that is not in the JWK Set, under the kid of one that is
        ECKey stranger = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
        refused(token(stranger, JWSAlgorithm.ES384, claims(hookUrl).build()), "signature does not verify");
        ECKey unknownKid = new ECKeyGenerator(Curve.P_384).keyID("ec-9").generate();
        refused(token(unknownKid, JWSAlgorithm.ES384, claims(hookUrl).build()), "no key of the JWK Set");
        refused(token(ecKey, JWSAlgorithm.ES384, claims(hookUrl).issuer("https://intruder.example").build()), "iss must be one of");
        refused(token(ecKey, JWSAlgorithm.ES384, claims("https://other.example/cds-services/hip-pain-triage").build()),
                "aud must be " + hookUrl);
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        refused(token(ecKey, JWSAlgorithm.ES384, claims(hookUrl).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(300))).build()), "expired");
        refused(token(ecKey, JWSAlgorithm.ES384, claims(hookUrl).jwtID(null).build()), "must have jti");
        refused(token(ecKey, JWSAlgorithm.ES384, claims(hookUrl).expirationTime(Date.from(Instant.now().plus(Duration.ofDays(2))))
                .build()), "at most 60 minutes ahead");
        // a shared-secret HMAC token is never accepted, whatever its claims
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(hookUrl).build());
        hmac.sign(new MACSigner(new byte[32]));
        refused(hmac.serialize(), "alg must be one of");
        // a token for the hook is not one for the feedback endpoint
        HttpResponse<String> feedback = CdsFixtures.post(base, "/cds-services/hip-pain-triage/feedback",
                "{\"feedback\": []}", Map.of("Authorization", "Bearer " + token(ecKey, JWSAlgorithm.ES384, claims(hookUrl).build())));
        assertThat(feedback.statusCode()).isEqualTo(401);
    }

    @Test
    void assessNeedsATokenTooWhileDiscoveryAndHealthStayOpen() throws Exception {
        String sample = Files.readString(Path.of("cases/lateral-hip-pain-gtps.json"));
        assertThat(CdsFixtures.post(base, "/assess", sample, Map.of()).statusCode()).isEqualTo(401);
        assertThat(CdsFixtures.post(base, "/assess", sample,
                Map.of("Authorization", "Bearer " + token(ecKey, JWSAlgorithm.ES384, claims(base + "/assess").build())))
                .statusCode()).isEqualTo(200);
        for (String path : List.of("/cds-services", "/health")) {
            assertThat(CdsFixtures.send(java.net.http.HttpRequest.newBuilder(URI.create(base + path)).GET().build()).statusCode())
                    .as(path).isEqualTo(200);
        }
    }

    @Test
    void theJtiMemoryForgetsExpiredTokensAndIsBounded() {
        ReplayGuard guard = new ReplayGuard(2);
        Instant now = Instant.parse("2025-01-15T09:30:00Z");
        assertThat(guard.firstUse("a", now.plusSeconds(60), now)).isEqualTo(ReplayGuard.Use.FIRST);
        assertThat(guard.firstUse("a", now.plusSeconds(60), now)).isEqualTo(ReplayGuard.Use.REPLAYED);
        assertThat(guard.firstUse("b", now.plusSeconds(120), now)).isEqualTo(ReplayGuard.Use.FIRST);
        assertThat(guard.firstUse("c", now.plusSeconds(120), now)).isEqualTo(ReplayGuard.Use.FULL);
        // a minute on, "a" has expired: forgotten, and room for "c"
        Instant later = now.plusSeconds(61);
        assertThat(guard.firstUse("c", later.plusSeconds(60), later)).isEqualTo(ReplayGuard.Use.FIRST);
        assertThat(guard.size()).isEqualTo(2);
    }

    @Test
    void aFullMemoryAnswers503RatherThanForgetALiveToken() throws Exception {
        CallerAuthentication small = new CallerAuthentication(new ImmutableJWKSet<>(new JWKSet(ecKey.toPublicJWK())),
                Set.of(ISSUER), List.of(), Clock.fixed(Instant.now(), ZoneOffset.UTC), 1);
        assertThat(small.check("Bearer " + token(ecKey, JWSAlgorithm.ES384, claims(hookUrl).build()), hookUrl).status())
                .isEqualTo(200);
        CallerAuthentication.Verdict full = small.check("Bearer " + token(ecKey, JWSAlgorithm.ES384, claims(hookUrl).build()),
                hookUrl);
        assertThat(full.status()).isEqualTo(503);
    }

    @Test
    void aJwkSetFileKeepsOnlyThePublicKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jwks.json");
        Files.writeString(file, new JWKSet(List.<JWK>of(ecKey, rsaKey)).toString(false)); // private parts included
        CallerAuthentication fromFile = new CallerAuthentication(CallerAuthentication.jwks(file.toString()), Set.of(ISSUER),
                List.of(hookUrl), Clock.systemUTC(), 10);
        assertThat(fromFile.check("Bearer " + token(rsaKey, JWSAlgorithm.RS384, claims(hookUrl).build()), "ignored").accepted())
                .isTrue();
        assertThat(((ImmutableJWKSet<?>) CallerAuthentication.jwks(file.toString())).getJWKSet().getKeys())
                .allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    }

    @Test
    void aJwkSetUrlIsFetchedWhenFirstNeeded() throws Exception {
        HttpServer jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JWKSet(rsaKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        List<String> fetched = new CopyOnWriteArrayList<>();
        jwks.createContext("/jwks.json", exchange -> {
            fetched.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(keys);
            }
        });
        jwks.start();
        try {
            CallerAuthentication remote = new CallerAuthentication(CallerAuthentication.jwks("http://127.0.0.1:"
                    + jwks.getAddress().getPort() + "/jwks.json"), Set.of(ISSUER), List.of(), Clock.systemUTC(), 10);
            assertThat(fetched).isEmpty();
            assertThat(remote.check("Bearer " + token(rsaKey, JWSAlgorithm.RS384, claims(hookUrl).build()), hookUrl).accepted())
                    .isTrue();
            assertThat(remote.check("Bearer " + token(ecKey, JWSAlgorithm.ES384, claims(hookUrl).build()), hookUrl).problem())
                    .contains("no key of the JWK Set");
            assertThat(fetched).isNotEmpty();
        } finally {
            jwks.stop(0);
        }
    }
}
