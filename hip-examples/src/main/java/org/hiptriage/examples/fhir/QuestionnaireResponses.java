package org.hiptriage.examples.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hiptriage.examples.interview.Answers;
import org.hiptriage.examples.interview.Question;
import org.hiptriage.examples.interview.Questions;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;

/**
 * Maps a completed FHIR R4 {@code QuestionnaireResponse} to the hip-triage questionnaire
 * ({@link Questionnaires}) onto an {@link Assessment}. Each answered item's linkId is a contract
 * path; the answers become contract JSON, checked exactly as a contract file is, so every problem is
 * reported with its path. An item without an answer is unknown, never "no"; the code
 * {@value Question#NONE} means "none of these" (an empty list).
 */
public final class QuestionnaireResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuestionnaireResponses() {
    }

    /**
     * The response's answers as an assessment.
     *
     * @throws InvalidAssessmentException listing every problem (paths are linkIds, or the response's own fields)
     */
    public static Assessment toAssessment(JsonNode response) {
        return toAnswers(response).toAssessment();
    }

    /**
     * The response's answers, by contract path.
     *
     * @throws InvalidAssessmentException when the response is not a completed response to this questionnaire,
     *     names an unknown linkId or gives an answer of the wrong type
     */
    public static Answers toAnswers(JsonNode response) {
        List<Problem> problems = new ArrayList<>();
        Answers answers = new Answers();
        if (response == null || !response.isObject()) {
            throw new InvalidAssessmentException(List.of(new Problem("$", "must be a FHIR QuestionnaireResponse", "not an object")));
        }
        if (!"QuestionnaireResponse".equals(response.path("resourceType").asText(null))) {
            problems.add(new Problem("resourceType", "must be \"QuestionnaireResponse\"", text(response.get("resourceType"))));
        }
        String status = response.path("status").asText(null);
        if (!"completed".equals(status) && !"amended".equals(status)) {
            problems.add(new Problem("status", "must be \"completed\" or \"amended\"", text(response.get("status"))));
        }
        JsonNode questionnaire = response.get("questionnaire");
        if (questionnaire != null && !(questionnaire.isTextual() && (questionnaire.textValue().equals(Questionnaires.URL)
                || questionnaire.textValue().startsWith(Questionnaires.URL + "|")))) {
            problems.add(new Problem("questionnaire", "must be " + Questionnaires.URL, text(questionnaire)));
        }
        items(response.get("item"), "item", answers, problems, new HashSet<>());
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return answers;
    }

    /**
     * The answers as a completed {@code QuestionnaireResponse} to the hip-triage questionnaire, items in its
     * order and groups (a question in a condition group stays in it). What is unknown has no item: unknown is
     * never "no". The inverse of {@link #toAnswers(JsonNode)}.
     *
     * @throws IllegalArgumentException for an empty list where the question has no "none of these"
     */
    public static ObjectNode response(Answers answers) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("resourceType", "QuestionnaireResponse");
        root.put("questionnaire", Questionnaires.URL + "|" + Questionnaires.VERSION);
        root.put("status", "completed");
        ArrayNode groups = root.putArray("item");
        for (Questions.Section section : Questions.sections()) {
            ArrayNode items = MAPPER.createArrayNode();
            for (Question question : section.questions()) {
                Object value = answers.get(question.path());
                if (value == null) {
                    continue;
                }
                ObjectNode item = MAPPER.createObjectNode();
                item.put("linkId", question.path());
                item.put("text", question.text());
                item.set("answer", answer(question, value));
                if (question.alsoWhen().isEmpty()) {
                    items.add(item);
                } else {
                    ObjectNode group = items.addObject();
                    group.put("linkId", question.path() + Questionnaires.CONDITION_GROUP_SUFFIX);
                    group.putArray("item").add(item);
                }
            }
            if (!items.isEmpty()) {
                ObjectNode group = groups.addObject();
                group.put("linkId", section.id());
                group.put("text", section.title());
                group.set("item", items);
            }
        }
        return root;
    }

    private static ArrayNode answer(Question question, Object value) {
        ArrayNode answer = MAPPER.createArrayNode();
        switch (question.kind()) {
            case WHOLE_NUMBER -> answer.addObject().put("valueInteger", (Integer) value);
            case NUMBER -> answer.addObject().put("valueDecimal", (BigDecimal) value);
            case YES_NO -> answer.addObject().put("valueBoolean", (Boolean) value);
            case ONE_OF -> coding(answer, question, (String) value);
            case ANY_OF -> {
                List<?> codes = (List<?>) value;
                if (codes.isEmpty()) {
                    if (!question.allowNone()) {
                        throw new IllegalArgumentException(question.path() + " has no \"none of these\" in the questionnaire");
                    }
                    answer.addObject().putObject("valueCoding").put("system", question.codeSystem())
                            .put("code", Question.NONE).put("display", "none of these");
                }
                codes.forEach(code -> coding(answer, question, (String) code));
            }
        }
        return answer;
    }

    private static void coding(ArrayNode answer, Question question, String code) {
        answer.addObject().putObject("valueCoding").put("system", question.codeSystem()).put("code", code)
                .put("display", question.choice(code).label());
    }

    private static void items(JsonNode items, String where, Answers answers, List<Problem> problems, Set<String> seen) {
        if (items == null || items.isNull()) {
            return;
        }
        if (!items.isArray()) {
            problems.add(new Problem(where, "must be a list of items", text(items)));
            return;
        }
        for (JsonNode item : items) {
            String linkId = item.path("linkId").asText("");
            JsonNode answer = item.get("answer");
            Question question = Questions.byPath(linkId);
            if (question != null) {
                if (!seen.add(linkId)) {
                    problems.add(new Problem(linkId, "must be answered once", "repeated"));
                    continue;
                }
                answer(question, answer, answers, problems);
            } else if (isGroup(linkId) || linkId.endsWith(".help") && Questions.byPath(linkId.substring(0, linkId.length() - 5)) != null) {
                if (answer != null && !answer.isEmpty()) {
                    problems.add(new Problem(linkId, "must not have an answer (it is a group or a note)", text(answer)));
                }
            } else {
                problems.add(new Problem(linkId.isEmpty() ? where : linkId, "is not a question of " + Questionnaires.URL,
                        linkId.isEmpty() ? "an item without a linkId" : null));
                continue;
            }
            items(item.get("item"), linkId, answers, problems, seen);
            if (answer != null && answer.isArray()) {
                for (JsonNode a : answer) {
                    items(a.get("item"), linkId, answers, problems, seen);
                }
            }
        }
    }

    /** A section's group, or the group around a question with conditions of its own. */
    private static boolean isGroup(String linkId) {
        if (Questions.sections().stream().anyMatch(s -> s.id().equals(linkId))) {
            return true;
        }
        String suffix = Questionnaires.CONDITION_GROUP_SUFFIX;
        if (!linkId.endsWith(suffix)) {
            return false;
        }
        Question question = Questions.byPath(linkId.substring(0, linkId.length() - suffix.length()));
        return question != null && !question.alsoWhen().isEmpty();
    }

    private static void answer(Question question, JsonNode answer, Answers answers, List<Problem> problems) {
        String path = question.path();
        if (answer == null || answer.isNull() || (answer.isArray() && answer.isEmpty())) {
            return; // not answered: unknown
        }
        if (!answer.isArray()) {
            problems.add(new Problem(path, "must be a list of answers", text(answer)));
            return;
        }
        if (question.kind() != Question.Kind.ANY_OF && answer.size() > 1) {
            problems.add(new Problem(path, "must have one answer", answer.size() + " answers"));
            return;
        }
        switch (question.kind()) {
            case WHOLE_NUMBER -> {
                JsonNode v = answer.get(0).get("valueInteger");
                if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
                    problems.add(new Problem(path, "must be answered with valueInteger", text(answer.get(0))));
                } else {
                    answers.put(path, v.intValue());
                }
            }
            case NUMBER -> {
                JsonNode v = answer.get(0).has("valueDecimal") ? answer.get(0).get("valueDecimal") : answer.get(0).get("valueInteger");
                if (v == null || !v.isNumber()) {
                    problems.add(new Problem(path, "must be answered with valueDecimal", text(answer.get(0))));
                } else {
                    answers.put(path, new BigDecimal(v.asText()));
                }
            }
            case YES_NO -> {
                JsonNode v = answer.get(0).get("valueBoolean");
                if (v == null || !v.isBoolean()) {
                    problems.add(new Problem(path, "must be answered with valueBoolean", text(answer.get(0))));
                } else {
                    answers.put(path, v.booleanValue());
                }
            }
            case ONE_OF -> {
                String code = code(question, answer.get(0), path, problems);
                if (code != null) {
                    answers.put(path, code);
                }
            }
            case ANY_OF -> {
                List<String> codes = new ArrayList<>();
                boolean none = false;
                boolean bad = false;
                for (int i = 0; i < answer.size(); i++) {
                    JsonNode coding = answer.get(i).get("valueCoding");
                    if (question.allowNone() && coding != null && Question.NONE.equals(coding.path("code").asText(null))) {
                        none = true;
                        continue;
                    }
                    String code = code(question, answer.get(i), path + "[" + i + "]", problems);
                    if (code == null) {
                        bad = true;
                    } else if (!codes.contains(code)) {
                        codes.add(code);
                    }
                }
                if (none && !codes.isEmpty()) {
                    problems.add(new Problem(path, "must be either \"none of these\" or codes, not both", String.join(", ", codes)));
                } else if (!bad) {
                    answers.put(path, codes);
                }
            }
        }
    }

    private static String code(Question question, JsonNode answer, String path, List<Problem> problems) {
        JsonNode coding = answer.get("valueCoding");
        if (coding == null || !coding.isObject()) {
            problems.add(new Problem(path, "must be answered with valueCoding", text(answer)));
            return null;
        }
        String system = coding.path("system").asText(null);
        String code = coding.path("code").asText(null);
        if (system != null && !system.equals(question.codeSystem())) {
            problems.add(new Problem(path, "must use the code system " + question.codeSystem(), system));
            return null;
        }
        if (code == null || question.choice(code) == null) {
            problems.add(new Problem(path, "must be one of " + String.join(", ",
                    question.choices().stream().map(Question.Choice::code).toList()), code == null ? "no code" : "\"" + code + "\""));
            return null;
        }
        return code;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        String s = node.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
