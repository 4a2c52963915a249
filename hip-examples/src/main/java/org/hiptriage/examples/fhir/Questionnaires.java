package org.hiptriage.examples.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hiptriage.examples.interview.Question;
import org.hiptriage.examples.interview.Question.EnableWhen;
import org.hiptriage.examples.interview.Questions;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;

/**
 * The interview's questions as a FHIR R4 {@code Questionnaire}, generated from {@link Questions} with
 * HAPI's model. One group per contract section (linkId = the section's name), one item per question
 * (linkId = its contract path, e.g. {@code pain.severity}); answers from the question's value set
 * ({@link Terminology}); a LOINC {@code code} where LOINC has the same question; ranges as the
 * {@code minValue}/{@code maxValue} extensions, units as {@code questionnaire-unit}; what does not apply
 * is hidden with {@code enableWhen}. SDC prefill: the launch context {@code patient} and an
 * {@code initialExpression} for the age (from {@code Patient.birthDate}) and the sex (from
 * {@code Patient.gender}), so an SDC {@code $populate} fills them in.
 *
 * <p>R4 gives an item one list of conditions, all or any of them: a question whose conditions need more
 * (pregnancy: not male, and periods neither not started nor over, and aged 12 or more or periods started) sits
 * in groups that hold the outer levels (linkIds: its path and {@value #CONDITION_GROUP_SUFFIX}, then
 * {@code .when.2}...), since an item inside a disabled group is disabled too. "Not this answer" on a question
 * that may be left unanswered is written "no answer, or another answer" ({@code exists false} or {@code =}),
 * since R4's {@code !=} is false for an unanswered question: with {@code !=} a response that left the periods
 * unanswered could not answer the pregnancy question.
 */
public final class Questionnaires {

    /** The questionnaire's canonical URL. */
    public static final String URL = FhirR4.canonical("Questionnaire", "hip-triage-runner");
    /** Its version: the contract's, then the revision of the FHIR definitions ({@link FhirR4#VERSION}). */
    public static final String VERSION = FhirR4.VERSION;
    /** The canonical URL of the questionnaire before version 2.1; responses to it are still read. */
    public static final String LEGACY_URL = "urn:hiptriage:fhir:Questionnaire:hip-triage-runner";

    /** The end of the linkId of the group around a question with {@link Question#alsoWhen()} conditions. */
    public static final String CONDITION_GROUP_SUFFIX = ".when";

    static final String SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/";
    static final String LAUNCH_CONTEXT = SDC + "sdc-questionnaire-launchContext";
    static final String INITIAL_EXPRESSION = SDC + "sdc-questionnaire-initialExpression";
    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    private static final String UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
    private static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    private static final String UCUM = "http://unitsofmeasure.org";
    private static final String LOINC = "http://loinc.org";

    /** The LOINC question codes that mean what the question asks (the others have none that is the same). */
    private static final Map<String, Coding> LOINC_CODES = Map.of(
            "runner.age", new Coding(LOINC, "30525-0", "Age"),
            "runner.sex", new Coding(LOINC, "46098-0", "Sex"),
            "runner.heightCm", new Coding(LOINC, "8302-2", "Body height"),
            "runner.weightKg", new Coding(LOINC, "29463-7", "Body weight"),
            "pain.severity", new Coding(LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"));

    /**
     * The age in whole years on today's date from {@code Patient.birthDate} (FHIRPath has no age function in R4:
     * the difference of the years, less one before the birthday; empty without a birth date).
     */
    static final String AGE_FROM_BIRTH_DATE = "%patient.birthDate.select(today().toString().substring(0, 4).toInteger()"
            + " - $this.toString().substring(0, 4).toInteger()"
            + " - iif(today().toString().substring(5) < $this.toString().substring(5), 1, 0))";
    /** The sex from {@code Patient.gender}; "unknown" is no answer of the question, so it prefills nothing. */
    static final String SEX_FROM_GENDER = "%patient.gender.where($this != 'unknown')";

    private Questionnaires() {
    }

    /** The questionnaire as pretty-printed JSON, as committed under {@code hip-examples/fhir/}. */
    public static String json() {
        return FhirR4.pretty(questionnaire());
    }

    /** The questionnaire, made afresh. */
    public static Questionnaire questionnaire() {
        Questionnaire q = new Questionnaire();
        q.setId("hip-triage-runner");
        q.setUrl(URL);
        q.setVersion(VERSION);
        q.setName("HipTriageRunnerQuestionnaire");
        q.setTitle("Hip pain in runners: triage questions");
        q.setStatus(PublicationStatus.ACTIVE);
        q.setExperimental(false);
        q.setPublisher("hip-triage");
        q.addSubjectType("Patient");
        q.setDescription("What hip-triage asks a runner with hip pain, generated from its question model. "
                + "Each linkId is the hip-triage contract path the answer fills; a completed QuestionnaireResponse maps "
                + "to an assessment. The answers' code systems and value sets are published with it. "
                + "An SDC $populate with the patient in context fills in the age and the sex. "
                + "No examination questions: those are for a clinician. Decision support, not a diagnosis.");
        Extension launch = q.addExtension().setUrl(LAUNCH_CONTEXT);
        launch.addExtension("name", new Coding("http://hl7.org/fhir/uv/sdc/CodeSystem/launchContext", "patient", "Patient"));
        launch.addExtension("type", new CodeType("Patient"));
        launch.addExtension("description", new StringType("The runner answering: the age and the sex are prefilled from it"));
        for (Questions.Section section : Questions.sections()) {
            QuestionnaireItemComponent group = q.addItem().setLinkId(section.id()).setText(section.title())
                    .setType(QuestionnaireItemType.GROUP);
            for (Question question : section.questions()) {
                List<ConditionLevel> levels = conditionLevels(question);
                QuestionnaireItemComponent parent = group;
                // every level but the last on a group of its own around the item, outermost first
                for (int i = 0; i < levels.size() - 1; i++) {
                    parent = parent.addItem().setLinkId(question.path() + CONDITION_GROUP_SUFFIX + (i == 0 ? "" : "." + (i + 1)))
                            .setType(QuestionnaireItemType.GROUP);
                    levels.get(i).applyTo(parent);
                }
                QuestionnaireItemComponent item = item(question);
                parent.addItem(item);
                if (!levels.isEmpty()) {
                    levels.get(levels.size() - 1).applyTo(item);
                }
            }
        }
        return q;
    }

    private static QuestionnaireItemComponent item(Question question) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent();
        item.setLinkId(question.path());
        Coding code = LOINC_CODES.get(question.path());
        if (code != null) {
            item.addCode(code.copy());
        }
        item.setText(question.text());
        item.setType(switch (question.kind()) {
            case WHOLE_NUMBER -> QuestionnaireItemType.INTEGER;
            case NUMBER -> QuestionnaireItemType.DECIMAL;
            case YES_NO -> QuestionnaireItemType.BOOLEAN;
            case ONE_OF, ANY_OF -> QuestionnaireItemType.CHOICE;
        });
        if (question.min() != null) {
            item.addExtension(MIN_VALUE, number(question, question.min()));
            item.addExtension(MAX_VALUE, number(question, question.max()));
        }
        if (question.unit() != null) {
            item.addExtension(UNIT, new Coding(UCUM, question.unit().ucum(), question.unit().words()));
        }
        if (question.path().equals("runner.age")) {
            item.addExtension(INITIAL_EXPRESSION, fhirPath(AGE_FROM_BIRTH_DATE, "age"));
        } else if (question.path().equals("runner.sex")) {
            item.addExtension(INITIAL_EXPRESSION, fhirPath(SEX_FROM_GENDER, "sex"));
        }
        if (question.required()) {
            item.setRequired(true);
        }
        if (question.kind() == Question.Kind.ANY_OF) {
            item.setRepeats(true);
        }
        if (!question.choices().isEmpty()) {
            item.setAnswerValueSet(Terminology.valueSet(question));
        }
        if (question.help() != null) {
            QuestionnaireItemComponent help = item.addItem().setLinkId(question.path() + ".help").setText(question.help())
                    .setType(QuestionnaireItemType.DISPLAY);
            help.addExtension(ITEM_CONTROL, new CodeableConcept(
                    new Coding("http://hl7.org/fhir/questionnaire-item-control", "help", "Help-Button")));
        }
        return item;
    }

    private static Expression fhirPath(String expression, String name) {
        return new Expression().setLanguage("text/fhirpath").setExpression(expression).setName(name);
    }

    /**
     * One level of conditions: all of them must hold, or any one.
     *
     * @param conditions the FHIR conditions
     * @param all true for enableBehavior "all"
     */
    private record ConditionLevel(List<QuestionnaireItemEnableWhenComponent> conditions, boolean all) {
        void applyTo(QuestionnaireItemComponent item) {
            conditions.forEach(c -> item.addEnableWhen(c.copy()));
            if (conditions.size() > 1) {
                item.setEnableBehavior(all ? EnableWhenBehavior.ALL : EnableWhenBehavior.ANY);
            }
        }
    }

    /**
     * The question's conditions as FHIR R4 levels, outermost first: its {@link Question#alsoWhen()} (all), then its
     * {@link Question#enableWhen()}. R4's {@code !=} is false when the question it tests has no answer (HAPI's
     * validator reads it so), where the interview takes "not X" to hold for an unanswered question: so "not X"
     * on a question that may be left unanswered is written "no answer, or any answer but X" ({@code exists false}
     * or {@code =} each other answer), a level of its own with enableBehavior "any". {@code !=} stays only on
     * questions that must be answered (the sex).
     */
    private static List<ConditionLevel> conditionLevels(Question question) {
        List<ConditionLevel> levels = new ArrayList<>();
        allLevels(question.alsoWhen(), levels);
        if (question.enableWhenAll()) {
            allLevels(question.enableWhen(), levels);
        } else if (!question.enableWhen().isEmpty()) {
            List<QuestionnaireItemEnableWhenComponent> any = new ArrayList<>();
            Map<String, List<EnableWhen>> notEquals = new LinkedHashMap<>();
            for (EnableWhen w : question.enableWhen()) {
                if (mayBeUnanswered(w)) {
                    notEquals.computeIfAbsent(w.question(), k -> new ArrayList<>()).add(w);
                } else {
                    any.add(condition(w));
                }
            }
            notEquals.values().forEach(ws -> any.addAll(noAnswerOrOther(ws)));
            levels.add(new ConditionLevel(any, false));
        }
        return levels;
    }

    private static void allLevels(List<EnableWhen> when, List<ConditionLevel> levels) {
        List<QuestionnaireItemEnableWhenComponent> all = new ArrayList<>();
        Map<String, List<EnableWhen>> notEquals = new LinkedHashMap<>();
        for (EnableWhen w : when) {
            if (mayBeUnanswered(w)) {
                notEquals.computeIfAbsent(w.question(), k -> new ArrayList<>()).add(w);
            } else {
                all.add(condition(w));
            }
        }
        if (!all.isEmpty()) {
            levels.add(new ConditionLevel(all, true));
        }
        notEquals.values().forEach(ws -> levels.add(new ConditionLevel(noAnswerOrOther(ws), false)));
    }

    /** A "not X" condition on a question that need not be answered. */
    private static boolean mayBeUnanswered(EnableWhen w) {
        return w.operator() == Question.Operator.NOT_EQUALS && !Questions.byPath(w.question()).required();
    }

    /** "No answer to the question, or an answer other than these": exists false, or = each other answer. */
    private static List<QuestionnaireItemEnableWhenComponent> noAnswerOrOther(List<EnableWhen> notEquals) {
        Question asked = Questions.byPath(notEquals.get(0).question());
        List<Object> excluded = notEquals.stream().map(EnableWhen::value).toList();
        List<QuestionnaireItemEnableWhenComponent> out = new ArrayList<>();
        out.add(new QuestionnaireItemEnableWhenComponent().setQuestion(asked.path())
                .setOperator(QuestionnaireItemOperator.EXISTS).setAnswer(new BooleanType(false)));
        List<Object> others = switch (asked.kind()) {
            case YES_NO -> List.of(true, false);
            case ONE_OF -> asked.choices().stream().map(c -> (Object) c.code()).toList();
            default -> throw new IllegalStateException("\"not\" on " + asked.path() + " of kind " + asked.kind());
        };
        others.stream().filter(v -> !excluded.contains(v))
                .forEach(v -> out.add(condition(new EnableWhen(asked.path(), Question.Operator.EQUALS, v))));
        return out;
    }

    private static QuestionnaireItemEnableWhenComponent condition(EnableWhen w) {
        QuestionnaireItemEnableWhenComponent c = new QuestionnaireItemEnableWhenComponent().setQuestion(w.question());
        c.setOperator(switch (w.operator()) {
            case EQUALS -> QuestionnaireItemOperator.EQUAL;
            case NOT_EQUALS -> QuestionnaireItemOperator.NOT_EQUAL;
            case AT_LEAST -> QuestionnaireItemOperator.GREATER_OR_EQUAL;
        });
        if (w.value() instanceof String code) {
            c.setAnswer(Terminology.answer(Questions.byPath(w.question()), code));
        } else if (w.value() instanceof Integer i) {
            c.setAnswer(new IntegerType(i));
        } else {
            c.setAnswer(new BooleanType((Boolean) w.value()));
        }
        return c;
    }

    private static org.hl7.fhir.r4.model.Type number(Question question, BigDecimal value) {
        return question.kind() == Question.Kind.WHOLE_NUMBER ? new IntegerType(value.intValueExact()) : new DecimalType(value);
    }
}
