package org.hiptriage.examples.service;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hiptriage.examples.fhir.FhirR4;
import org.hiptriage.examples.fhir.QuestionnaireResponses;
import org.hiptriage.model.validation.Problem;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Reads a resource or a search from the CDS client's FHIR server: a plain HTTP GET of a URL under the
 * server's base (never anywhere else: no redirects are followed), with the request's access token as a
 * bearer token, a short timeout and a size limit; the answer is read with HAPI's JSON parser.
 */
final class FhirFetcher {

    /** How long a fetch may take, connecting included. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** The largest answer read: 2 MiB (the searches ask for one resource). */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    /** Why a fetch gave nothing; its message never holds the access token. */
    static final class FetchFailed extends Exception {
        private static final long serialVersionUID = 1L;

        FetchFailed(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final Duration timeout;

    /** A fetcher giving up after {@code timeout}. */
    FhirFetcher(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * GETs {@code base/relative}.
     *
     * @param base the FHIR server's base URL, without a trailing slash
     * @param relative a path and query under it, e.g. {@code Patient/123}
     * @param accessToken the bearer token, or null
     * @throws FetchFailed when the server cannot be reached, answers other than 200, or not with a FHIR resource
     */
    IBaseResource get(URI base, String relative, String accessToken) throws FetchFailed {
        URI uri = URI.create(base + "/" + relative);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "application/fhir+json");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FetchFailed("GET " + relative + " could not reach the FHIR server (" + (e instanceof java.net.http.HttpTimeoutException
                    ? "no answer within " + timeout.toSeconds() + " s" : "the connection failed") + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("GET " + relative + " was interrupted");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new FetchFailed("GET " + relative + " answered HTTP " + response.statusCode());
            }
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new FetchFailed("GET " + relative + " answered more than " + MAX_BYTES + " bytes");
            }
            String text = new String(body, StandardCharsets.UTF_8);
            List<Problem> numbers = QuestionnaireResponses.numberProblems(text);
            if (!numbers.isEmpty()) {
                throw new FetchFailed("GET " + relative + " answered a number no answer can be (" + numbers.get(0).message() + ")");
            }
            // as a prefetched one: a Patient with a value HAPI cannot read is refused
            return (relative.startsWith("Patient/") ? FhirJson.parser() : FhirR4.parser()).parseResource(text);
        } catch (IOException e) {
            throw new FetchFailed("GET " + relative + " could not be read (the answer stopped before its end)");
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new FetchFailed("GET " + relative + " answered with something that is not a FHIR R4 resource in JSON");
        }
    }
}
