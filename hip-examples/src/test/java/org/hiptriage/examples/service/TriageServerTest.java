package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.report.TriageReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP service over real HTTP on loopback: an ephemeral port, java.net.http.HttpClient. */
class TriageServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TriageEngine engine;
    private static TriageServer server;
    private static HttpClient client;
    private static List<Path> samples;

    @BeforeAll
    static void start() throws Exception {
        engine = TriageEngine.create();
        server = TriageServer.start(engine, "127.0.0.1", 0, TriageHandler.DEFAULT_MAX_BYTES);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        engine.close();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static TriageReport report(Path sample) throws Exception {
        return engine.assess(AssessmentJson.parse(Files.readAllBytes(sample)));
    }

    @Test
    void healthSaysUpWithTheRuleBaseVersion() throws Exception {
        HttpResponse<String> response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("ruleBaseVersion").asText()).isEqualTo(engine.ruleBaseVersion());
        assertThat(body.get("contractVersion").asInt()).isEqualTo(2);
    }

    @Test
    void assessReturnsTheReportOfEachSampleCase() throws Exception {
        for (Path sample : samples) {
            HttpResponse<String> response = post("/assess", "application/json", Files.readString(sample));
            assertThat(response.statusCode()).as(sample.toString()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(ReportJson.write(report(sample)));
            // the report of contract version 2
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.get("contractVersion").asInt()).as(sample.toString()).isEqualTo(2);
            assertThat(report.get("openQuestions").isArray()).as(sample.toString()).isTrue();
            assertThat(keys(report)).as(sample.toString()).containsSubsequence("avoid", "openQuestions", "safetyNet");
            report.get("avoid").forEach(a -> assertThat(a.get("because").isArray()).isTrue());
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void aCardListsTheOpenQuestionsInItsDetailBeforeTheCarePlan() throws Exception {
        // given a report with questions still open (as the engine gives them once its rules ask)
        TriageReport base = report(Path.of("cases/lateral-hip-pain-gtps.json"));
        TriageReport report = new TriageReport(base.contractVersion(), base.ruleBaseVersion(), base.disposition(), base.flags(),
                base.conditions(), base.careSteps(), base.avoid(), List.of(
                        new OpenQuestion("general.fever", "Have you had a fever?", "Fever with hip pain can mean an infected joint",
                                Level.EMERGENCY),
                        new OpenQuestion("runner.pregnancy", "Could you be pregnant?", "Some advice is unsafe in pregnancy.", Level.URGENT)),
                base.safetyNet(), base.disclaimer());

        String detail = CdsHooks.cards(report, server.links()).get("cards").get(0).get("detail").asText();

        // then the detail lists each, with why, the level it could raise to and its contract path, before the care plan
        assertThat(detail).contains("### Before you rely on this",
                "- **Have you had a fever?** Why: Fever with hip pain can mean an infected joint. Could raise it to EMERGENCY (`general.fever`).",
                "- **Could you be pregnant?** Why: Some advice is unsafe in pregnancy. Could raise it to URGENT (`runner.pregnancy`).");
        assertThat(detail.indexOf("### Before you rely on this")).isGreaterThan(detail.indexOf("### What it may be"))
                .isLessThan(detail.indexOf("### Care plan"));
        // and a report without open questions has no such section
        TriageReport none = new TriageReport(base.contractVersion(), base.ruleBaseVersion(), base.disposition(), base.flags(),
                base.conditions(), base.careSteps(), base.avoid(), List.of(), base.safetyNet(), base.disclaimer());
        assertThat(CdsHooks.detail(none)).doesNotContain("Before you rely on this");
    }

    @Test
    void aRefusedCaseIs400WithEveryErrorAndItsPath() throws Exception {
        HttpResponse<String> response = post("/assess", "application/json; charset=utf-8",
                "{\"runner\": {\"age\": 130, \"sex\": \"MALE\"}, \"pain\": {\"locations\": [\"GROIN\"], \"severity\": 14, "
                        + "\"onset\": \"GRADUAL\", \"durationDays\": 3}}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).extracting(e -> e.get("path").asText()).containsExactly("runner.age", "pain.severity");
        assertThat(errors.get(1).get("message").asText()).startsWith("pain.severity: must be 0 to 10");
    }

    @Test
    void badBodiesAreRefusedWithTheirOwnStatus() throws Exception {
        // malformed JSON
        HttpResponse<String> malformed = post("/assess", "application/json", "{\"runner\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).at("/errors/0/path").asText()).isEqualTo("$");
        // an unknown field
        ObjectNode unknown = (ObjectNode) JSON.readTree(samples.get(0).toFile());
        ((ObjectNode) unknown.get("runner")).put("shoeColour", "red");
        HttpResponse<String> unknownField = post("/assess", "application/json", unknown.toString());
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownField.body()).at("/errors/0/path").asText()).isEqualTo("runner.shoeColour");
        // too big: a valid case padded past 64 KiB
        String big = Files.readString(samples.get(0)).replaceFirst("\\{", "{" + " ".repeat(70 * 1024));
        HttpResponse<String> tooBig = post("/assess", "application/json", big);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(tooBig.body()).at("/errors/0/message").asText()).contains("must be at most 65536 bytes");
        // not JSON
        HttpResponse<String> text = post("/assess", "text/plain", Files.readString(samples.get(0)));
        assertThat(text.statusCode()).isEqualTo(415);
        HttpResponse<String> noType = post("/assess", null, Files.readString(samples.get(0)));
        assertThat(noType.statusCode()).isEqualTo(415);
        // wrong method, unknown path
        HttpResponse<String> getAssess = get("/assess");
        assertThat(getAssess.statusCode()).isEqualTo(405);
        assertThat(getAssess.headers().firstValue("Allow")).hasValue("POST");
        assertThat(post("/health", "application/json", "{}").statusCode()).isEqualTo(405);
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
        // the service still answers after all that
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentRequestsGetTheSameReportsAsSequentialOnes() throws Exception {
        Map<Path, String> sequential = new java.util.HashMap<>();
        for (Path sample : samples) {
            sequential.put(sample, post("/assess", "application/json", Files.readString(sample)).body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                Path sample = samples.get(i % samples.size());
                results.add(pool.submit(() -> {
                    HttpResponse<String> response = post("/assess", "application/json", Files.readString(sample));
                    return response.statusCode() == 200 && response.body().equals(sequential.get(sample));
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void assessAnswersTheReportAsAFhirBundleWhenAskedForFhir() throws Exception {
        // given a sample case posted with Accept: application/fhir+json
        String body = Files.readString(samples.get(0));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/assess")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        // then the report comes as the FHIR Bundle the command line's --format fhir prints
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
        JsonNode bundle = JSON.readTree(response.body());
        assertThat(bundle.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.get("entry").findValuesAsText("resourceType")).contains("GuidanceResponse", "RiskAssessment");
        // and contract JSON stays the default, and wins when the caller lists it first
        assertThat(TriageHandler.wantsFhir(null)).isFalse();
        assertThat(TriageHandler.wantsFhir("application/json, application/fhir+json")).isFalse();
        assertThat(TriageHandler.wantsFhir("application/fhir+json;q=1, application/json;q=0.5")).isTrue();
        assertThat(JSON.readTree(post("/assess", "application/json", body).body()).has("disposition")).isTrue();
    }

    @Test
    void cdsHooksDiscoveryListsTheHipPainTriageService() throws Exception {
        HttpResponse<String> response = get("/cds-services");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty(); // no Origin, no CORS
        JsonNode service = JSON.readTree(response.body()).get("services").get(0);
        assertThat(service.get("id").asText()).isEqualTo("hip-pain-triage");
        assertThat(service.get("hook").asText()).isEqualTo("patient-view");
        assertThat(service.get("usageRequirements").asText()).contains("org.hiptriage.assessment");
        assertThat(service.get("prefetch").has("questionnaireResponse")).isTrue();
    }

    @Test
    void cdsHooksCardsCarryTheDispositionAsIndicatorAndTheReasonsInMarkdown() throws Exception {
        for (Path sample : samples) {
            TriageReport expected = report(sample);
            ObjectNode request = hookRequest();
            request.putObject("extension").set("org.hiptriage.assessment", JSON.readTree(sample.toFile()));
            HttpResponse<String> response = post("/cds-services/hip-pain-triage", "application/json", request.toString());
            assertThat(response.statusCode()).as(sample.toString()).isEqualTo(200);
            JsonNode card = JSON.readTree(response.body()).get("cards").get(0);
            String indicator = switch (expected.disposition().level()) {
                case EMERGENCY, URGENT -> "critical";
                case SEE_CLINICIAN -> "warning";
                case SELF_CARE -> "info";
            };
            assertThat(card.get("indicator").asText()).as(sample.toString()).isEqualTo(indicator);
            assertThat(card.get("summary").asText().length()).isLessThan(140);
            assertThat(card.get("source").get("label").asText()).isEqualTo("hip-triage");
            assertThat(card.get("uuid").asText()).isNotBlank();
            String detail = card.get("detail").asText();
            assertThat(detail).contains("### What it may be", "### Safety net");
            expected.flags().forEach(f -> assertThat(detail).contains("**" + f.code() + "**"));
            if (!expected.careSteps().isEmpty()) {
                assertThat(detail).contains("### Care plan");
            }
            expected.topCondition().ifPresent(c -> assertThat(card.get("summary").asText())
                    .contains(c.likelihood().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void theFeverCaseIsACriticalCard() throws Exception {
        ObjectNode request = hookRequest();
        request.putObject("extension").set("org.hiptriage.assessment", JSON.readTree(Path.of("cases/fever-with-hip-pain.json").toFile()));
        JsonNode card = JSON.readTree(post("/cds-services/hip-pain-triage", "application/json", request.toString()).body())
                .get("cards").get(0);
        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("summary").asText()).startsWith("Hip pain: EMERGENCY");
        assertThat(card.get("detail").asText()).contains("**FEVER_WITH_HIP_PAIN**");
    }

    @Test
    void aHookRequestAcceptsACompletedQuestionnaireResponse() throws Exception {
        ObjectNode request = hookRequest();
        request.putObject("extension").set("org.hiptriage.questionnaireResponse",
                JSON.readTree(Path.of("fhir/sample-questionnaire-response.json").toFile()));
        HttpResponse<String> response = post("/cds-services/hip-pain-triage", "application/json", request.toString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("cards")).hasSize(1);
    }

    @Test
    void aHookRequestWithoutACaseIs412AndWithABadOne400() throws Exception {
        HttpResponse<String> none = post("/cds-services/hip-pain-triage", "application/json", hookRequest().toString());
        assertThat(none.statusCode()).isEqualTo(412);
        assertThat(JSON.readTree(none.body()).at("/errors/0/path").asText()).isEqualTo("prefetch.patient");

        ObjectNode bad = hookRequest();
        bad.remove("hookInstance");
        ObjectNode c = (ObjectNode) JSON.readTree(samples.get(0).toFile());
        ((ObjectNode) c.get("pain")).put("severity", 14);
        bad.putObject("extension").set("org.hiptriage.assessment", c);
        HttpResponse<String> response = post("/cds-services/hip-pain-triage", "application/json", bad.toString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/errors/0/path").asText()).isEqualTo("hookInstance");

        bad.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        HttpResponse<String> severity = post("/cds-services/hip-pain-triage", "application/json", bad.toString());
        assertThat(severity.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(severity.body()).at("/errors/0/path").asText())
                .isEqualTo("extension.org.hiptriage.assessment.pain.severity");

        assertThat(post("/cds-services/hip-pain-triage", "application/json", "[1, 2").statusCode()).isEqualTo(400);
        assertThat(get("/cds-services/hip-pain-triage").statusCode()).isEqualTo(405);
    }

    private static ObjectNode hookRequest() {
        ObjectNode request = JSON.createObjectNode();
        request.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        request.put("hook", "patient-view");
        request.putObject("context").put("userId", "Practitioner/example").put("patientId", "1288992");
        return request;
    }
}
