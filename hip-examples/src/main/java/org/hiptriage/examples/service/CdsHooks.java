package org.hiptriage.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hiptriage.examples.fhir.QuestionnaireResponses;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.examples.text.Counts;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.report.Phase;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;

/**
 * The CDS Hooks 2.0 side of the service: the discovery document and the cards.
 *
 * <p>The case travels in the request's {@code extension} member (CDS Hooks' own place for data a
 * hook does not define), either as contract JSON under {@value #ASSESSMENT_EXTENSION} or as a
 * completed FHIR R4 {@code QuestionnaireResponse} to the hip-triage questionnaire under
 * {@value #QUESTIONNAIRE_RESPONSE_EXTENSION}. The hook's {@code context} stays as the hook defines it
 * ({@code userId}, {@code patientId}); no prefetch is needed.
 */
public final class CdsHooks {

    /** The service's id in the discovery document and its URL. */
    public static final String SERVICE_ID = "hip-pain-triage";
    /** The hook it answers. */
    public static final String HOOK = "patient-view";
    /** The extension member holding a case in the contract's JSON. */
    public static final String ASSESSMENT_EXTENSION = "org.hiptriage.assessment";
    /** The extension member holding a completed QuestionnaireResponse. */
    public static final String QUESTIONNAIRE_RESPONSE_EXTENSION = "org.hiptriage.questionnaireResponse";
    /** The label of every card's source. */
    public static final String SOURCE_LABEL = "hip-triage";
    /** The longest summary CDS Hooks allows is under 140 characters. */
    public static final int MAX_SUMMARY = 139;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CdsHooks() {
    }

    /** {@code GET /cds-services}. */
    public static ObjectNode discovery() {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode service = root.putArray("services").addObject();
        service.put("hook", HOOK);
        service.put("title", "Hip pain triage for runners");
        service.put("description", "Triages a runner's hip pain: how soon to be seen, the conditions that fit, warning "
                + "signs, and a conservative care plan, each with its reasons. The case comes in the request's extension "
                + "member \"" + ASSESSMENT_EXTENSION + "\" (hip-triage contract JSON) or \""
                + QUESTIONNAIRE_RESPONSE_EXTENSION + "\" (a FHIR R4 QuestionnaireResponse). Decision support, not a diagnosis.");
        service.put("id", SERVICE_ID);
        service.put("usageRequirements", "Send the runner's answers in the request's extension; no prefetch or FHIR "
                + "server access is needed.");
        return root;
    }

    /**
     * Reads the case of a hook request.
     *
     * @throws InvalidAssessmentException listing every problem, paths prefixed with where they are in the request
     */
    public static Assessment assessment(JsonNode request) {
        List<Problem> problems = new ArrayList<>();
        if (request == null || !request.isObject()) {
            throw new InvalidAssessmentException(List.of(new Problem("$", "must be a CDS Hooks request (a JSON object)",
                    request == null ? "nothing" : request.getNodeType().name().toLowerCase(Locale.ROOT))));
        }
        if (!textual(request, "hook")) {
            problems.add(new Problem("hook", "must be the hook's name, e.g. \"" + HOOK + "\"", missing(request, "hook")));
        }
        if (!textual(request, "hookInstance")) {
            problems.add(new Problem("hookInstance", "must be the hook instance's id (a UUID)", missing(request, "hookInstance")));
        }
        if (request.has("context") && !request.get("context").isObject()) {
            problems.add(new Problem("context", "must be an object", request.get("context").getNodeType().name()));
        }
        JsonNode extension = request.get("extension");
        JsonNode assessment = extension == null ? null : extension.get(ASSESSMENT_EXTENSION);
        JsonNode response = extension == null ? null : extension.get(QUESTIONNAIRE_RESPONSE_EXTENSION);
        if (assessment == null && response == null) {
            problems.add(new Problem("extension", "must hold the case as \"" + ASSESSMENT_EXTENSION + "\" (contract JSON) or \""
                    + QUESTIONNAIRE_RESPONSE_EXTENSION + "\" (a FHIR QuestionnaireResponse)", "missing"));
        } else if (assessment != null && response != null) {
            problems.add(new Problem("extension", "must hold one case, not both \"" + ASSESSMENT_EXTENSION + "\" and \""
                    + QUESTIONNAIRE_RESPONSE_EXTENSION + "\"", "both"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        try {
            return assessment != null ? AssessmentJson.parse(assessment.toString()) : QuestionnaireResponses.toAssessment(response);
        } catch (InvalidAssessmentException e) {
            String prefix = "extension." + (assessment != null ? ASSESSMENT_EXTENSION : QUESTIONNAIRE_RESPONSE_EXTENSION) + ".";
            throw new InvalidAssessmentException(e.problems().stream()
                    .map(p -> new Problem(prefix + p.path(), p.expected(), p.got())).toList());
        }
    }

    private static boolean textual(JsonNode node, String field) {
        return node.hasNonNull(field) && node.get(field).isTextual() && !node.get(field).textValue().isBlank();
    }

    private static String missing(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).toString() : "missing";
    }

    /** The response to a hook request: one card with the disposition, the reasons and the care plan. */
    public static ObjectNode cards(TriageReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode card = root.putArray("cards").addObject();
        card.put("uuid", UUID.randomUUID().toString());
        card.put("summary", summary(report));
        card.put("indicator", indicator(report.disposition().level()));
        card.put("detail", detail(report));
        card.putObject("source").put("label", SOURCE_LABEL);
        return root;
    }

    /** The card's indicator for a disposition level. */
    public static String indicator(Level level) {
        return switch (level) {
            case EMERGENCY, URGENT -> "critical";
            case SEE_CLINICIAN -> "warning";
            case SELF_CARE -> "info";
        };
    }

    /** The card's summary: the disposition and the most likely condition, under 140 characters. */
    public static String summary(TriageReport report) {
        String level = switch (report.disposition().level()) {
            case EMERGENCY -> "EMERGENCY: emergency department now";
            case URGENT -> "URGENT: be seen today";
            case SEE_CLINICIAN -> "See a clinician within 1-2 weeks";
            case SELF_CARE -> "Self-care";
        };
        String fits = report.topCondition()
                .map(c -> c.likelihood().name().toLowerCase(Locale.ROOT) + " " + shortName(c.name()))
                .orElse("no condition fits clearly");
        String summary = "Hip pain: " + level + " (" + fits + ")";
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY - 2) + "…)";
        }
        return summary;
    }

    private static String shortName(String name) {
        int bracket = name.indexOf(" (");
        return bracket > 0 ? name.substring(0, bracket) : name;
    }

    /**
     * The card's detail in Markdown: what to do and why, warning signs, conditions, the questions still open
     * that could make it more urgent (contract v2 {@code openQuestions}: ask them before relying on the card),
     * care plan, avoid, safety net.
     */
    public static String detail(TriageReport r) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(r.disposition().level().name().replace('_', ' ')).append("** — ")
                .append(escape(r.disposition().advice())).append("\n\n");
        if (!r.disposition().because().isEmpty()) {
            md.append("Why: ").append(escape(String.join("; ", r.disposition().because()))).append(".\n\n");
        }
        if (!r.flags().isEmpty()) {
            md.append("### Warning signs\n");
            for (Flag f : r.flags()) {
                md.append("- **").append(f.code()).append("** (").append(f.level()).append("): ").append(escape(f.message()))
                        .append(" Because: ").append(escape(String.join("; ", f.because()))).append(".\n");
            }
            md.append('\n');
        }
        md.append("### What it may be\n");
        if (r.conditions().isEmpty()) {
            md.append("Nothing fits clearly; a clinician should examine the hip.\n");
        }
        for (Condition c : r.conditions()) {
            md.append("- **").append(escape(c.name())).append("** — ").append(c.likelihood().name().toLowerCase(Locale.ROOT))
                    .append(" (score ").append(c.score()).append("). For: ").append(escape(String.join("; ", c.because())))
                    .append('.');
            if (!c.against().isEmpty()) {
                md.append(" Against: ").append(escape(String.join("; ", c.against()))).append('.');
            }
            md.append('\n');
        }
        if (!r.openQuestions().isEmpty()) {
            md.append("\n### Before you rely on this\n");
            md.append("Not yet answered; a worrying answer could make this more urgent (unknown is not \"no\"):\n");
            for (OpenQuestion q : r.openQuestions()) {
                md.append("- **").append(escape(q.question())).append("** Why: ").append(escape(q.why()))
                        .append(q.why().strip().endsWith(".") ? "" : ".").append(" Could raise it to ")
                        .append(q.couldRaiseTo().name().replace('_', ' ')).append(" (`").append(q.path()).append("`).\n");
            }
        }
        if (!r.careSteps().isEmpty()) {
            md.append("\n### Care plan\n");
            Phase phase = null;
            for (CareStep s : r.careSteps()) {
                if (s.phase() != phase) {
                    phase = s.phase();
                    md.append("**").append(phaseTitle(phase)).append("**\n\n");
                }
                md.append("- ").append(escape(s.instructions())).append(" *").append(escape(s.dose())).append("*\n");
                if (nextIsNewPhase(r.careSteps(), s)) {
                    md.append('\n');
                }
            }
        }
        if (!r.avoid().isEmpty()) {
            md.append("\n### Avoid\n");
            for (Avoid a : r.avoid()) {
                md.append("- ").append(escape(a.reason()));
                if (!a.because().isEmpty()) {
                    md.append(" Because: ").append(escape(String.join("; ", a.because()))).append('.');
                }
                md.append('\n');
            }
        }
        md.append("\n### Safety net\n");
        r.safetyNet().forEach(s -> md.append("- ").append(escape(s)).append('\n'));
        md.append("\n_").append(escape(r.disclaimer())).append("_\n");
        return Counts.grammar(md.toString());
    }

    private static boolean nextIsNewPhase(List<CareStep> steps, CareStep step) {
        int i = steps.indexOf(step);
        return i == steps.size() - 1 || steps.get(i + 1).phase() != step.phase();
    }

    private static String phaseTitle(Phase phase) {
        return switch (phase) {
            case PROTECT -> "Now (protect)";
            case SETTLE -> "The first days and weeks (settle)";
            case REBUILD -> "Strength and mobility (rebuild)";
            case RETURN -> "Back to running (return)";
            case PREVENT -> "Habits (prevent)";
        };
    }

    /** Escapes the Markdown characters that would change the meaning of plain text. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The error body of a refused hook request or assessment. */
    static ObjectNode errors(List<Problem> problems) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode errors = root.putArray("errors");
        for (Problem p : problems) {
            errors.addObject().put("path", p.path()).put("message", p.message());
        }
        return root;
    }
}
