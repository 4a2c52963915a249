package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.hiptriage.examples.cli.HipTriageCli;
import org.hiptriage.examples.common.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code hip-triage serve}'s options: what it refuses before it listens, and HTTPS with a PKCS12 key store. */
class ServeCommandTest {

    private static final Streams QUIET = Streams.of(new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    /** The settings {@code serve} makes of {@code args} (a usage error as a ParameterException). */
    static ServiceSettings settings(String... args) {
        ServeCommand command = new ServeCommand(QUIET);
        new CommandLine(command).parseArgs(args);
        return command.settings();
    }

    @Test
    void anUnauthenticatedServiceBeyondLoopbackIsRefusedWithTheReason() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HipTriageCli.run(new String[] {"serve", "--host", "0.0.0.0", "--port", "0"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--host 0.0.0.0 is not loopback", "--jwks",
                "--insecure-allow-unauthenticated", "Usage: hip-triage serve");
        // loopback, or the flag, is let through
        assertThat(settings("--host", "localhost").authentication()).isNull();
        assertThat(settings("--host", "0.0.0.0", "--insecure-allow-unauthenticated").host()).isEqualTo("0.0.0.0");
    }

    @Test
    void optionsThatDoNotGoTogetherAreUsageErrors() {
        assertThatThrownBy(() -> settings("--jwks", "jwks.json")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("--jwks needs at least one --issuer");
        assertThatThrownBy(() -> settings("--issuer", "https://ehr.example.org")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("go with --jwks");
        assertThatThrownBy(() -> settings("--jwks", "no-such-file.json", "--issuer", "https://ehr.example.org"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("not a readable JWK Set");
        assertThatThrownBy(() -> settings("--cors-origin", "*")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("never a wildcard");
        assertThatThrownBy(() -> settings("--cors-origin", "https://ehr.example.org/app")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("without a path");
        assertThatThrownBy(() -> settings("--intake-url", "smart-app")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("--intake-url must be an absolute http(s) URL");
        assertThatThrownBy(() -> settings("--tls-password-file", "pw")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("goes with --tls-keystore");
    }

    @Test
    void corsOriginsDefaultToTheSandboxAndCanBeReplacedOrTurnedOff() {
        assertThat(settings().corsOrigins()).containsExactly("https://sandbox.cds-hooks.org");
        assertThat(settings("--cors-origin", "https://EHR.example.org", "--cors-origin", "http://localhost:3000").corsOrigins())
                .containsExactlyInAnyOrder("https://ehr.example.org", "http://localhost:3000");
        assertThat(settings("--cors-origin", "none").corsOrigins()).isEmpty();
    }

    @Test
    void withAKeyStoreItServesHttps(@TempDir Path dir) throws Exception {
        Path keyStore = dir.resolve("service.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "hip-triage", "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=localhost",
                "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", "changeit-test").redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        Path password = dir.resolve("password.txt");
        Files.writeString(password, "changeit-test\n");

        ServiceSettings settings = settings("--port", "0", "--tls-keystore", keyStore.toString(), "--tls-password-file",
                password.toString());

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keyStore.toFile())) {
            trusted.load(in, "changeit-test".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        try (TriageServer server = TriageServer.start(CdsFixtures.engine(), settings)) {
            assertThat(server.publicUrl().getScheme()).isEqualTo("https");
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(server.publicUrl() + "/health"))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            // the card links follow the public URL
            assertThat(server.links().rulebook()).isEqualTo(URI.create(server.publicUrl() + "/rulebook.html"));
        }
    }
}
