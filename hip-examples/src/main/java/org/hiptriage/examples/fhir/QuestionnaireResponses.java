package org.hiptriage.examples.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hiptriage.examples.interview.Answers;
import org.hiptriage.examples.interview.Question;
import org.hiptriage.examples.interview.Questions;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ContractNumbers;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;

/**
 * Maps a completed FHIR R4 {@code QuestionnaireResponse} to the hip-triage questionnaire
 * ({@link Questionnaires}) onto an {@link Assessment}, and back. Read with HAPI's parser; each answered
 * item's linkId is a contract path; the answers become contract JSON, checked exactly as a contract file is
 * ({@link Answers#toAssessment()}: the contract reader and the model's validator, one set of rules), so every
 * problem is reported with its path. An item without an answer is unknown, never "no"; the code
 * {@value Question#NONE} means "none of these" (an empty list). Responses to the questionnaire before
 * version 2.1 ({@link Questionnaires#LEGACY_URL}, codes in {@code urn:hiptriage:code:<list>}) are still read.
 */
public final class QuestionnaireResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private QuestionnaireResponses() {
    }

    /** The questionnaire's items by linkId, with their types (made once). */
    private static final class Structure {
        static final Map<String, QuestionnaireItemType> TYPES = index();

        private static Map<String, QuestionnaireItemType> index() {
            Map<String, QuestionnaireItemType> out = new HashMap<>();
            index(Questionnaires.questionnaire().getItem(), out);
            return Map.copyOf(out);
        }

        private static void index(List<QuestionnaireItemComponent> items, Map<String, QuestionnaireItemType> out) {
            for (QuestionnaireItemComponent item : items) {
                out.put(item.getLinkId(), item.getType());
                index(item.getItem(), out);
            }
        }
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
     * The response (FHIR JSON text) as an assessment.
     *
     * @throws InvalidAssessmentException listing every problem (paths are linkIds, or the response's own fields)
     */
    public static Assessment toAssessment(String response) {
        return toAnswers(parse(response)).toAssessment();
    }

    /**
     * The response's answers as an assessment.
     *
     * @throws InvalidAssessmentException listing every problem (paths are linkIds, or the response's own fields)
     */
    public static Assessment toAssessment(QuestionnaireResponse response) {
        return toAnswers(response).toAssessment();
    }

    /**
     * The response's answers, by contract path.
     *
     * @throws InvalidAssessmentException when the response is not a completed response to this questionnaire,
     *     names an unknown linkId or gives an answer of the wrong type
     */
    public static Answers toAnswers(JsonNode response) {
        if (response == null || !response.isObject()) {
            throw new InvalidAssessmentException(List.of(new Problem("$", "must be a FHIR QuestionnaireResponse", "not an object")));
        }
        try {
            return toAnswers(parse(MAPPER.writeValueAsString(response)));
        } catch (JsonProcessingException e) {
            throw new InvalidAssessmentException(List.of(new Problem("$", "must be a FHIR QuestionnaireResponse", "unreadable JSON")));
        }
    }

    /**
     * A QuestionnaireResponse read from FHIR JSON with HAPI's parser.
     *
     * @throws InvalidAssessmentException when the text is no FHIR resource, or another resource
     */
    public static QuestionnaireResponse parse(String json) {
        List<Problem> numbers = numberProblems(json);
        if (!numbers.isEmpty()) {
            throw new InvalidAssessmentException(numbers);
        }
        IBaseResource resource;
        try {
            resource = FhirR4.parser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String path = message.contains("resourceType") ? "resourceType" : "$";
            throw new InvalidAssessmentException(List.of(new Problem(path, "must be a FHIR QuestionnaireResponse in JSON",
                    clip(message.replaceFirst("^HAPI-\\d+: ", "")))));
        }
        if (!(resource instanceof QuestionnaireResponse response)) {
            throw new InvalidAssessmentException(List.of(new Problem("resourceType", "must be \"QuestionnaireResponse\"",
                    "\"" + resource.fhirType() + "\"")));
        }
        return response;
    }

    /**
     * The response's answers, by contract path.
     *
     * @throws InvalidAssessmentException when the response is not a completed response to this questionnaire,
     *     names an unknown linkId or gives an answer of the wrong type
     */
    public static Answers toAnswers(QuestionnaireResponse response) {
        List<Problem> problems = new ArrayList<>();
        Answers answers = new Answers();
        QuestionnaireResponseStatus status = response.getStatus();
        if (status != QuestionnaireResponseStatus.COMPLETED && status != QuestionnaireResponseStatus.AMENDED) {
            problems.add(new Problem("status", "must be \"completed\" or \"amended\"", primitive(response.getStatusElement())));
        }
        if (response.hasQuestionnaire() && !isOurs(response.getQuestionnaire())) {
            problems.add(new Problem("questionnaire", "must be " + Questionnaires.URL, "\"" + clip(response.getQuestionnaire()) + "\""));
        }
        items(response.getItem(), answers, problems, new HashSet<>());
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return answers;
    }

    /**
     * The numbers of a FHIR resource's JSON text that no answer can be, each by the linkId of the item it is in
     * (else its JSON pointer), read exactly as written and judged by the contract's own rules
     * ({@link ContractNumbers}: a {@code valueInteger} as a whole number, any other number as a number), so that a
     * response refuses what a contract file refuses. Found before HAPI's parser, which writes a decimal out in full
     * (1e-99999999 would be a hundred million digits): a number of more than {@value AssessmentJson#MAX_NUMBER_LENGTH}
     * digits written out never reaches it. Syntax errors are left to HAPI's parser.
     */
    public static List<Problem> numberProblems(String json) {
        List<Problem> problems = new ArrayList<>();
        Deque<String> linkIds = new ArrayDeque<>();
        try (JsonParser parser = JSON_FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> linkIds.push(linkIds.isEmpty() ? "" : linkIds.peek());
                    case END_OBJECT -> linkIds.pop();
                    case FIELD_NAME -> {
                        if ("linkId".equals(parser.currentName()) && parser.nextToken() == JsonToken.VALUE_STRING && !linkIds.isEmpty()) {
                            linkIds.pop();
                            linkIds.push(parser.getText());
                        }
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        String linkId = linkIds.isEmpty() ? "" : linkIds.peek();
                        String path = linkId.isEmpty() ? parser.getParsingContext().pathAsPointer().toString() : linkId;
                        BigDecimal number = parser.getDecimalValue();
                        Problem asNumber = ContractNumbers.numberProblem(path, number);
                        Problem problem = "valueInteger".equals(parser.currentName()) ? ContractNumbers.wholeProblem(path, number) : asNumber;
                        if (problem == null) {
                            problem = asNumber; // a whole number HAPI would write out in full (0e-99999)
                        }
                        if (problem != null) {
                            problems.add(problem);
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | NumberFormatException | ArithmeticException e) {
            // not JSON, or a number Jackson cannot read: HAPI's parser says what is wrong
        }
        return problems;
    }

    private static boolean isOurs(String canonical) {
        String url = canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
        return url.equals(Questionnaires.URL) || url.equals(Questionnaires.LEGACY_URL);
    }

    /**
     * The answers as a completed {@code QuestionnaireResponse} to the hip-triage questionnaire, in its JSON form,
     * items in its order and groups. Kept for callers that work with JSON trees; see {@link #questionnaireResponse(Answers)}.
     *
     * @throws IllegalArgumentException for an empty list where the question has no "none of these"
     */
    public static ObjectNode response(Answers answers) {
        try {
            return (ObjectNode) MAPPER.readTree(FhirR4.compact(questionnaireResponse(answers)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("HAPI wrote JSON that Jackson cannot read", e);
        }
    }

    /**
     * The answers as a completed {@code QuestionnaireResponse} to the hip-triage questionnaire, items in its
     * order and groups (a question in a condition group stays in it). What is unknown has no item: unknown is
     * never "no". The inverse of {@link #toAnswers(QuestionnaireResponse)}.
     *
     * @throws IllegalArgumentException for an empty list where the question has no "none of these"
     */
    public static QuestionnaireResponse questionnaireResponse(Answers answers) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(Questionnaires.URL + "|" + Questionnaires.VERSION);
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        response.getItem().addAll(responseItems(Questionnaires.questionnaire().getItem(), answers));
        return response;
    }

    /** The response to the assessment: what the runner would have answered (the clinician's exam is left out). */
    public static QuestionnaireResponse questionnaireResponse(Assessment assessment) {
        return questionnaireResponse(Answers.of(assessment));
    }

    private static List<QuestionnaireResponseItemComponent> responseItems(List<QuestionnaireItemComponent> items, Answers answers) {
        List<QuestionnaireResponseItemComponent> out = new ArrayList<>();
        for (QuestionnaireItemComponent item : items) {
            if (item.getType() == QuestionnaireItemType.GROUP) {
                List<QuestionnaireResponseItemComponent> inside = responseItems(item.getItem(), answers);
                if (!inside.isEmpty()) {
                    QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent().setLinkId(item.getLinkId());
                    if (item.hasText()) {
                        group.setText(item.getText());
                    }
                    group.getItem().addAll(inside);
                    out.add(group);
                }
                continue;
            }
            Question question = Questions.byPath(item.getLinkId());
            Object value = question == null ? null : answers.get(question.path());
            if (value != null) {
                QuestionnaireResponseItemComponent answered = new QuestionnaireResponseItemComponent()
                        .setLinkId(question.path()).setText(question.text());
                answerValues(question, value).forEach(v -> answered.addAnswer().setValue(v));
                out.add(answered);
            }
        }
        return out;
    }

    private static List<Type> answerValues(Question question, Object value) {
        return switch (question.kind()) {
            case WHOLE_NUMBER -> List.of(new IntegerType((Integer) value));
            case NUMBER -> List.of(new DecimalType((BigDecimal) value));
            case YES_NO -> List.of(new BooleanType((Boolean) value));
            case ONE_OF -> List.of(Terminology.answer(question, (String) value));
            case ANY_OF -> {
                List<?> codes = (List<?>) value;
                if (codes.isEmpty()) {
                    if (!question.allowNone()) {
                        throw new IllegalArgumentException(question.path() + " has no \"none of these\" in the questionnaire");
                    }
                    yield List.of(Terminology.answer(question, Question.NONE));
                }
                yield codes.stream().map(code -> (Type) Terminology.answer(question, (String) code)).toList();
            }
        };
    }

    private static void items(List<QuestionnaireResponseItemComponent> items, Answers answers, List<Problem> problems, Set<String> seen) {
        for (QuestionnaireResponseItemComponent item : items) {
            String linkId = item.hasLinkId() ? item.getLinkId() : "";
            Question question = Questions.byPath(linkId);
            QuestionnaireItemType type = Structure.TYPES.get(linkId);
            if (question != null) {
                if (!seen.add(linkId)) {
                    problems.add(new Problem(linkId, "must be answered once", "repeated"));
                    continue;
                }
                answer(question, item.getAnswer(), answers, problems);
            } else if (type == QuestionnaireItemType.GROUP || type == QuestionnaireItemType.DISPLAY) {
                if (item.hasAnswer()) {
                    problems.add(new Problem(linkId, "must not have an answer (it is a group or a note)",
                            item.getAnswer().size() + " answers"));
                }
            } else {
                problems.add(new Problem(linkId.isEmpty() ? "item" : linkId, "is not a question of " + Questionnaires.URL,
                        linkId.isEmpty() ? "an item without a linkId" : null));
                continue;
            }
            items(item.getItem(), answers, problems, seen);
            for (QuestionnaireResponseItemAnswerComponent a : item.getAnswer()) {
                items(a.getItem(), answers, problems, seen);
            }
        }
    }

    private static void answer(Question question, List<QuestionnaireResponseItemAnswerComponent> answer, Answers answers,
                               List<Problem> problems) {
        String path = question.path();
        if (answer.isEmpty()) {
            return; // not answered: unknown
        }
        if (question.kind() != Question.Kind.ANY_OF && answer.size() > 1) {
            problems.add(new Problem(path, "must have one answer", answer.size() + " answers"));
            return;
        }
        Type value = answer.get(0).getValue();
        switch (question.kind()) {
            case WHOLE_NUMBER -> {
                if (value instanceof IntegerType i && i.getValue() != null) {
                    answers.put(path, i.getValue());
                } else if (value instanceof IntegerType i) {
                    problems.add(wholeNumberProblem(path, i));
                } else {
                    problems.add(new Problem(path, "must be answered with valueInteger", describe(value)));
                }
            }
            case NUMBER -> {
                BigDecimal number = value instanceof DecimalType d ? d.getValue()
                        : value instanceof IntegerType i && i.getValue() != null ? BigDecimal.valueOf(i.getValue()) : null;
                if (number == null) {
                    problems.add(new Problem(path, value instanceof DecimalType || value instanceof IntegerType
                            ? "must be a finite number" : "must be answered with valueDecimal", describe(value)));
                } else {
                    Problem problem = ContractNumbers.numberProblem(path, number);
                    if (problem != null) {
                        problems.add(problem);
                    } else {
                        answers.put(path, number);
                    }
                }
            }
            case YES_NO -> {
                if (value instanceof BooleanType b && b.getValue() != null) {
                    answers.put(path, b.getValue());
                } else {
                    problems.add(new Problem(path, "must be answered with valueBoolean", describe(value)));
                }
            }
            case ONE_OF -> {
                String code = code(question, value, path, problems);
                if (code != null) {
                    answers.put(path, code);
                }
            }
            case ANY_OF -> {
                List<String> codes = new ArrayList<>();
                boolean none = false;
                boolean bad = false;
                for (int i = 0; i < answer.size(); i++) {
                    String code = code(question, answer.get(i).getValue(), path + "[" + i + "]", problems);
                    if (code == null) {
                        bad = true;
                    } else if (Question.NONE.equals(code) && question.allowNone()) {
                        none = true;
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

    /**
     * What is wrong with a {@code valueInteger} HAPI could not read: as the contract reader says it where the text
     * is a number it refuses ({@code 4.99999999999999999999}, {@code 1e-99999}); a whole number written with a
     * fraction or exponent ({@code 4.0}) is no FHIR integer; anything else is no number.
     */
    private static Problem wholeNumberProblem(String path, IntegerType value) {
        String text = value.getValueAsString();
        BigDecimal number;
        try {
            number = text == null || text.length() > AssessmentJson.MAX_NUMBER_LENGTH ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            number = null;
        }
        Problem contract = number == null ? null : ContractNumbers.wholeProblem(path, number);
        if (contract != null) {
            return contract;
        }
        return new Problem(path, number == null ? "must be a whole number" : "must be a whole number written as a FHIR integer "
                + "(digits only, e.g. 4)", describe(value));
    }

    /** The contract code of a coding answer, or {@code null} with a problem. */
    private static String code(Question question, Type value, String path, List<Problem> problems) {
        if (!(value instanceof Coding coding)) {
            problems.add(new Problem(path, "must be answered with valueCoding", describe(value)));
            return null;
        }
        String system = coding.hasSystem() ? coding.getSystem() : null;
        String code = coding.hasCode() ? coding.getCode() : null;
        String contractCode = Terminology.contractCode(question, system, code);
        if (code != null && contractCode == null) {
            problems.add(new Problem(path, "must use the code system " + Terminology.system(question), system));
            return null;
        }
        if (contractCode == null || !(question.choice(contractCode) != null || question.allowNone() && Question.NONE.equals(contractCode))) {
            problems.add(new Problem(path, "must be one of " + String.join(", ",
                    question.choices().stream().map(c -> Terminology.answer(question, c.code()).getCode()).toList()),
                    code == null ? "no code" : "\"" + clip(code) + "\""));
            return null;
        }
        return contractCode;
    }

    /** An answer's value for a message: its type and what it holds, e.g. {@code valueString "very bad"}. */
    private static String describe(Type value) {
        if (value == null) {
            return "no value";
        }
        String type = "value" + Character.toUpperCase(value.fhirType().charAt(0)) + value.fhirType().substring(1);
        if (value instanceof Coding c) {
            return type + " " + c.getSystem() + "#" + c.getCode();
        }
        if (value instanceof PrimitiveType<?> p) {
            return p.getValueAsString() == null ? type + " that cannot be read" : type + " " + primitive(p);
        }
        return type;
    }

    private static String primitive(PrimitiveType<?> value) {
        return value == null || value.getValueAsString() == null ? "missing" : "\"" + clip(value.getValueAsString()) + "\"";
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
