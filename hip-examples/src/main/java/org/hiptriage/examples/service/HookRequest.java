package org.hiptriage.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;

/**
 * A CDS Hooks 2.0 {@code patient-view} request, checked: what the service reads of it.
 *
 * @param hookInstance the hook instance's UUID
 * @param patientId the FHIR id of the patient whose chart is open
 * @param userId the user, e.g. {@code Practitioner/123}
 * @param fhirServer the CDS client's FHIR server base URL, or null
 * @param accessToken the bearer token for {@code fhirServer} ({@code fhirAuthorization.access_token}), or null
 * @param prefetch the prefetched resources by template key, or null
 * @param extension the request's {@code extension} object, or null
 */
public record HookRequest(String hookInstance, String patientId, String userId, URI fhirServer, String accessToken,
        JsonNode prefetch, JsonNode extension) {

    /** A UUID in its canonical text form. */
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A FHIR logical id (R4: 1 to 64 letters, digits, '-' and '.'). */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    /** Never shows the access token. */
    @Override
    public String toString() {
        return "HookRequest[hookInstance=" + hookInstance + ", fhirServer=" + fhirServer + ", accessToken="
                + (accessToken == null ? "none" : "(hidden)") + "]";
    }

    /**
     * Reads and checks a hook request: {@code hook} is {@value CdsHooks#HOOK}, {@code hookInstance} a UUID,
     * {@code context.patientId} a FHIR id and {@code context.userId} a string; {@code fhirServer} an http(s)
     * URL (https when {@code fhirAuthorization} gives a token, except on loopback), {@code prefetch} and
     * {@code extension} objects.
     *
     * @throws InvalidAssessmentException listing every problem with its path in the request
     */
    public static HookRequest read(JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new InvalidAssessmentException(List.of(new Problem("$", "must be a CDS Hooks request (a JSON object)",
                    request == null ? "nothing" : request.getNodeType().name().toLowerCase(Locale.ROOT))));
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode hook = request.get("hook");
        if (hook == null || !hook.isTextual() || !hook.textValue().equals(CdsHooks.HOOK)) {
            problems.add(new Problem("hook", "must be \"" + CdsHooks.HOOK + "\", the hook this service answers", got(hook)));
        }
        String hookInstance = uuid(request.get("hookInstance"), "hookInstance", "must be the hook instance's id, a UUID", problems);
        JsonNode context = request.get("context");
        String patientId = null;
        String userId = null;
        if (context == null || !context.isObject()) {
            problems.add(new Problem("context", "must be an object with patientId and userId", got(context)));
        } else {
            JsonNode patient = context.get("patientId");
            if (patient == null || !patient.isTextual() || !FHIR_ID.matcher(patient.textValue()).matches()) {
                problems.add(new Problem("context.patientId", "must be the patient's FHIR id (1 to 64 letters, digits, '-' or '.')",
                        got(patient)));
            } else {
                patientId = patient.textValue();
            }
            JsonNode user = context.get("userId");
            if (user == null || !user.isTextual() || user.textValue().isBlank()) {
                problems.add(new Problem("context.userId", "must be the user's reference, e.g. \"Practitioner/123\"", got(user)));
            } else {
                userId = user.textValue();
            }
        }
        URI fhirServer = fhirServer(request.get("fhirServer"), problems);
        String accessToken = accessToken(request.get("fhirAuthorization"), fhirServer, request.hasNonNull("fhirServer"), problems);
        JsonNode prefetch = object(request, "prefetch", problems);
        JsonNode extension = object(request, "extension", problems);
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return new HookRequest(hookInstance, patientId, userId, fhirServer, accessToken, prefetch, extension);
    }

    private static URI fhirServer(JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        String expected = "must be the FHIR server's base URL, http(s) without query or fragment";
        if (!node.isTextual()) {
            problems.add(new Problem("fhirServer", expected, got(node)));
            return null;
        }
        try {
            URI uri = new URI(node.textValue());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                problems.add(new Problem("fhirServer", expected, got(node)));
                return null;
            }
            String text = uri.toString();
            return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (URISyntaxException e) {
            problems.add(new Problem("fhirServer", expected, got(node)));
            return null;
        }
    }

    private static String accessToken(JsonNode node, URI fhirServer, boolean fhirServerGiven, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode token = node.get("access_token");
        if (!node.isObject() || token == null || !token.isTextual() || token.textValue().isBlank()) {
            problems.add(new Problem("fhirAuthorization.access_token", "must be the OAuth 2.0 access token for fhirServer",
                    node.isObject() ? (token == null ? "missing" : "not a string") : got(node)));
            return null;
        }
        JsonNode type = node.get("token_type");
        if (type != null && !(type.isTextual() && type.textValue().equalsIgnoreCase("Bearer"))) {
            problems.add(new Problem("fhirAuthorization.token_type", "must be \"Bearer\"", got(type)));
        }
        if (!fhirServerGiven) {
            problems.add(new Problem("fhirServer", "must be given with fhirAuthorization (CDS Hooks 2.0)", "missing"));
        } else if (fhirServer != null && fhirServer.getScheme().equalsIgnoreCase("http") && !loopback(fhirServer.getHost())) {
            problems.add(new Problem("fhirServer", "must be https when fhirAuthorization gives an access token (it would travel "
                    + "in clear)", fhirServer.toString()));
        }
        return token.textValue();
    }

    /** Whether a host name or address is this machine's loopback, without asking DNS. */
    static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static JsonNode object(JsonNode request, String field, List<Problem> problems) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new Problem(field, "must be an object", got(node)));
            return null;
        }
        return node;
    }

    /** The node's text when it is a UUID; otherwise adds a problem and returns null. */
    static String uuid(JsonNode node, String path, String expected, List<Problem> problems) {
        if (node != null && node.isTextual() && UUID.matcher(node.textValue()).matches()) {
            return node.textValue();
        }
        problems.add(new Problem(path, expected, got(node)));
        return null;
    }

    /** What came, for an error message: a short string as it is, otherwise its JSON type. */
    static String got(JsonNode node) {
        if (node == null) {
            return "missing";
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return text.length() <= 80 && text.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? "\"" + text + "\"" : "a string";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
