package org.hiptriage.examples.service;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hiptriage.examples.fhir.FhirR4;
import org.hiptriage.examples.fhir.QuestionnaireResponses;
import org.hiptriage.examples.fhir.Questionnaires;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;

/**
 * Finds the case of a hook request, as CDS Hooks 2.0 has a service find its data:
 * <ol>
 *   <li>the request's {@code extension} ({@value CdsHooks#ASSESSMENT_EXTENSION} or
 *       {@value CdsHooks#QUESTIONNAIRE_RESPONSE_EXTENSION}), when present, wins;</li>
 *   <li>otherwise the prefetch keys {@value #PATIENT} and {@value #RESPONSE} ({@link #templates()}): a key
 *       that is absent (or an OperationOutcome) was not prefetched and is fetched from the request's
 *       {@code fhirServer}; a key that is {@code null} means the CDS client looked and found nothing;</li>
 *   <li>what can be had neither way is missing: {@link MissingData} (HTTP 412).</li>
 * </ol>
 * The patient's latest completed (or amended) QuestionnaireResponse to the hip-triage questionnaire is the
 * case; with none, there is {@link NoQuestionnaire} yet.
 */
final class HookCases {

    /** The prefetch key of the patient. */
    static final String PATIENT = "patient";
    /** The prefetch key of the patient's latest QuestionnaireResponse to the hip-triage questionnaire. */
    static final String RESPONSE = "questionnaireResponse";

    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    /** What a hook request holds. */
    sealed interface HookCase permits Found, NoQuestionnaire {
    }

    /** A case to assess. */
    record Found(Assessment assessment) implements HookCase {
    }

    /** The patient has not answered the hip-triage questionnaire yet. */
    record NoQuestionnaire() implements HookCase {
    }

    /** The data cannot be had from the prefetch nor from the FHIR server (CDS Hooks: 412 Precondition Failed). */
    static final class MissingData extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        MissingData(List<Problem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        /** What is missing, by prefetch key. */
        List<Problem> problems() {
            return problems;
        }
    }

    private final FhirFetcher fetcher;

    /** Finds cases, fetching what was not prefetched with {@code fetcher}. */
    HookCases(FhirFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The prefetch templates of the discovery document, by key. */
    static Map<String, String> templates() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(PATIENT, "Patient/{{context.patientId}}");
        templates.put(RESPONSE, responseSearch("{{context.patientId}}", Questionnaires.URL));
        return templates;
    }

    private static String responseSearch(String patientId, String questionnaire) {
        return "QuestionnaireResponse?subject=Patient/" + patientId + "&questionnaire=" + questionnaire
                + "&status=completed,amended&_sort=-authored&_count=1";
    }

    /**
     * The case of a checked hook request. The case and the prefetched resources are read from {@code body}, the
     * request's own JSON text, exactly as a client wrote them: the case by the contract reader as {@code /assess}
     * reads it, a QuestionnaireResponse as {@code questionnaire --to-case} reads it (no number ever passes through a
     * {@code double} on the way, so every entry point refuses the same numbers with the same words).
     *
     * @throws InvalidAssessmentException when the data given is not what it should be (HTTP 400), paths in the request
     * @throws MissingData when data is missing and cannot be fetched (HTTP 412)
     */
    HookCase find(HookRequest request, String body) {
        JsonNode extension = request.extension();
        if (extension != null && (extension.has(CdsHooks.ASSESSMENT_EXTENSION)
                || extension.has(CdsHooks.QUESTIONNAIRE_RESPONSE_EXTENSION))) {
            return new Found(fromExtension(extension, body));
        }
        List<Problem> missing = new ArrayList<>();
        List<Problem> invalid = new ArrayList<>();
        Slot patient = slot(request, body, PATIENT, "Patient/" + request.patientId(), missing, invalid);
        Slot responses = slot(request, body, RESPONSE, responseSearch(request.patientId(),
                URLEncoder.encode(Questionnaires.URL, StandardCharsets.UTF_8)), missing, invalid);
        if (patient != null) {
            checkPatient(patient, request.patientId(), missing, invalid);
        }
        Optional<QuestionnaireResponse> latest = latest(responses, request.patientId(), missing, invalid);
        if (!invalid.isEmpty()) {
            throw new InvalidAssessmentException(invalid);
        }
        if (!missing.isEmpty()) {
            throw new MissingData(missing);
        }
        if (latest.isEmpty()) {
            return new NoQuestionnaire();
        }
        QuestionnaireResponse response = latest.get();
        checkSubject(response, responses.where(), request.patientId());
        return new Found(prefixed(responses.where() + ".", () -> QuestionnaireResponses.toAssessment(response)));
    }

    /**
     * One prefetch key's resource: {@code resource} null when the CDS client said it has no data;
     * {@code where} says where it came from, for error paths; {@code fetched} whether from the FHIR server
     * (whose wrong answer is data missing, 412, rather than a bad request, 400).
     */
    private record Slot(IBaseResource resource, String where, boolean fetched) {

        /** Files a problem with this resource: with the request's data (400) or with the server's answer (412). */
        void wrong(String expected, List<Problem> missing, List<Problem> invalid) {
            (fetched ? missing : invalid).add(new Problem(where, expected, resource.fhirType()));
        }
    }

    /** The key's resource from the prefetch (read from the request's text), or else fetched; null (with a problem) when it cannot be had. */
    private Slot slot(HookRequest request, String body, String key, String query, List<Problem> missing, List<Problem> invalid) {
        JsonNode prefetch = request.prefetch();
        String where = "prefetch." + key;
        String unfilled = "was not prefetched";
        if (prefetch != null && prefetch.has(key)) {
            JsonNode value = prefetch.get(key);
            if (value.isNull()) {
                return new Slot(null, where, false);
            }
            if (!value.isObject()) {
                invalid.add(new Problem(where, "must be a FHIR R4 resource, or null for no data", HookRequest.got(value)));
                return null;
            }
            String text = member(body, "prefetch", key, value);
            List<Problem> numbers = QuestionnaireResponses.numberProblems(text);
            if (!numbers.isEmpty()) {
                numbers.forEach(p -> invalid.add(new Problem(where + "." + p.path(), p.expected(), p.got())));
                return null;
            }
            try {
                // a Patient with a value HAPI cannot read is refused here (nothing later reads it); a response keeps
                // its unreadable values for the questionnaire reader to refuse by the path of their item
                IBaseResource resource = (PATIENT.equals(key) ? FhirJson.parser() : FhirR4.parser()).parseResource(text);
                if (!(resource instanceof OperationOutcome)) {
                    return new Slot(resource, where, false);
                }
                unfilled = "could not be prefetched (the CDS client sent an OperationOutcome)";
            } catch (DataFormatException | IllegalArgumentException e) {
                invalid.add(new Problem(where, "must be a FHIR R4 resource in JSON", "not one"));
                return null;
            }
        }
        if (request.fhirServer() == null) {
            missing.add(new Problem(where, unfilled + " and the request has no fhirServer to fetch it from: prefetch \""
                    + templates().get(key) + "\" or give fhirServer (and fhirAuthorization)", null));
            return null;
        }
        try {
            return new Slot(fetcher.get(request.fhirServer(), query, request.accessToken()), "fhirServer." + key, true);
        } catch (FhirFetcher.FetchFailed e) {
            missing.add(new Problem(where, unfilled + " and fetching it from fhirServer failed: " + e.getMessage(), null));
            return null;
        }
    }

    private static void checkPatient(Slot slot, String patientId, List<Problem> missing, List<Problem> invalid) {
        if (slot.resource() == null) {
            missing.add(new Problem(slot.where(), "must be the patient's record; the CDS client has none for Patient/" + patientId,
                    null));
        } else if (!(slot.resource() instanceof Patient patient)) {
            slot.wrong("must be a Patient", missing, invalid);
        } else if (patient.getIdElement().hasIdPart() && !patient.getIdElement().getIdPart().equals(patientId)) {
            invalid.add(new Problem(slot.where() + ".id", "must be context.patientId, the patient whose chart is open",
                    "another patient"));
        }
    }

    /**
     * The latest completed or amended response to the hip-triage questionnaire: the resource itself, or the
     * latest such entry of a search Bundle (a server that ignores {@code _sort} or {@code questionnaire} is
     * not trusted to have done so).
     */
    private static Optional<QuestionnaireResponse> latest(Slot slot, String patientId, List<Problem> missing,
            List<Problem> invalid) {
        if (slot == null) {
            return Optional.empty(); // missing, already said
        }
        if (slot.resource() instanceof QuestionnaireResponse response) {
            return Optional.of(response);
        }
        if (slot.resource() instanceof Bundle bundle) {
            return bundle.getEntry().stream()
                    .filter(e -> e.getSearch().getMode() != Bundle.SearchEntryMode.OUTCOME)
                    .map(Bundle.BundleEntryComponent::getResource)
                    .filter(QuestionnaireResponse.class::isInstance).map(QuestionnaireResponse.class::cast)
                    .filter(HookCases::toThisQuestionnaire)
                    .filter(r -> r.getStatus() == QuestionnaireResponseStatus.COMPLETED
                            || r.getStatus() == QuestionnaireResponseStatus.AMENDED)
                    .filter(r -> !r.getSubject().hasReference() || isPatient(r.getSubject().getReference(), patientId))
                    .max(Comparator.comparing(r -> r.hasAuthored() ? r.getAuthored().getTime() : Long.MIN_VALUE));
        }
        if (slot.resource() != null) {
            slot.wrong("must be a QuestionnaireResponse or a search Bundle of them", missing, invalid);
        }
        return Optional.empty();
    }

    private static boolean toThisQuestionnaire(QuestionnaireResponse response) {
        String canonical = response.getQuestionnaire();
        return canonical != null && (canonical.equals(Questionnaires.URL) || canonical.startsWith(Questionnaires.URL + "|"));
    }

    private static void checkSubject(QuestionnaireResponse response, String where, String patientId) {
        if (response.getSubject().hasReference() && !isPatient(response.getSubject().getReference(), patientId)) {
            throw new InvalidAssessmentException(List.of(new Problem(where + ".subject",
                    "must be the patient whose chart is open (Patient/" + patientId + ")", "another subject")));
        }
    }

    private static boolean isPatient(String reference, String patientId) {
        IdType id = new IdType(reference);
        return "Patient".equals(id.getResourceType()) && patientId.equals(id.getIdPart());
    }

    private static Assessment fromExtension(JsonNode extension, String body) {
        JsonNode assessment = extension.get(CdsHooks.ASSESSMENT_EXTENSION);
        JsonNode response = extension.get(CdsHooks.QUESTIONNAIRE_RESPONSE_EXTENSION);
        if (assessment != null && response != null) {
            throw new InvalidAssessmentException(List.of(new Problem("extension", "must hold one case, not both \""
                    + CdsHooks.ASSESSMENT_EXTENSION + "\" and \"" + CdsHooks.QUESTIONNAIRE_RESPONSE_EXTENSION + "\"", "both")));
        }
        if (assessment != null) {
            String text = member(body, "extension", CdsHooks.ASSESSMENT_EXTENSION, assessment);
            return prefixed("extension." + CdsHooks.ASSESSMENT_EXTENSION + ".",
                    () -> AssessmentJson.parse(text.getBytes(StandardCharsets.UTF_8)));
        }
        if (!response.isObject()) {
            return prefixed("extension." + CdsHooks.QUESTIONNAIRE_RESPONSE_EXTENSION + ".",
                    () -> QuestionnaireResponses.toAssessment(response));
        }
        String text = member(body, "extension", CdsHooks.QUESTIONNAIRE_RESPONSE_EXTENSION, response);
        return prefixed("extension." + CdsHooks.QUESTIONNAIRE_RESPONSE_EXTENSION + ".",
                () -> QuestionnaireResponses.toAssessment(text));
    }

    /**
     * The exact text of {@code body.section.key} (an object in the request's JSON), as the client wrote it: numbers
     * and all, never re-written from a tree (which would have read its numbers as {@code double}s). When it cannot
     * be found as an object in the text, the tree's own writing of {@code value}.
     */
    static String member(String body, String section, String key, JsonNode value) {
        try (JsonParser parser = JSON_FACTORY.createParser(body)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (name.equals(section) && token == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            JsonToken inner = parser.nextToken();
                            if (field.equals(key)) {
                                if (inner != JsonToken.START_OBJECT) {
                                    break;
                                }
                                int start = (int) parser.currentTokenLocation().getCharOffset();
                                parser.skipChildren();
                                int end = (int) parser.currentLocation().getCharOffset();
                                return body.substring(start, end);
                            }
                            parser.skipChildren();
                        }
                        break;
                    }
                    parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the request was read already; the tree stands in for its text
        }
        return value.toString();
    }

    private interface Reading {
        Assessment read();
    }

    /** Reads a case, its problems' paths prefixed with where it is in the request. */
    private static Assessment prefixed(String prefix, Reading reading) {
        try {
            return reading.read();
        } catch (InvalidAssessmentException e) {
            throw new InvalidAssessmentException(e.problems().stream()
                    .map(p -> new Problem(prefix + p.path(), p.expected(), p.got())).toList());
        }
    }
}
