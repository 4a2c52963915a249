package org.hiptriage.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hiptriage.engine.TriageEngine;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * What the CDS Hooks tests share: one engine for every test class, FHIR resources made with HAPI (the
 * sample QuestionnaireResponse of the hip-triage questionnaire, given to a patient), hook requests, and
 * an HTTP client with short timeouts.
 */
final class CdsFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PATIENT_ID = "1288992";
    static final String HOOK_INSTANCE = "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea";
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static TriageEngine engine;

    private CdsFixtures() {
    }

    /** The engine every CDS test class shares (made once: it takes a moment). */
    static synchronized TriageEngine engine() {
        if (engine == null) {
            engine = TriageEngine.create();
        }
        return engine;
    }

    /** The patient, as a FHIR server holds it. */
    static Patient patient(String id) {
        Patient patient = new Patient();
        patient.setId(id);
        patient.setGender(AdministrativeGender.FEMALE);
        return patient;
    }

    /** The sample completed QuestionnaireResponse (a 48-year-old runner with lateral hip pain), for {@code patientId}. */
    static QuestionnaireResponse response(String patientId) {
        try {
            QuestionnaireResponse response = FhirJson.parser().parseResource(QuestionnaireResponse.class,
                    Files.readString(Path.of("fhir/sample-questionnaire-response.json")));
            response.setSubject(new Reference("Patient/" + patientId));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A search Bundle of these resources. */
    static Bundle searchset(IBaseResource... resources) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(resources.length);
        for (IBaseResource resource : resources) {
            bundle.addEntry().setResource((org.hl7.fhir.r4.model.Resource) resource).getSearch()
                    .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /** A resource as FHIR JSON, written by HAPI. */
    static String fhirJson(IBaseResource resource) {
        return FhirJson.parser().encodeResourceToString(resource);
    }

    /** A resource as a Jackson tree, to put into a request. */
    static JsonNode tree(IBaseResource resource) {
        try {
            return JSON.readTree(fhirJson(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A patient-view request with no prefetch. */
    static ObjectNode hookRequest() {
        ObjectNode request = JSON.createObjectNode();
        request.put("hookInstance", HOOK_INSTANCE);
        request.put("hook", "patient-view");
        request.putObject("context").put("userId", "Practitioner/example").put("patientId", PATIENT_ID);
        return request;
    }

    /** A patient-view request with both prefetch keys filled: the patient and a search Bundle of their response. */
    static ObjectNode prefetched() {
        ObjectNode request = hookRequest();
        ObjectNode prefetch = request.putObject("prefetch");
        prefetch.set("patient", tree(patient(PATIENT_ID)));
        prefetch.set("questionnaireResponse", tree(searchset(response(PATIENT_ID))));
        return request;
    }

    /** POSTs JSON to {@code base + path} with these headers. */
    static HttpResponse<String> post(URI base, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Sends a request and returns its answer. */
    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response body as a tree. */
    static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
