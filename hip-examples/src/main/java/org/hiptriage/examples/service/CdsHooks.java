package org.hiptriage.examples.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hiptriage.examples.fhir.Questionnaires;
import org.hiptriage.examples.text.Counts;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.report.Phase;
import org.hiptriage.model.report.TriageReport;

/**
 * The CDS Hooks 2.0 side of the service: the discovery document and the cards.
 *
 * <p>The case comes as EHRs send it: the discovery document asks for the patient and the patient's latest
 * completed QuestionnaireResponse to the hip-triage questionnaire as {@code prefetch}; what was not
 * prefetched is fetched from the request's {@code fhirServer} ({@link HookCases}). The request's
 * {@code extension} may carry the case instead, as contract JSON under {@value #ASSESSMENT_EXTENSION} or a
 * completed QuestionnaireResponse under {@value #QUESTIONNAIRE_RESPONSE_EXTENSION}; when present it wins.
 * The answer is one card: the triage, or, with no questionnaire answered yet, a card launching the intake.
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
    /** The code system of the override reasons the cards offer. */
    public static final String OVERRIDE_REASON_SYSTEM = "urn:hiptriage:cds:override-reason";
    /** The override reasons every card offers, code to display. */
    public static final Map<String, String> OVERRIDE_REASONS = overrideReasons();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Where a card links.
     *
     * @param rulebook the rulebook page: the cards' {@code source.url}, and with {@code #f-<flag>} each flag's entry
     * @param intake the SMART app launch URL of the intake, or null for none
     */
    public record Links(URI rulebook, URI intake) {
    }

    private CdsHooks() {
    }

    private static Map<String, String> overrideReasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("already-assessed", "Already assessed by a clinician");
        reasons.put("not-relevant", "Not relevant to this visit");
        reasons.put("patient-declined", "Patient declined");
        return Collections.unmodifiableMap(reasons);
    }

    /** {@code GET /cds-services}: the one service, with its prefetch templates. */
    public static ObjectNode discovery() {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode service = root.putArray("services").addObject();
        service.put("hook", HOOK);
        service.put("title", "Hip pain triage for runners");
        service.put("description", "Triages a runner's hip pain from the patient's latest completed answers to the hip-triage "
                + "questionnaire (" + Questionnaires.URL + "): how soon to be seen, the conditions that fit, warning signs, and a "
                + "conservative care plan, each with its reasons. With no answers yet, a card offers the intake. Decision "
                + "support, not a diagnosis.");
        service.put("id", SERVICE_ID);
        ObjectNode prefetch = service.putObject("prefetch");
        HookCases.templates().forEach(prefetch::put);
        service.put("usageRequirements", "Prefetch both templates, or give fhirServer (and fhirAuthorization with read access "
                + "to Patient and QuestionnaireResponse) to fetch what was not prefetched. Alternatively, send the case in the "
                + "request's extension as \"" + ASSESSMENT_EXTENSION + "\" (hip-triage contract JSON) or \""
                + QUESTIONNAIRE_RESPONSE_EXTENSION + "\" (a FHIR R4 QuestionnaireResponse).");
        return root;
    }

    /** The response to a hook request: one card with the disposition, the reasons and the care plan. */
    public static ObjectNode cards(TriageReport report, Links links) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode card = root.putArray("cards").addObject();
        card.put("uuid", UUID.randomUUID().toString());
        card.put("summary", summary(report));
        card.put("indicator", indicator(report.disposition().level()));
        card.put("detail", detail(report));
        source(card, links);
        overrideReasons(card);
        ArrayNode linked = MAPPER.createArrayNode();
        Set<String> shown = new LinkedHashSet<>();
        for (Flag flag : report.flags()) {
            String code = flag.code().name();
            if (shown.add(code)) {
                linked.addObject().put("label", "Rulebook: " + code).put("url", links.rulebook() + "#" + flagAnchor(code))
                        .put("type", "absolute");
            }
        }
        if (!linked.isEmpty()) {
            card.set("links", linked);
        }
        return root;
    }

    /** The response when the patient has not answered the questionnaire yet: one card offering the intake. */
    public static ObjectNode intakeCard(Links links) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode card = root.putArray("cards").addObject();
        card.put("uuid", UUID.randomUUID().toString());
        card.put("summary", "Hip pain triage: no completed hip-triage questionnaire yet; start the intake");
        card.put("indicator", "info");
        card.put("detail", "No completed (or amended) answers to the hip-triage questionnaire are on file for this patient, "
                + "so there is no triage yet. Start the intake: the patient answers the questionnaire (`" + Questionnaires.URL
                + "`), and once a completed QuestionnaireResponse is on file this service answers with the triage.");
        source(card, links);
        overrideReasons(card);
        ArrayNode linked = card.putArray("links");
        if (links.intake() != null) {
            linked.addObject().put("label", "Start the hip-pain intake").put("url", links.intake().toString()).put("type", "smart")
                    .put("appContext", MAPPER.createObjectNode().put("questionnaire", Questionnaires.URL).toString());
        }
        linked.addObject().put("label", "The hip-triage questionnaire").put("url", Questionnaires.URL).put("type", "absolute");
        return root;
    }

    /** The rulebook's anchor of a flag: {@code f-} and its code in lower case, words joined by hyphens. */
    static String flagAnchor(String code) {
        return "f-" + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static void source(ObjectNode card, Links links) {
        ObjectNode source = card.putObject("source");
        source.put("label", SOURCE_LABEL);
        source.put("url", links.rulebook().toString());
        source.putObject("topic").put("system", "http://snomed.info/sct").put("code", "49218002").put("display", "Hip pain");
    }

    private static void overrideReasons(ObjectNode card) {
        ArrayNode reasons = card.putArray("overrideReasons");
        OVERRIDE_REASONS.forEach((code, display) -> reasons.addObject().put("system", OVERRIDE_REASON_SYSTEM).put("code", code)
                .put("display", display));
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
}
