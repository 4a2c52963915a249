package org.hiptriage.examples.interview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hiptriage.examples.interview.Question.EnableWhen;
import org.hiptriage.examples.json.AssessmentJson;
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
     * Whether the question applies, given the answers so far. Conditions follow FHIR R4: "=" and
     * "&gt;=" need an answer; "!=" holds when there is no answer or a different one.
     */
    public boolean applies(Question question) {
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

    /** The answers as an assessment in the contract's JSON (sections and fields in the contract's order). */
    public ObjectNode toContractJson() {
        ObjectNode root = MAPPER.createObjectNode();
        for (Question q : Questions.all()) {
            Object value = values.get(q.path());
            if (value == null) {
                continue;
            }
            ObjectNode section = root.has(q.section()) ? (ObjectNode) root.get(q.section()) : root.putObject(q.section());
            if (value instanceof Integer i) {
                section.put(q.field(), i);
            } else if (value instanceof BigDecimal d) {
                section.put(q.field(), d);
            } else if (value instanceof Boolean b) {
                section.put(q.field(), b);
            } else if (value instanceof String s) {
                section.put(q.field(), s);
            } else if (value instanceof List<?> list) {
                ArrayNode array = section.putArray(q.field());
                list.forEach(code -> array.add(String.valueOf(code)));
            } else {
                throw new IllegalStateException("an answer of an unexpected type at " + q.path() + ": " + value);
            }
        }
        return root;
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
