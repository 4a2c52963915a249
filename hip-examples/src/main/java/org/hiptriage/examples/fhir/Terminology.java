package org.hiptriage.examples.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hiptriage.examples.interview.Question;
import org.hiptriage.examples.interview.Questions;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.Likelihood;
import org.hiptriage.model.report.Phase;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;

/**
 * The code systems and value sets of hip-triage, made with HAPI's R4 model from the interview's
 * {@link Questions} and the model's code enums. One code system per contract code list
 * ({@code https://hiptriage.org/fhir/CodeSystem/hip-triage-<list>}), whose codes are the contract's
 * codes as they are: one system for all lists cannot be, since some codes stand in two lists with two
 * meanings ({@code WORSE_WITH_EVERY_RUN} is a trend and a flag, {@code NONE} an onset event and "none of
 * these"). The answer lists of the questionnaire: one value set per question
 * ({@code .../ValueSet/hip-triage-<section>-<field>}), with the question's own words for each code. The
 * runner's sex is answered in {@value #ADMINISTRATIVE_GENDER} (female, male, other ↔ FEMALE, MALE, OTHER).
 */
public final class Terminology {

    /** FHIR's administrative gender, in which the runner's sex is answered. */
    public static final String ADMINISTRATIVE_GENDER = "http://hl7.org/fhir/administrative-gender";
    /** The code system of the answer "none of these" (code {@value Question#NONE}): an empty list in the contract. */
    public static final String ANSWER = FhirR4.canonical("CodeSystem", "hip-triage-answer");
    /** Urgency levels: the disposition and each flag's level. */
    public static final String LEVEL = FhirR4.canonical("CodeSystem", "hip-triage-level");
    /** Condition codes. */
    public static final String CONDITION = FhirR4.canonical("CodeSystem", "hip-triage-condition");
    /** Flag codes. */
    public static final String FLAG = FhirR4.canonical("CodeSystem", "hip-triage-flag");
    /** Care-step codes. */
    public static final String CARE_STEP = FhirR4.canonical("CodeSystem", "hip-triage-care-step");
    /** Care phases. */
    public static final String PHASE = FhirR4.canonical("CodeSystem", "hip-triage-phase");
    /** Avoid codes: the things to avoid. */
    public static final String AVOID = FhirR4.canonical("CodeSystem", "hip-triage-avoid");
    /** The likelihood of a condition. */
    public static final String LIKELIHOOD = FhirR4.canonical("CodeSystem", "hip-triage-likelihood");
    /** SNOMED CT, for the few conditions with a concept that means the same. */
    public static final String SNOMED = "http://snomed.info/sct";

    /** The contract's sex code list, answered in administrative gender instead of a code system of its own. */
    private static final String SEX_TYPE = "Sex";

    private static final Map<String, CodeSystem> CODE_SYSTEMS = codeSystemsByUrl();

    private Terminology() {
    }

    // --- the answers of the questionnaire ------------------------------------------------------

    /** The code system of a question's answers ({@value #ADMINISTRATIVE_GENDER} for the runner's sex). */
    static String system(Question question) {
        String type = type(question);
        return SEX_TYPE.equals(type) ? ADMINISTRATIVE_GENDER : FhirR4.canonical("CodeSystem", "hip-triage-" + kebab(type));
    }

    /** The canonical URL of a question's value set. */
    static String valueSet(Question question) {
        return FhirR4.canonical("ValueSet", valueSetId(question));
    }

    /** The answer coding for a contract code of a question ({@value Question#NONE} for "none of these"). */
    static Coding answer(Question question, String contractCode) {
        if (Question.NONE.equals(contractCode) && question.allowNone()) {
            return new Coding(ANSWER, Question.NONE, "none of these");
        }
        Question.Choice choice = question.choice(contractCode);
        if (choice == null) {
            throw new IllegalArgumentException(contractCode + " is not an answer to " + question.path());
        }
        if (isSex(question)) {
            return new Coding(ADMINISTRATIVE_GENDER, contractCode.toLowerCase(Locale.ROOT), capitalised(choice.label()));
        }
        return new Coding(system(question), contractCode, choice.label());
    }

    /**
     * The contract code a coding answers to a question: {@value Question#NONE} for "none of these", {@code null}
     * when the coding's system is not the question's. The version-2.0 systems ({@code urn:hiptriage:code:<list>},
     * and the contract's own sex codes) are still read, so responses to that questionnaire keep working.
     */
    static String contractCode(Question question, String system, String code) {
        if (code == null) {
            return null;
        }
        if (question.allowNone() && Question.NONE.equals(code) && (ANSWER.equals(system) || question.codeSystem().equals(system))) {
            return Question.NONE;
        }
        if (isSex(question) && ADMINISTRATIVE_GENDER.equals(system)) {
            String upper = code.toUpperCase(Locale.ROOT);
            // administrative gender's codes are lower-case: "FEMALE" there is no code, never a choice
            return code.equals(upper) ? "(" + code + ")" : upper;
        }
        if (system == null || system.equals(system(question)) || system.equals(question.codeSystem())) {
            return code;
        }
        return null;
    }

    private static boolean isSex(Question question) {
        return SEX_TYPE.equals(type(question));
    }

    /** The contract's name of a question's code list, e.g. {@code Location}. */
    private static String type(Question question) {
        return question.codeSystem().substring(Questions.CODE_SYSTEM_PREFIX.length());
    }

    private static String valueSetId(Question question) {
        return "hip-triage-" + kebab(question.section()) + "-" + kebab(question.field());
    }

    // --- the report's codes --------------------------------------------------------------------

    /** A coding of a report code in its hip-triage code system, with the code system's display. */
    static Coding coding(String system, Enum<?> code) {
        CodeSystem codeSystem = CODE_SYSTEMS.get(system);
        ConceptDefinitionComponent concept = codeSystem.getConcept().stream()
                .filter(c -> c.getCode().equals(code.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code + " is not in " + system));
        return new Coding(system, concept.getCode(), concept.getDisplay());
    }

    /**
     * The SNOMED CT concept of a condition, where one means the same and its id is certain; empty
     * otherwise (most of the runners' conditions have no concept that means exactly the same).
     */
    static List<Coding> snomed(ConditionCode condition) {
        return switch (condition) {
            case HIP_OSTEOARTHRITIS -> List.of(new Coding(SNOMED, "239872002", "Osteoarthritis of hip"));
            case INGUINAL_HERNIA -> List.of(new Coding(SNOMED, "396232000", "Inguinal hernia"));
            default -> List.of();
        };
    }

    // --- the resources -------------------------------------------------------------------------

    /** Every hip-triage code system: the answer lists', "none of these" and the report's. */
    public static List<CodeSystem> codeSystems() {
        return CODE_SYSTEMS.values().stream().map(CodeSystem::copy).toList();
    }

    /** One value set per question with codes to choose from, in the order asked. */
    public static List<ValueSet> valueSets() {
        List<ValueSet> out = new ArrayList<>();
        for (Question question : Questions.all()) {
            if (question.choices().isEmpty()) {
                continue;
            }
            ValueSet vs = new ValueSet();
            vs.setId(valueSetId(question));
            vs.setUrl(valueSet(question));
            vs.setVersion(FhirR4.VERSION);
            vs.setName("HipTriage" + pascal(question.section()) + pascal(question.field()));
            vs.setTitle("hip-triage answers to " + question.path());
            vs.setStatus(PublicationStatus.ACTIVE);
            vs.setExperimental(false);
            vs.setPublisher("hip-triage");
            vs.setDescription("The answers to \"" + question.text() + "\" (" + question.path() + "), with the words the "
                    + "questionnaire shows for each" + (question.allowNone() ? "; NONE of " + ANSWER + " means none of these." : "."));
            ConceptSetComponent include = vs.getCompose().addInclude().setSystem(system(question));
            for (Question.Choice choice : question.choices()) {
                Coding coding = answer(question, choice.code());
                include.addConcept().setCode(coding.getCode()).setDisplay(coding.getDisplay());
            }
            if (question.allowNone()) {
                vs.getCompose().addInclude().setSystem(ANSWER).addConcept().setCode(Question.NONE).setDisplay("none of these");
            }
            out.add(vs);
        }
        return out;
    }

    /**
     * Every code system and value set in one transaction Bundle, as shipped in
     * {@code hip-examples/fhir/hip-triage-terminology.json}: POST it to a FHIR server's base to load them all.
     */
    public static Bundle bundle() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.setId("hip-triage-terminology");
        for (CodeSystem cs : codeSystems()) {
            bundle.addEntry().setFullUrl(cs.getUrl()).setResource(cs).getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT).setUrl("CodeSystem/" + cs.getIdElement().getIdPart());
        }
        for (ValueSet vs : valueSets()) {
            bundle.addEntry().setFullUrl(vs.getUrl()).setResource(vs).getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT).setUrl("ValueSet/" + vs.getIdElement().getIdPart());
        }
        return bundle;
    }

    private static Map<String, CodeSystem> codeSystemsByUrl() {
        Map<String, CodeSystem> out = new LinkedHashMap<>();
        // the answer lists, in the order first asked, each code with the words of the first question asking it
        Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
        for (Question question : Questions.all()) {
            if (question.choices().isEmpty() || isSex(question)) {
                continue;
            }
            Map<String, List<String>> codes = lists.computeIfAbsent(type(question), t -> new LinkedHashMap<>());
            for (Question.Choice choice : question.choices()) {
                List<String> labels = codes.computeIfAbsent(choice.code(), c -> new ArrayList<>());
                if (!labels.contains(choice.label())) {
                    labels.add(choice.label());
                }
            }
        }
        lists.forEach((type, codes) -> {
            CodeSystem cs = codeSystem("hip-triage-" + kebab(type), type, "the runner's answers: " + words(type),
                    "The contract's " + type + " codes (contract section 1), as the questionnaire's answers use them.");
            codes.forEach((code, labels) -> {
                ConceptDefinitionComponent concept = cs.addConcept().setCode(code).setDisplay(labels.get(0));
                // the words other questions use for the same code
                labels.stream().skip(1).forEach(label -> concept.addDesignation().setValue(label));
            });
            out.put(cs.getUrl(), cs);
        });
        CodeSystem answer = codeSystem("hip-triage-answer", "Answer", "answers that are no contract code",
                "Answers of the questionnaire that stand for something other than a code: NONE is \"none of these\", "
                        + "an empty list in the contract.");
        answer.addConcept().setCode(Question.NONE).setDisplay("none of these");
        out.put(answer.getUrl(), answer);
        add(out, "hip-triage-level", "Level", "urgency levels",
                "How soon to be seen (contract section 2): the disposition's level and each flag's.",
                Level.values(), Terminology::levelWords, Level::advice);
        add(out, "hip-triage-condition", "Condition", "candidate conditions",
                "The conditions hip-triage weighs (contract section 2, condition codes). Decision support, not a diagnosis.",
                ConditionCode.values(), ConditionCode::displayName, c -> null);
        add(out, "hip-triage-flag", "Flag", "flags", "Warning signs that call for a clinician (contract section 2, flag codes); "
                        + "the least level of each is in its definition.",
                FlagCode.values(), c -> sentence(c.name()), c -> c.message() + " (at least " + levelWords(c.leastLevel()) + ")");
        add(out, "hip-triage-care-step", "CareStep", "care steps", "What to do, by phase (contract section 2, care-step codes).",
                CareStepCode.values(), c -> sentence(c.name()), CareStepCode::instructions);
        add(out, "hip-triage-phase", "Phase", "care phases", "The phases of the care steps, in order (contract section 2).",
                Phase.values(), p -> sentence(p.name()), Terminology::phaseMeaning);
        add(out, "hip-triage-avoid", "Avoid", "things to avoid", "What to avoid (contract section 2, avoid codes).",
                AvoidCode.values(), c -> sentence(c.name()), AvoidCode::meaning);
        add(out, "hip-triage-likelihood", "Likelihood", "likelihoods", "How well a candidate condition fits the facts.",
                Likelihood.values(), l -> l.name().toLowerCase(Locale.ROOT), l -> l == Likelihood.LIKELY
                        ? "Fits the facts well (score " + Likelihood.LIKELY_SCORE + " or more)."
                        : "Fits some of the facts (score " + Likelihood.POSSIBLE_SCORE + " to " + (Likelihood.LIKELY_SCORE - 1) + ").");
        return out;
    }

    private static <E extends Enum<E>> void add(Map<String, CodeSystem> out, String id, String type, String what, String description,
                                               E[] values, Function<E, String> display, Function<E, String> definition) {
        CodeSystem cs = codeSystem(id, type, what, description);
        Arrays.stream(values).forEach(v -> cs.addConcept().setCode(v.name()).setDisplay(display.apply(v))
                .setDefinition(definition.apply(v)));
        out.put(cs.getUrl(), cs);
    }

    private static CodeSystem codeSystem(String id, String type, String what, String description) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setUrl(FhirR4.canonical("CodeSystem", id));
        cs.setVersion(FhirR4.VERSION);
        cs.setName("HipTriage" + type);
        cs.setTitle("hip-triage " + what);
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setExperimental(false);
        cs.setPublisher("hip-triage");
        cs.setDescription(description);
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystemContentMode.COMPLETE);
        return cs;
    }

    private static String levelWords(Level level) {
        return switch (level) {
            case EMERGENCY -> "emergency";
            case URGENT -> "urgent (same day)";
            case SEE_CLINICIAN -> "see a clinician (within 1-2 weeks)";
            case SELF_CARE -> "self-care";
        };
    }

    private static String phaseMeaning(Phase phase) {
        return switch (phase) {
            case PROTECT -> "Now.";
            case SETTLE -> "The first days and weeks.";
            case REBUILD -> "Strength and mobility.";
            case RETURN -> "The return to running.";
            case PREVENT -> "Habits that keep it away.";
        };
    }

    /** {@code FEVER_WITH_HIP_PAIN} as "Fever with hip pain". */
    static String sentence(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code MenstrualStatus} as "menstrual status". */
    private static String words(String type) {
        return kebab(type).replace('-', ' ');
    }

    /** {@code MenstrualStatus} or {@code radiatesTo} as {@code menstrual-status}, {@code radiates-to}. */
    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String pascal(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
