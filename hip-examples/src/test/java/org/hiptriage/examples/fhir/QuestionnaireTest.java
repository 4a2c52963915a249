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
import org.hiptriage.examples.cli.HipTriageCli;
import org.hiptriage.examples.interview.Question;
import org.hiptriage.examples.interview.Questions;
import org.hiptriage.examples.json.AssessmentJson;
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

    @Test
    void everyQuestionIsAnItemWithItsContractPathAsLinkIdInItsSectionGroup() {
        JsonNode q = Questionnaires.questionnaire();
        assertThat(q.get("resourceType").asText()).isEqualTo("Questionnaire");
        assertThat(q.get("status").asText()).isEqualTo("active");
        List<String> linkIds = new ArrayList<>();
        for (JsonNode group : q.get("item")) {
            assertThat(group.get("type").asText()).isEqualTo("group");
            for (JsonNode item : group.get("item")) {
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
    void pregnancyIsHiddenForMenAndChildrenByEnableWhen() {
        JsonNode pregnancy = item("runner.pregnancy");
        assertThat(pregnancy.get("enableBehavior").asText()).isEqualTo("all");
        assertThat(pregnancy.get("enableWhen")).anySatisfy(w -> {
            assertThat(w.get("question").asText()).isEqualTo("runner.sex");
            assertThat(w.get("operator").asText()).isEqualTo("!=");
            assertThat(w.at("/answerCoding/code").asText()).isEqualTo("MALE");
        });
        assertThat(pregnancy.get("enableWhen")).anySatisfy(w -> {
            assertThat(w.get("operator").asText()).isEqualTo(">=");
            assertThat(w.get("answerInteger").asInt()).isEqualTo(Questions.PERIODS_FROM_AGE);
        });
        assertThat(item("pain.severity").get("extension")).extracting(e -> e.get("url").asText() + "=" + e.get("valueInteger").asInt())
                .containsExactly("http://hl7.org/fhir/StructureDefinition/minValue=0", "http://hl7.org/fhir/StructureDefinition/maxValue=10");
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
            for (JsonNode item : group.get("item")) {
                if (item.get("linkId").asText().equals(linkId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no item " + linkId);
    }
}
