package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.examples.service.CdsFixtures.JSON;
import static org.hiptriage.examples.service.CdsFixtures.PATIENT_ID;
import static org.hiptriage.examples.service.CdsFixtures.body;
import static org.hiptriage.examples.service.CdsFixtures.hookRequest;
import static org.hiptriage.examples.service.CdsFixtures.patient;
import static org.hiptriage.examples.service.CdsFixtures.prefetched;
import static org.hiptriage.examples.service.CdsFixtures.response;
import static org.hiptriage.examples.service.CdsFixtures.searchset;
import static org.hiptriage.examples.service.CdsFixtures.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hiptriage.examples.fhir.QuestionnaireResponses;
import org.hiptriage.examples.fhir.Questionnaires;
import org.hiptriage.model.report.TriageReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CDS Hooks service as an EHR uses it, over real HTTP on loopback: the case from prefetch, or fetched
 * from a real FHIR server on loopback (HAPI's plain server, {@link FhirServerStub}), 412 when it cannot be had, the intake card, feedback, request
 * checks and CORS. Unauthenticated here; {@link CallerAuthenticationTest} covers the JWTs.
 */
class CdsHooksServiceTest {

    private static final URI INTAKE = URI.create("https://intake.example.org/launch");
    private static final List<Feedback> FEEDBACK = new CopyOnWriteArrayList<>();
    private static TriageServer server;
    private static URI base;
    /** The EHR's FHIR server. */
    private static FhirServerStub fhir;

    @BeforeAll
    static void start() throws Exception {
        server = TriageServer.start(CdsFixtures.engine(), ServiceSettings.builder().host("127.0.0.1").port(0)
                .intakeUrl(INTAKE).feedbackLog(FEEDBACK::add).build());
        base = server.publicUrl();
        fhir = new FhirServerStub();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        fhir.close();
    }

    @BeforeEach
    void reset() {
        fhir.clear();
        FEEDBACK.clear();
    }

    private static String fhirBase() {
        return fhir.base();
    }

    private static HttpResponse<String> hook(JsonNode request) {
        return CdsFixtures.post(base, "/cds-services/hip-pain-triage", request.toString(), Map.of());
    }

    private static TriageReport sampleReport() throws IOException {
        return CdsFixtures.engine().assess(QuestionnaireResponses.toAssessment(tree(response(PATIENT_ID))));
    }

    @Test
    void discoveryAsksForThePatientAndTheirLatestCompletedResponseToTheQuestionnaire() {
        HttpResponse<String> response = CdsFixtures.send(HttpRequest.newBuilder(URI.create(base + "/cds-services")).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode service = body(response).get("services").get(0);
        assertThat(service.get("id").asText()).isEqualTo("hip-pain-triage");
        assertThat(service.get("hook").asText()).isEqualTo("patient-view");
        assertThat(service.at("/prefetch/patient").asText()).isEqualTo("Patient/{{context.patientId}}");
        assertThat(service.at("/prefetch/questionnaireResponse").asText()).isEqualTo("QuestionnaireResponse?subject=Patient/"
                + "{{context.patientId}}&questionnaire=" + Questionnaires.URL + "&status=completed,amended&_sort=-authored&_count=1");
    }

    @Test
    void aHookCallWithOnlyPrefetchGetsTheTriageCard() throws Exception {
        HttpResponse<String> response = hook(prefetched());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode card = body(response).get("cards").get(0);
        TriageReport expected = sampleReport();
        assertThat(card.get("summary").asText()).isEqualTo(CdsHooks.summary(expected));
        assertThat(card.get("indicator").asText()).isEqualTo(CdsHooks.indicator(expected.disposition().level()));
        assertThat(card.get("uuid").asText()).matches("[0-9a-f-]{36}");
        assertThat(card.at("/source/label").asText()).isEqualTo("hip-triage");
        assertThat(card.at("/source/url").asText()).isEqualTo(base + "/rulebook.html");
        assertThat(card.at("/source/topic/system").asText()).isEqualTo("http://snomed.info/sct");
        assertThat(card.get("overrideReasons")).extracting(r -> r.get("code").asText())
                .containsExactly("already-assessed", "not-relevant", "patient-declined");
        card.get("overrideReasons").forEach(r -> assertThat(r.get("display").asText()).isNotBlank());
        // no FHIR server was asked
        assertThat(fhir.requests).isEmpty();
    }

    @Test
    void whatWasNotPrefetchedIsFetchedFromTheFhirServerWithTheAccessToken() throws Exception {
        fhir.store(patient(PATIENT_ID));
        fhir.store(response(PATIENT_ID));
        fhir.store(response("someone-else")); // the server's search leaves it out
        ObjectNode request = hookRequest();
        request.put("fhirServer", fhirBase());
        request.putObject("fhirAuthorization").put("access_token", "opaque-fhir-token").put("token_type", "Bearer")
                .put("expires_in", 300).put("scope", "patient/Patient.read patient/QuestionnaireResponse.read").put("subject", "hip");

        HttpResponse<String> response = hook(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response).at("/cards/0/summary").asText()).isEqualTo(CdsHooks.summary(sampleReport()));
        assertThat(fhir.requests).containsExactlyInAnyOrder("Patient/" + PATIENT_ID, "QuestionnaireResponse?subject=Patient/"
                + PATIENT_ID + "&questionnaire=" + java.net.URLEncoder.encode(Questionnaires.URL, StandardCharsets.UTF_8)
                + "&status=completed,amended&_sort=-authored&_count=1");
        assertThat(fhir.authorizations).containsOnly("Bearer opaque-fhir-token");
    }

    @Test
    void onlyTheKeysNotPrefetchedAreFetched() {
        fhir.store(response(PATIENT_ID));
        ObjectNode request = prefetched();
        ((ObjectNode) request.get("prefetch")).remove("questionnaireResponse");
        request.put("fhirServer", fhirBase());

        HttpResponse<String> response = hook(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(fhir.requests).singleElement().satisfies(r -> assertThat(r).startsWith("QuestionnaireResponse?"));
        assertThat(fhir.authorizations).containsOnly("none");
    }

    @Test
    void withNeitherPrefetchNorAFhirServerItIs412SayingWhatIsMissing() {
        HttpResponse<String> response = hook(hookRequest());

        assertThat(response.statusCode()).isEqualTo(412);
        JsonNode errors = body(response).get("errors");
        assertThat(errors).extracting(e -> e.get("path").asText())
                .containsExactly("prefetch.patient", "prefetch.questionnaireResponse");
        assertThat(errors.get(0).get("message").asText()).contains("no fhirServer", "Patient/{{context.patientId}}");
    }

    @Test
    void aFhirServerThatCannotGiveTheDataIs412Too() {
        ObjectNode request = hookRequest();
        request.put("fhirServer", fhirBase()); // the server holds nobody: 404 for the patient
        HttpResponse<String> response = hook(request);
        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(body(response).at("/errors/0/message").asText()).contains("answered HTTP 404");
    }

    @Test
    void aFhirServerThatCannotBeReachedIs412InPlainWords() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        ObjectNode request = hookRequest();
        request.put("fhirServer", "http://127.0.0.1:" + closed + "/fhir");
        HttpResponse<String> response = hook(request);
        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(body(response).at("/errors/0/message").asText()).contains("could not reach the FHIR server (the connection failed)")
                .doesNotContain("Exception");
    }

    @Test
    void withNoCompletedQuestionnaireYetTheCardLaunchesTheIntake() {
        ObjectNode empty = prefetched();
        ((ObjectNode) empty.get("prefetch")).set("questionnaireResponse", tree(searchset()));
        ObjectNode none = prefetched();
        ((ObjectNode) none.get("prefetch")).putNull("questionnaireResponse"); // CDS Hooks: null is "no data"

        for (ObjectNode request : List.of(empty, none)) {
            HttpResponse<String> response = hook(request);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode card = body(response).get("cards").get(0);
            assertThat(card.get("indicator").asText()).isEqualTo("info");
            assertThat(card.get("summary").asText()).contains("no completed hip-triage questionnaire");
            JsonNode smart = card.get("links").get(0);
            assertThat(smart.get("type").asText()).isEqualTo("smart");
            assertThat(smart.get("url").asText()).isEqualTo(INTAKE.toString());
            assertThat(smart.get("appContext").asText()).contains(Questionnaires.URL);
            JsonNode questionnaire = card.get("links").get(1);
            assertThat(questionnaire.get("type").asText()).isEqualTo("absolute");
            assertThat(questionnaire.get("url").asText()).isEqualTo(Questionnaires.URL);
        }
        assertThat(fhir.requests).isEmpty();
    }

    @Test
    void aResponseInProgressOrToAnotherQuestionnaireIsNotACase() {
        org.hl7.fhir.r4.model.QuestionnaireResponse inProgress = response(PATIENT_ID);
        inProgress.setStatus(org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        org.hl7.fhir.r4.model.QuestionnaireResponse other = response(PATIENT_ID);
        other.setQuestionnaire("https://example.org/Questionnaire/phq-9");
        ObjectNode request = prefetched();
        ((ObjectNode) request.get("prefetch")).set("questionnaireResponse", tree(searchset(inProgress, other)));

        JsonNode card = body(hook(request)).get("cards").get(0);

        assertThat(card.get("summary").asText()).contains("no completed hip-triage questionnaire");
    }

    @Test
    void dataAboutAnotherPatientIsRefused() {
        ObjectNode otherResponse = prefetched();
        ((ObjectNode) otherResponse.get("prefetch")).set("questionnaireResponse", tree(response("someone-else")));
        HttpResponse<String> response = hook(otherResponse);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/path").asText()).isEqualTo("prefetch.questionnaireResponse.subject");

        ObjectNode otherPatient = prefetched();
        ((ObjectNode) otherPatient.get("prefetch")).set("patient", tree(patient("someone-else")));
        HttpResponse<String> patient = hook(otherPatient);
        assertThat(patient.statusCode()).isEqualTo(400);
        assertThat(body(patient).at("/errors/0/path").asText()).isEqualTo("prefetch.patient.id");
    }

    @Test
    void theExtensionStillCarriesACaseAndWinsOverPrefetch() throws Exception {
        ObjectNode request = prefetched();
        request.putObject("extension").set("org.hiptriage.assessment",
                JSON.readTree(java.nio.file.Path.of("cases/fever-with-hip-pain.json").toFile()));
        JsonNode card = body(hook(request)).get("cards").get(0);
        assertThat(card.get("summary").asText()).startsWith("Hip pain: EMERGENCY");
        // and the flag shown links to its rulebook entry
        assertThat(card.get("links")).anySatisfy(link -> {
            assertThat(link.get("type").asText()).isEqualTo("absolute");
            assertThat(link.get("url").asText()).isEqualTo(base + "/rulebook.html#f-fever-with-hip-pain");
        });
    }

    @Test
    void theRulebookTheCardsLinkToIsServedWithTheFlagsEntries() {
        HttpResponse<String> response = CdsFixtures.send(HttpRequest.newBuilder(URI.create(base + "/rulebook.html"))
                .timeout(Duration.ofSeconds(20)).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        for (org.hiptriage.model.report.FlagCode flag : org.hiptriage.model.report.FlagCode.values()) {
            assertThat(response.body()).as(flag.name()).contains("id=\"" + CdsHooks.flagAnchor(flag.name()) + "\"");
        }
    }

    @Test
    void aMalformedHookRequestIs400WithEachProblemsPath() {
        ObjectNode request = prefetched();
        request.put("hook", "order-sign");
        request.put("hookInstance", "not-a-uuid");
        ((ObjectNode) request.get("context")).remove("userId");
        ((ObjectNode) request.get("context")).put("patientId", 1288992);

        HttpResponse<String> response = hook(request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errors")).extracting(e -> e.get("path").asText())
                .containsExactly("hook", "hookInstance", "context.patientId", "context.userId");
        assertThat(body(response).at("/errors/0/message").asText()).isEqualTo("hook: must be \"patient-view\", the hook this "
                + "service answers, was \"order-sign\"");
    }

    @Test
    void anAccessTokenIsNotSentInClearBeyondLoopback() {
        ObjectNode request = hookRequest();
        request.put("fhirServer", "http://fhir.example.org/r4");
        request.putObject("fhirAuthorization").put("access_token", "secret-token").put("token_type", "Bearer");

        HttpResponse<String> response = hook(request);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/message").asText()).contains("must be https");
        assertThat(response.body()).doesNotContain("secret-token");
    }

    @Test
    void feedbackIsAcceptedAndLoggedWithoutTheUsersComment() {
        String feedback = """
                {"feedback": [
                  {"card": "4e0a3a1e-3283-4575-ab82-028d55fe2719", "outcome": "accepted", "outcomeTimestamp": "2025-01-15T09:30:00Z"},
                  {"card": "9368d37b-283f-44a0-93ea-547cebab93ed", "outcome": "overridden",
                   "overrideReason": {"reason": {"system": "urn:hiptriage:cds:override-reason", "code": "patient-declined",
                                                 "display": "Patient declined"},
                                      "userComment": "Mrs Smith prefers to see her own GP"},
                   "outcomeTimestamp": "2025-01-15T09:31:00Z"}]}""";

        HttpResponse<String> response = CdsFixtures.post(base, "/cds-services/hip-pain-triage/feedback", feedback, Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FEEDBACK).extracting(Feedback::line).containsExactly(
                "card=4e0a3a1e-3283-4575-ab82-028d55fe2719 outcome=accepted reason=-",
                "card=9368d37b-283f-44a0-93ea-547cebab93ed outcome=overridden reason=urn:hiptriage:cds:override-reason|"
                        + "patient-declined");
        assertThat(FEEDBACK).extracting(Feedback::at).containsExactly(java.time.Instant.parse("2025-01-15T09:30:00Z"),
                java.time.Instant.parse("2025-01-15T09:31:00Z"));
        assertThat(FEEDBACK.toString()).doesNotContain("Smith");
    }

    @Test
    void badFeedbackIs400AndLogsNothing() {
        HttpResponse<String> response = CdsFixtures.post(base, "/cds-services/hip-pain-triage/feedback",
                "{\"feedback\": [{\"card\": \"x\", \"outcome\": \"liked\", \"outcomeTimestamp\": \"yesterday\"}]}", Map.of());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response).get("errors")).extracting(e -> e.get("path").asText())
                .containsExactly("feedback[0].card", "feedback[0].outcome", "feedback[0].outcomeTimestamp");
        assertThat(FEEDBACK).isEmpty();
    }

    @Test
    void corsHeadersGoOnlyToTheAllowedOrigins() {
        HttpRequest.Builder preflight = HttpRequest.newBuilder(URI.create(base + "/cds-services/hip-pain-triage"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type");

        HttpResponse<String> sandbox = CdsFixtures.send(preflight.copy().header("Origin", "https://sandbox.cds-hooks.org").build());
        assertThat(sandbox.statusCode()).isEqualTo(204);
        assertThat(sandbox.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://sandbox.cds-hooks.org");
        assertThat(sandbox.headers().firstValue("Access-Control-Allow-Headers").orElse("")).containsIgnoringCase("authorization");
        assertThat(sandbox.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");

        HttpResponse<String> stranger = CdsFixtures.send(preflight.copy().header("Origin", "https://evil.example").build());
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();

        HttpResponse<String> discovery = CdsFixtures.send(HttpRequest.newBuilder(URI.create(base + "/cds-services"))
                .header("Origin", "https://evil.example").GET().build());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.headers().allValues("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> fromSandbox = CdsFixtures.post(base, "/cds-services/hip-pain-triage", prefetched().toString(),
                Map.of("Origin", "https://sandbox.cds-hooks.org"));
        assertThat(fromSandbox.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://sandbox.cds-hooks.org");
        assertThat(fromSandbox.headers().allValues("Access-Control-Allow-Origin")).doesNotContain("*");
    }
}
