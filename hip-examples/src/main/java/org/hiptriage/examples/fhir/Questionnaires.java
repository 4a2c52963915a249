package org.hiptriage.examples.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.hiptriage.examples.interview.Question;
import org.hiptriage.examples.interview.Question.Choice;
import org.hiptriage.examples.interview.Question.EnableWhen;
import org.hiptriage.examples.interview.Questions;
import org.hiptriage.model.report.TriageReport;

/**
 * The interview's questions as a FHIR R4 {@code Questionnaire}, generated from {@link Questions}.
 * One group per contract section (linkId = the section's name), one item per question (linkId = its
 * contract path, e.g. {@code pain.severity}); codes as {@code valueCoding} in the code system
 * {@code urn:hiptriage:code:<Type>}; ranges as the {@code minValue}/{@code maxValue} extensions,
 * units as {@code questionnaire-unit}; what does not apply is hidden with {@code enableWhen}. A question
 * that applies when "all of these, and any of those" hold (pregnancy: not male, periods neither not started
 * nor over, and aged 12 or more or periods started) sits in a group of its own holding the "all" conditions
 * (linkId: its path and {@value #CONDITION_GROUP_SUFFIX}), since R4 does not nest conditions in one item and
 * an item inside a disabled group is disabled too.
 */
public final class Questionnaires {

    /** The questionnaire's canonical URL. */
    public static final String URL = "urn:hiptriage:fhir:Questionnaire:hip-triage-runner";
    /** Its version: the contract's. */
    public static final String VERSION = String.valueOf(TriageReport.CONTRACT_VERSION);

    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    private static final String UNIT = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
    private static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    private static final String UCUM = "http://unitsofmeasure.org";

    /** The end of the linkId of the group around a question with {@link Question#alsoWhen()} conditions. */
    public static final String CONDITION_GROUP_SUFFIX = ".when";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Questionnaires() {
    }

    /** The questionnaire as pretty-printed JSON, as committed under {@code hip-examples/fhir/}. */
    public static String json() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(questionnaire()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The questionnaire as a JSON tree. */
    public static ObjectNode questionnaire() {
        ObjectNode q = MAPPER.createObjectNode();
        q.put("resourceType", "Questionnaire");
        q.put("id", "hip-triage-runner");
        q.put("url", URL);
        q.put("version", VERSION);
        q.put("name", "HipTriageRunnerQuestionnaire");
        q.put("title", "Hip pain in runners: triage questions");
        q.put("status", "active");
        q.putArray("subjectType").add("Patient");
        q.put("description", "What hip-triage asks a runner with hip pain, generated from its question model. "
                + "Each linkId is the hip-triage contract path the answer fills; a completed QuestionnaireResponse maps "
                + "to an assessment. No examination questions: those are for a clinician. Decision support, not a diagnosis.");
        ArrayNode groups = q.putArray("item");
        for (Questions.Section section : Questions.sections()) {
            ObjectNode group = groups.addObject();
            group.put("linkId", section.id());
            group.put("text", section.title());
            group.put("type", "group");
            ArrayNode items = group.putArray("item");
            for (Question question : section.questions()) {
                if (question.alsoWhen().isEmpty()) {
                    items.add(item(question));
                } else {
                    ObjectNode wrapper = items.addObject();
                    wrapper.put("linkId", question.path() + CONDITION_GROUP_SUFFIX);
                    wrapper.put("type", "group");
                    enableWhen(wrapper, question.alsoWhen(), true);
                    wrapper.putArray("item").add(item(question));
                }
            }
        }
        return q;
    }

    private static ObjectNode item(Question question) {
        ObjectNode item = MAPPER.createObjectNode();
        item.put("linkId", question.path());
        item.put("text", question.text());
        item.put("type", switch (question.kind()) {
            case WHOLE_NUMBER -> "integer";
            case NUMBER -> "decimal";
            case YES_NO -> "boolean";
            case ONE_OF, ANY_OF -> "choice";
        });
        ArrayNode extensions = MAPPER.createArrayNode();
        if (question.min() != null) {
            number(extensions.addObject().put("url", MIN_VALUE), question, question.min());
            number(extensions.addObject().put("url", MAX_VALUE), question, question.max());
        }
        if (question.unit() != null) {
            extensions.addObject().put("url", UNIT).putObject("valueCoding")
                    .put("system", UCUM).put("code", question.unit().ucum()).put("display", question.unit().words());
        }
        if (!extensions.isEmpty()) {
            item.set("extension", extensions);
        }
        enableWhen(item, question.enableWhen(), question.enableWhenAll());
        if (question.required()) {
            item.put("required", true);
        }
        if (question.kind() == Question.Kind.ANY_OF) {
            item.put("repeats", true);
        }
        if (!question.choices().isEmpty()) {
            ArrayNode options = item.putArray("answerOption");
            for (Choice choice : question.choices()) {
                options.addObject().putObject("valueCoding").put("system", question.codeSystem())
                        .put("code", choice.code()).put("display", choice.label());
            }
            if (question.allowNone()) {
                options.addObject().putObject("valueCoding").put("system", question.codeSystem())
                        .put("code", Question.NONE).put("display", "none of these");
            }
        }
        if (question.help() != null) {
            ObjectNode help = item.putArray("item").addObject();
            help.put("linkId", question.path() + ".help");
            help.put("text", question.help());
            help.put("type", "display");
            help.putArray("extension").addObject().put("url", ITEM_CONTROL).putObject("valueCodeableConcept")
                    .putArray("coding").addObject()
                    .put("system", "http://hl7.org/fhir/questionnaire-item-control").put("code", "help")
                    .put("display", "Help-Button");
        }
        return item;
    }

    private static void enableWhen(ObjectNode item, List<EnableWhen> when, boolean all) {
        if (when.isEmpty()) {
            return;
        }
        ArrayNode conditions = item.putArray("enableWhen");
        for (EnableWhen w : when) {
            ObjectNode c = conditions.addObject();
            c.put("question", w.question());
            c.put("operator", w.operator().fhir());
            if (w.value() instanceof String code) {
                Question asked = Questions.byPath(w.question());
                Choice choice = asked.choice(code);
                c.putObject("answerCoding").put("system", asked.codeSystem()).put("code", code)
                        .put("display", choice.label());
            } else if (w.value() instanceof Integer i) {
                c.put("answerInteger", i);
            } else {
                c.put("answerBoolean", (Boolean) w.value());
            }
        }
        if (when.size() > 1) {
            item.put("enableBehavior", all ? "all" : "any");
        }
    }

    private static void number(ObjectNode extension, Question question, BigDecimal value) {
        if (question.kind() == Question.Kind.WHOLE_NUMBER) {
            extension.put("valueInteger", value.intValueExact());
        } else {
            extension.put("valueDecimal", value);
        }
    }
}
