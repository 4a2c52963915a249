package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hiptriage.model.json.ContractSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI 3.1 document served at {@code GET /openapi.json} against the real service on loopback: every answer of
 * a set of real requests (one or more for each documented status) has a status, a content type and a body the
 * document describes, the bodies checked by a JSON Schema validator against the schemas the document references
 * (the contract's, by their {@code $id}); and the routes the service answers are exactly the documented ones.
 */
class OpenApiTest {

    /** Where the served document is registered for the validator (its own references are relative to it). */
    private static final String DOCUMENT_ID = "https://hiptriage.org/openapi.json";
    /** Documented answers these requests cannot provoke here, and the test that covers each. */
    private static final Set<String> NOT_PROVOKED = Set.of(
            "POST /assess 401", "POST /cds-services/hip-pain-triage 401", "POST /cds-services/hip-pain-triage/feedback 401",
            "POST /assess 503", "POST /cds-services/hip-pain-triage 503", "POST /cds-services/hip-pain-triage/feedback 503",
            // CallerAuthenticationTest (a service started with --jwks)
            "POST /assess 500", "POST /cds-services/hip-pain-triage 500", "POST /cds-services/hip-pain-triage/feedback 500",
            // a failure of the service itself
            "GET /rulebook.html 404", "HEAD /rulebook.html 404",
            // a build without the rulebook
            "POST /assess 408", "POST /cds-services/hip-pain-triage 408", "POST /cds-services/hip-pain-triage/feedback 408",
            // SlowClientsTest (a body slower than the service's pace)
            "GET /health 503", "HEAD /health 503", "GET /health/ready 503", "HEAD /health/ready 503");
            // OrchestrationTest (a service starting or stopping)
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private static TriageServer server;
    private static URI base;
    private static JsonNode document;
    private static SchemaRegistry registry;

    @BeforeAll
    static void start() throws Exception {
        server = TriageServer.start(CdsFixtures.engine(), ServiceSettings.builder().host("127.0.0.1").port(0).build());
        base = server.publicUrl();
        HttpResponse<String> served = request("GET", "/openapi.json", Map.of(), null);
        assertThat(served.statusCode()).isEqualTo(200);
        document = CdsFixtures.JSON.readTree(served.body());
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaIdResolvers(ids -> ids.mapPrefix(ContractSchemas.ID_PREFIX, "classpath:" + ContractSchemas.RESOURCE_FOLDER))
                .schemas(Map.of(DOCUMENT_ID, served.body())));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> request(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return CdsFixtures.send(request.build());
    }

    private static final Map<String, String> AS_JSON = Map.of("Content-Type", "application/json");

    /** One real request: what it is, and what the service answered. */
    private record Exchange(String method, String path, HttpResponse<String> response) {
        String key() {
            return method + " " + path + " " + response.statusCode();
        }
    }

    private static Exchange exchange(String method, String path, Map<String, String> headers, String body) {
        return new Exchange(method, path, request(method, path, headers, body));
    }

    /** Requests that provoke every documented answer that can be provoked on an unauthenticated service. */
    private static List<Exchange> exchanges() throws IOException {
        String sample = Files.readString(Path.of("cases/lateral-hip-pain-gtps.json"));
        String tooLarge = "{\"runner\": \"" + "x".repeat(TriageHandler.DEFAULT_MAX_BYTES) + "\"}";
        String feedback = "{\"feedback\": [{\"card\": \"4e0a3a1e-3283-4575-ab82-028d55fe2719\", \"outcome\": \"accepted\", "
                + "\"outcomeTimestamp\": \"2025-01-15T09:30:00Z\"}]}";
        List<Exchange> out = new ArrayList<>();
        out.add(exchange("POST", "/assess", AS_JSON, sample));
        out.add(exchange("POST", "/assess", Map.of("Content-Type", "application/json", "Accept", "application/fhir+json"), sample));
        out.add(exchange("POST", "/assess", AS_JSON, "{\"runner\": {\"age\": 7}}"));
        out.add(exchange("POST", "/assess", AS_JSON, "{\"runner\": "));
        out.add(exchange("POST", "/assess", Map.of("Content-Type", "text/plain"), sample));
        out.add(exchange("POST", "/assess", AS_JSON, tooLarge));
        String hook = TriageHandler.HOOK_PATH;
        out.add(exchange("POST", hook, AS_JSON, CdsFixtures.prefetched().toString()));
        var intake = CdsFixtures.prefetched();
        ((com.fasterxml.jackson.databind.node.ObjectNode) intake.get("prefetch")).putNull("questionnaireResponse");
        out.add(exchange("POST", hook, AS_JSON, intake.toString()));
        out.add(exchange("POST", hook, AS_JSON, CdsFixtures.hookRequest().toString()));
        out.add(exchange("POST", hook, AS_JSON, "{\"hook\": \"order-sign\"}"));
        out.add(exchange("POST", hook, Map.of("Content-Type", "text/plain"), "{}"));
        out.add(exchange("POST", hook, AS_JSON, tooLarge));
        String feedbackPath = TriageHandler.FEEDBACK_PATH;
        out.add(exchange("POST", feedbackPath, AS_JSON, feedback));
        out.add(exchange("POST", feedbackPath, AS_JSON, "{\"feedback\": []}"));
        out.add(exchange("POST", feedbackPath, Map.of("Content-Type", "text/plain"), feedback));
        out.add(exchange("POST", feedbackPath, AS_JSON, tooLarge));
        for (String path : List.of("/health", "/health/live", "/health/ready", "/cds-services", "/rulebook.html", "/openapi.json")) {
            out.add(exchange("GET", path, Map.of(), null));
            out.add(exchange("HEAD", path, Map.of(), null));
        }
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
            out.add(exchange("OPTIONS", paths.next(), Map.of("Origin", ServiceSettings.SANDBOX_ORIGIN,
                    "Access-Control-Request-Method", "POST"), null));
        }
        return out;
    }

    @Test
    void everyAnswerIsDescribedByTheDocumentStatusContentTypeAndBody() throws IOException {
        List<Exchange> exchanges = exchanges();
        List<String> failures = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Exchange e : exchanges) {
            seen.add(e.key());
            String pointer = "/paths/" + escape(e.path()) + "/" + e.method().toLowerCase(Locale.ROOT) + "/responses/"
                    + e.response().statusCode();
            JsonNode described = resolve(document.at(pointer));
            if (described.isMissingNode()) {
                failures.add(e.key() + ": not in the document");
                continue;
            }
            String body = e.response().body();
            String mediaType = e.response().headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip()).orElse(null);
            JsonNode content = described.get("content");
            if (content == null) {
                if (!body.isEmpty()) {
                    failures.add(e.key() + ": a body the document does not describe");
                }
                continue;
            }
            if (mediaType == null || !content.has(mediaType)) {
                failures.add(e.key() + ": content type " + mediaType + ", the document says " + names(content));
                continue;
            }
            if (e.method().equals("HEAD")) {
                continue;
            }
            String schemaPointer = describedAt(pointer) + "/content/" + escape(mediaType) + "/schema";
            JsonNode instance = mediaType.endsWith("json") ? CdsFixtures.JSON.readTree(body) : CdsFixtures.JSON.getNodeFactory().textNode(body);
            List<Error> errors = registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + schemaPointer)).validate(instance);
            errors.forEach(error -> failures.add(e.key() + ": " + error));
        }
        assertThat(failures).isEmpty();
        Set<String> documented = new TreeSet<>(documentedAnswers());
        documented.removeAll(seen);
        documented.removeAll(NOT_PROVOKED);
        assertThat(documented).as("documented answers no request here provoked").isEmpty();
    }

    @Test
    void theServiceAnswersExactlyTheDocumentedRoutes() {
        Set<String> paths = new TreeSet<>(TriageHandler.PATHS);
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        paths.add("/nothing-here");
        paths.add("/health/");
        Set<String> answered = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        for (String path : paths) {
            for (String method : METHODS) {
                boolean post = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
                HttpResponse<String> response;
                try {
                    response = request(method, path, post ? AS_JSON : Map.of(), post ? "{}" : null);
                } catch (RuntimeException e) {
                    throw new AssertionError(method + " " + path, e);
                }
                int status = response.statusCode();
                if (status != 404 && status != 405) {
                    answered.add(method + " " + path);
                } else if (!method.equals("HEAD")) {
                    assertThat(response.headers().firstValue("Content-Type")).as(method + " " + path)
                            .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                }
                if (document.path("paths").path(path).has(method.toLowerCase(Locale.ROOT))) {
                    documented.add(method + " " + path);
                }
            }
        }
        assertThat(answered).isEqualTo(documented);
        assertThat(TriageHandler.PATHS).containsExactlyInAnyOrderElementsOf(names(document.get("paths")));
    }

    @Test
    void theDocumentIsOpenApi31AndReferencesTheContractsSchemas() {
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/paths/~1assess/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo(ContractSchemas.CASE_SCHEMA_ID);
        assertThat(document.at("/paths/~1assess/post/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo(ContractSchemas.REPORT_SCHEMA_ID);
        // every request body the tests send with success is one the document describes
        List<String> failures = new ArrayList<>();
        validateRequest("/assess", CdsFixtures.JSON.valueToTree(read("cases/lateral-hip-pain-gtps.json")), failures);
        validateRequest(TriageHandler.HOOK_PATH, CdsFixtures.prefetched(), failures);
        assertThat(failures).isEmpty();
    }

    private static JsonNode read(String file) {
        try {
            return CdsFixtures.JSON.readTree(Path.of(file).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void validateRequest(String path, JsonNode body, List<String> failures) {
        String pointer = "/paths/" + escape(path) + "/post/requestBody/content/application~1json/schema";
        registry.getSchema(SchemaLocation.of(DOCUMENT_ID + "#" + pointer)).validate(body)
                .forEach(error -> failures.add("request to " + path + ": " + error));
    }

    /** Every (method, path, status) the document describes. */
    private static Set<String> documentedAnswers() {
        Set<String> out = new LinkedHashSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().path("responses").fieldNames().forEachRemaining(status ->
                        out.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + status))));
        return out;
    }

    /** A response object, following its {@code $ref} into {@code components}. */
    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** The pointer of the response object that {@code pointer} names, following its {@code $ref}. */
    private static String describedAt(String pointer) {
        JsonNode node = document.at(pointer);
        return node.has("$ref") ? node.get("$ref").asText().substring(1) : pointer;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
