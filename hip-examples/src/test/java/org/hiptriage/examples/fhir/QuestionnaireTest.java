package org.hiptriage.examples.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hiptriage.examples.cli.HipTriageCli;
import org.hiptriage.examples.interview.Answers;
import org.hiptriage.examples.interview.Question;
import org.hiptriage.examples.interview.Questions;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.junit.jupiter.api.Test;

/** The FHIR R4 Questionnaire generated from the question model, and QuestionnaireResponse to assessment. */
class QuestionnaireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path COMMITTED = Path.of("fhir/hip-triage-questionnaire.json");
    static final Path SAMPLE_RESPONSE = Path.of("fhir/sample-questionnaire-response.json");
    static final Path SAMPLE_CASE = Path.of("cases/lateral-hip-pain-gtps.json");

    @Test
    void theCommittedQuestionnaireIsUpToDate() throws Exception {
        assertThat(Files.readString(COMMITTED))
                .as("hip-examples/fhir/hip-triage-questionnaire.json is out of date; regenerate it with "
                        + "java -jar hip-examples/target/hip-triage.jar questionnaire > hip-examples/fhir/hip-triage-questionnaire.json")
                .isEqualTo(Questionnaires.json());
    }

    @Test
    void theCommandPrintsTheQuestionnaire() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = HipTriageCli.run(new String[] {"questionnaire"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Questionnaires.json());
    }

    /** The question items of a group, in order, looking inside the condition groups around some of them. */
    private static List<JsonNode> questionItems(JsonNode group) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : group.get("item")) {
            if (item.get("linkId").asText().endsWith(Questionnaires.CONDITION_GROUP_SUFFIX)) {
                assertThat(item.get("type").asText()).isEqualTo("group");
                assertThat(item.get("item")).hasSize(1);
                out.add(item.get("item").get(0));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    @Test
    void everyQuestionIsAnItemWithItsContractPathAsLinkIdInItsSectionGroup() {
        JsonNode q = Questionnaires.questionnaire();
        assertThat(q.get("resourceType").asText()).isEqualTo("Questionnaire");
        assertThat(q.get("status").asText()).isEqualTo("active");
        assertThat(q.get("version").asText()).isEqualTo("2");
        List<String> linkIds = new ArrayList<>();
        for (JsonNode group : q.get("item")) {
            assertThat(group.get("type").asText()).isEqualTo("group");
            for (JsonNode item : questionItems(group)) {
                assertThat(item.get("linkId").asText()).startsWith(group.get("linkId").asText() + ".");
                linkIds.add(item.get("linkId").asText());
                Question question = Questions.byPath(item.get("linkId").asText());
                assertThat(item.path("required").asBoolean(false)).isEqualTo(question.required());
                assertThat(item.path("repeats").asBoolean(false)).isEqualTo(question.kind() == Question.Kind.ANY_OF);
                if (!question.choices().isEmpty()) {
                    assertThat(item.get("type").asText()).isEqualTo("choice");
                    assertThat(item.get("answerOption")).hasSize(question.choices().size() + (question.allowNone() ? 1 : 0));
                }
                for (JsonNode when : item.path("enableWhen")) {
                    assertThat(linkIds).as("enableWhen of " + item.get("linkId")).contains(when.get("question").asText());
                }
            }
        }
        assertThat(linkIds).containsExactlyElementsOf(Questions.all().stream().map(Question::path).toList());
        assertThat(linkIds).noneMatch(id -> id.startsWith("exam"));
    }

    @Test
    void everyInputOfVersionTwoARunnerCanAnswerIsAnItemWithItsContractPath() {
        List<String> linkIds = new ArrayList<>();
        Questionnaires.questionnaire().get("item").forEach(g -> questionItems(g).forEach(i -> linkIds.add(i.get("linkId").asText())));
        assertThat(linkIds).contains("general.legNumbnessOrWeaknessSide", "general.longTermSteroids", "general.immunosuppressed",
                "general.inflammatoryArthritis", "general.anticoagulants", "general.stomachOrKidneyProblems",
                "general.calfOrThighSwelling", "general.recentSurgeryOrLongTravel", "general.abdominalOrPelvicSymptoms",
                "general.groinLump", "function.legShortenedOrTurnedOut");
        assertThat(item("pain.locations").get("answerOption")).extracting(o -> o.at("/valueCoding/code").asText())
                .contains("BELOW_KNEE", "LOWER_ABDOMEN");
        assertThat(item("runner.menstrualStatus").get("answerOption")).extracting(o -> o.at("/valueCoding/code").asText())
                .contains("NOT_STARTED", "POSTMENOPAUSAL");
        // the side only after a yes to numbness, the leg's look only after a fall
        assertThat(item("general.legNumbnessOrWeaknessSide").get("enableWhen")).singleElement().satisfies(w -> {
            assertThat(w.get("question").asText()).isEqualTo("general.legNumbnessOrWeakness");
            assertThat(w.get("answerBoolean").asBoolean()).isTrue();
        });
        assertThat(item("function.legShortenedOrTurnedOut").get("enableWhen")).singleElement().satisfies(w ->
                assertThat(w.at("/answerCoding/code").asText()).isEqualTo("FALL"));
    }

    @Test
    void pregnancyIsAskedOfWomenAndOthersFromTwelveOrOnceTheirPeriodsHaveStarted() {
        // the group around it: not male, periods neither not started nor over
        JsonNode group = group("runner.pregnancy" + Questionnaires.CONDITION_GROUP_SUFFIX);
        assertThat(group.get("enableBehavior").asText()).isEqualTo("all");
        assertThat(group.get("enableWhen")).extracting(w -> w.get("question").asText() + " " + w.get("operator").asText() + " "
                        + w.at("/answerCoding/code").asText())
                .containsExactly("runner.sex != MALE", "runner.menstrualStatus != NOT_STARTED",
                        "runner.menstrualStatus != POSTMENOPAUSAL");
        // the item: aged 12 or more, or periods that have started
        JsonNode pregnancy = item("runner.pregnancy");
        assertThat(pregnancy.get("enableBehavior").asText()).isEqualTo("any");
        assertThat(pregnancy.get("enableWhen")).anySatisfy(w -> {
            assertThat(w.get("question").asText()).isEqualTo("runner.age");
            assertThat(w.get("operator").asText()).isEqualTo(">=");
            assertThat(w.get("answerInteger").asInt()).isEqualTo(Questions.PREGNANCY_FROM_AGE).isEqualTo(12);
        });
        assertThat(pregnancy.get("enableWhen")).filteredOn(w -> w.get("question").asText().equals("runner.menstrualStatus"))
                .extracting(w -> w.at("/answerCoding/code").asText()).containsExactly("REGULAR", "IRREGULAR", "ABSENT");
        assertThat(item("pain.severity").get("extension")).extracting(e -> e.get("url").asText() + "=" + e.get("valueInteger").asInt())
                .containsExactly("http://hl7.org/fhir/StructureDefinition/minValue=0", "http://hl7.org/fhir/StructureDefinition/maxValue=10");
    }

    @Test
    void aResponseLeavingPregnancyUnansweredGivesACaseWithPregnancyAbsent() throws Exception {
        // given the sample response of a 48-year-old woman, who was not asked or did not answer about pregnancy
        JsonNode response = JSON.readTree(SAMPLE_RESPONSE.toFile());
        assertThat(response.toString()).doesNotContain("runner.pregnancy");

        // then the case has no pregnancy (unknown, kept in mind), never NOT_PREGNANT
        JsonNode contractCase = QuestionnaireResponses.toAnswers(response).toContractJson();
        assertThat(contractCase.get("runner").has("pregnancy")).isFalse();
        Assessment a = QuestionnaireResponses.toAssessment(response);
        assertThat(a.runner().pregnancy()).isNull();
        assertThat(a.runner().couldBePregnant()).isTrue();

        // and an item present but with no answer is unknown too
        ObjectNode withEmptyItem = (ObjectNode) response.deepCopy();
        ((ArrayNode) withEmptyItem.get("item").get(0).get("item")).addObject().put("linkId", "runner.pregnancy.when")
                .putArray("item").addObject().put("linkId", "runner.pregnancy").putArray("answer");
        assertThat(QuestionnaireResponses.toAssessment(withEmptyItem).runner().pregnancy()).isNull();
    }

    @Test
    void everySampleCaseGoesToAResponseAndBackToTheSameAssessment() throws Exception {
        List<Path> cases;
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            cases = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : cases) {
            Assessment original = AssessmentJson.parse(Files.readAllBytes(file));
            ObjectNode response = QuestionnaireResponses.response(Answers.of(original));
            // through the JSON text, as another system would get it
            Assessment back = QuestionnaireResponses.toAssessment(JSON.readTree(JSON.writeValueAsString(response)));
            // the runner's questionnaire has no examination: a clinician's findings are the one thing left out
            Assessment withoutExam = original.toBuilder().exam(Exam.NONE).build();
            assertThat(back).as(file.toString()).isEqualTo(withoutExam);
        }
    }

    @Test
    void everyQuestionGoesToAResponseItemAndBack() {
        // given an answer to every question, the first choice of each, inputs of version 2 included
        Answers all = new Answers();
        for (Question q : Questions.all()) {
            all.put(q.path(), switch (q.kind()) {
                case WHOLE_NUMBER -> q.min().intValue();
                case NUMBER -> q.max();
                case YES_NO -> true;
                case ONE_OF -> q.choices().get(0).code();
                case ANY_OF -> List.of(q.choices().get(0).code(), q.choices().get(q.choices().size() - 1).code());
            });
        }
        ObjectNode response = QuestionnaireResponses.response(all);
        assertThat(QuestionnaireResponses.toAnswers(response).asMap()).isEqualTo(all.asMap());
        // and "none of these" goes as the code NONE and comes back as an empty list
        Answers none = new Answers().put("pain.radiatesTo", List.of());
        assertThat(QuestionnaireResponses.response(none).toString()).contains("\"code\":\"NONE\"");
        assertThat(QuestionnaireResponses.toAnswers(QuestionnaireResponses.response(none)).get("pain.radiatesTo")).isEqualTo(List.of());
    }

    @Test
    void theSampleResponseMapsToTheSameAssessmentAsTheSampleCase() throws Exception {
        JsonNode response = JSON.readTree(SAMPLE_RESPONSE.toFile());
        assertThat(QuestionnaireResponses.toAssessment(response)).isEqualTo(AssessmentJson.parse(Files.readAllBytes(SAMPLE_CASE)));
    }

    @Test
    void theCommandTurnsAResponseIntoAContractCase() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = HipTriageCli.run(new String[] {"questionnaire", "--to-case", SAMPLE_RESPONSE.toString()},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(AssessmentJson.parse(out.toString(StandardCharsets.UTF_8)))
                .isEqualTo(AssessmentJson.parse(Files.readAllBytes(SAMPLE_CASE)));
    }

    @Test
    void anUnansweredItemIsUnknownAndNoneOfTheseIsAnEmptyList() throws Exception {
        ObjectNode response = (ObjectNode) JSON.readTree(SAMPLE_RESPONSE.toFile());
        var answers = QuestionnaireResponses.toAnswers(response);
        assertThat(answers.get("pain.radiatesTo")).isEqualTo(List.of());
        assertThat(answers.get("history.priorHipInjury")).isNull();
    }

    @Test
    void aBadResponseIsRefusedWithEveryProblemByLinkId() throws Exception {
        ObjectNode response = (ObjectNode) JSON.readTree(SAMPLE_RESPONSE.toFile());
        response.put("status", "in-progress");
        ArrayNode pain = (ArrayNode) response.get("item").get(1).get("item");
        assertThat(pain.get(0).get("linkId").asText()).isEqualTo("pain.side");
        ((ObjectNode) pain.get(0).get("answer").get(0).get("valueCoding")).put("code", "MIDDLE");
        ((ObjectNode) pain.get(3)).set("answer", JSON.readTree("[{\"valueString\": \"very bad\"}]"));
        pain.addObject().put("linkId", "pain.colour");
        assertThatThrownBy(() -> QuestionnaireResponses.toAssessment(response))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("status", "pain.side", "pain.severity", "pain.colour"));
    }

    @Test
    void aResponseBreakingTheContractIsRefusedLikeAContractFile() throws Exception {
        ObjectNode response = (ObjectNode) JSON.readTree(SAMPLE_RESPONSE.toFile());
        ArrayNode pain = (ArrayNode) response.get("item").get(1).get("item");
        JsonNode severity = null;
        for (JsonNode item : pain) {
            if (item.get("linkId").asText().equals("pain.severity")) {
                severity = item;
            }
        }
        ((ObjectNode) severity.get("answer").get(0)).put("valueInteger", 14);
        assertThatThrownBy(() -> QuestionnaireResponses.toAssessment(response))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).containsExactly("pain.severity: must be 0 to 10 (worst pain in the last week), was 14"));
    }

    private static JsonNode item(String linkId) {
        for (JsonNode group : Questionnaires.questionnaire().get("item")) {
            for (JsonNode item : questionItems(group)) {
                if (item.get("linkId").asText().equals(linkId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no item " + linkId);
    }

    private static JsonNode group(String linkId) {
        for (JsonNode group : Questionnaires.questionnaire().get("item")) {
            for (JsonNode item : group.get("item")) {
                if (item.get("linkId").asText().equals(linkId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no group " + linkId);
    }
}
