package org.hiptriage.examples.interview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hiptriage.examples.interview.Question.EnableWhen;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ContractFields;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.validation.InvalidAssessmentException;

/**
 * A runner's answers, by contract path. A value is an {@link Integer} (WHOLE_NUMBER), a
 * {@link BigDecimal} (NUMBER), a {@link Boolean} (YES_NO), a code (ONE_OF) or a list of codes
 * (ANY_OF; empty for "none of these"). A question not answered is unknown, never "no".
 */
public final class Answers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Records an answer; {@code null} forgets it (unknown). */
    public Answers put(String path, Object value) {
        if (value == null) {
            values.remove(path);
        } else {
            values.put(path, value instanceof List<?> list ? List.copyOf(list) : value);
        }
        return this;
    }

    /** The answer at this path, or {@code null} when unknown. */
    public Object get(String path) {
        return values.get(path);
    }

    /** Every answer, in the order given. */
    public Map<String, Object> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /**
     * Whether the question applies, given the answers so far: every condition of {@link Question#alsoWhen()}
     * holds, and its {@link Question#enableWhen()} (all or any of them). Conditions follow FHIR R4: "=" and
     * "&gt;=" need an answer; "!=" holds when there is no answer or a different one.
     */
    public boolean applies(Question question) {
        if (!question.alsoWhen().stream().allMatch(this::holds)) {
            return false;
        }
        if (question.enableWhen().isEmpty()) {
            return true;
        }
        if (question.enableWhenAll()) {
            return question.enableWhen().stream().allMatch(this::holds);
        }
        return question.enableWhen().stream().anyMatch(this::holds);
    }

    private boolean holds(EnableWhen condition) {
        Object answer = values.get(condition.question());
        return switch (condition.operator()) {
            case EQUALS -> answer != null && answer.equals(condition.value());
            case NOT_EQUALS -> answer == null || !answer.equals(condition.value());
            case AT_LEAST -> answer instanceof Integer a && condition.value() instanceof Integer v && a >= v;
        };
    }

    /** A copy of these answers without the one at {@code path}. */
    public Answers without(String path) {
        Answers out = new Answers();
        out.values.putAll(values);
        out.values.remove(path);
        return out;
    }

    /** Forgets answers to questions that no longer apply (e.g. pregnancy after the sex became MALE). */
    public Answers withoutInapplicable() {
        Answers out = new Answers();
        for (Question q : Questions.all()) {
            Object value = values.get(q.path());
            if (value != null && out.applies(q)) {
                out.put(q.path(), value);
            }
        }
        return out;
    }

    /**
     * The answers as an assessment in the contract's JSON, sections and fields in the contract's order (the
     * model's, from {@link ContractFields}), whatever order they were asked in.
     */
    public ObjectNode toContractJson() {
        ObjectNode root = MAPPER.createObjectNode();
        for (ContractFields.Field field : ContractFields.all()) {
            Object value = values.get(field.path());
            if (value == null) {
                continue;
            }
            ObjectNode section = root.has(field.section()) ? (ObjectNode) root.get(field.section()) : root.putObject(field.section());
            if (value instanceof Integer i) {
                section.put(field.name(), i);
            } else if (value instanceof BigDecimal d) {
                section.put(field.name(), d);
            } else if (value instanceof Boolean b) {
                section.put(field.name(), b);
            } else if (value instanceof String s) {
                section.put(field.name(), s);
            } else if (value instanceof List<?> list) {
                ArrayNode array = section.putArray(field.name());
                list.forEach(code -> array.add(String.valueOf(code)));
            } else {
                throw new IllegalStateException("an answer of an unexpected type at " + field.path() + ": " + value);
            }
        }
        return root;
    }

    /**
     * What a runner would have answered to give this assessment: one answer for every field a {@link Question}
     * asks about and the assessment knows (the clinician's {@code exam} is no question, so it is left out).
     */
    public static Answers of(Assessment assessment) {
        Answers answers = new Answers();
        for (ContractFields.Field field : ContractFields.all()) {
            Question question = Questions.byPath(field.path());
            if (question == null) {
                continue;
            }
            Record section;
            try {
                section = (Record) Assessment.class.getMethod(field.section()).invoke(assessment);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + field.section(), e);
            }
            Object value = section == null ? null : field.valueIn(section);
            answers.put(field.path(), switch (question.kind()) {
                case WHOLE_NUMBER, YES_NO -> value;
                case NUMBER -> value == null ? null : decimal((Double) value);
                case ONE_OF -> value == null ? null : ((Enum<?>) value).name();
                case ANY_OF -> value == null ? null : ((List<?>) value).stream().map(v -> ((Enum<?>) v).name()).toList();
            });
        }
        return answers;
    }

    /** A number as the interview reads it: 168, not 168.0. */
    private static BigDecimal decimal(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? BigDecimal.valueOf((long) value) : BigDecimal.valueOf(value);
    }

    /**
     * The answers as an assessment, read and checked exactly as a contract JSON file is.
     *
     * @throws InvalidAssessmentException listing every problem, by contract path
     */
    public Assessment toAssessment() {
        return AssessmentJson.parse(toContractJson().toString());
    }
}
