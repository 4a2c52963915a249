package org.hiptriage.examples.json;

import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's JSON matches contract §2 field for field. */
class ReportJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TriageEngine engine;

    @BeforeAll
    static void engine() {
        engine = TriageEngine.create();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static JsonNode reportOf(String file) throws Exception {
        TriageReport report = engine.assess(AssessmentJson.parse(Files.readAllBytes(Path.of(file))));
        String line = ReportJson.write(report);
        assertThat(line).doesNotContain("\n");
        return JSON.readTree(line);
    }

    private static List<String> keys(JsonNode node) {
        return iterable(node.fieldNames());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyTopLevelKeyOfTheContractIsThereInItsOrder() throws Exception {
        JsonNode r = reportOf("cases/groin-pain-amenorrhoeic-runner.json");
        assertThat(keys(r)).containsExactly("contractVersion", "ruleBaseVersion", "disposition", "flags", "conditions",
                "careSteps", "avoid", "openQuestions", "safetyNet", "disclaimer");
        assertThat(r.get("contractVersion").isInt()).isTrue();
        assertThat(r.get("contractVersion").asInt()).isEqualTo(2);
        assertThat(r.get("openQuestions").isArray()).isTrue();
        assertThat(r.get("ruleBaseVersion").isTextual()).isTrue();
        assertThat(keys(r.get("disposition"))).containsExactly("level", "advice", "because");
        assertThat(r.get("safetyNet").isArray()).isTrue();
        assertThat(r.get("disclaimer").asText()).isNotBlank();
    }

    @Test
    void flagsConditionsCareStepsAndAvoidEntriesHaveTheContractsFields() throws Exception {
        JsonNode r = reportOf("cases/groin-pain-amenorrhoeic-runner.json");
        assertThat(r.get("flags")).isNotEmpty().allSatisfy(f -> {
            assertThat(keys(f)).containsExactly("code", "level", "message", "because", "rules", "sources");
            assertThat(f.get("because").isArray()).isTrue();
        });
        assertThat(r.get("conditions")).isNotEmpty().allSatisfy(c -> {
            assertThat(keys(c)).containsExactly("code", "name", "likelihood", "score", "because", "against", "rules", "sources");
            assertThat(c.get("score").isInt()).isTrue();
            assertThat(c.get("likelihood").asText()).isIn("LIKELY", "POSSIBLE");
        });
        assertThat(r.get("careSteps")).isNotEmpty().allSatisfy(s ->
                assertThat(keys(s)).containsExactly("code", "phase", "instructions", "dose", "because", "rules", "sources"));
        assertThat(r.get("avoid")).isNotEmpty().allSatisfy(a -> {
            assertThat(keys(a)).containsExactly("code", "reason", "because", "rules", "sources");
            assertThat(a.get("because").isArray()).isTrue();
        });
    }

    @Test
    void avoidSaysWhichFactsMadeItApplyAndOpenQuestionsCarryPathQuestionWhyAndLevel() throws Exception {
        // given a report with an avoid entry that names this runner's facts and two open questions
        TriageReport base = engine.assess(AssessmentJson.parse(Files.readAllBytes(Path.of("cases/groin-pain-amenorrhoeic-runner.json"))));
        Avoid avoid = new Avoid(AvoidCode.HILLS_AND_SPEED_WORK, "Hills and speed load the bone most.",
                List.of("a suspected stress fracture"), List.of("Avoid hills with a stress fracture"), List.of("S1"));
        List<OpenQuestion> open = List.of(
                new OpenQuestion("general.fever", "Have you had a fever?", "Fever with hip pain can mean an infected joint.",
                        Level.EMERGENCY),
                new OpenQuestion("runner.pregnancy", "Could you be pregnant?", "Groin pain can come from an ectopic pregnancy.",
                        Level.URGENT));
        TriageReport report = new TriageReport(base.contractVersion(), base.ruleBaseVersion(), base.disposition(), base.flags(),
                base.conditions(), base.careSteps(), List.of(avoid), open, base.safetyNet(), base.disclaimer());

        JsonNode r = JSON.readTree(ReportJson.write(report));

        // then the avoid entry keeps the reason and adds the facts
        JsonNode a = r.get("avoid").get(0);
        assertThat(a.get("reason").asText()).isEqualTo("Hills and speed load the bone most.");
        assertThat(a.get("because")).extracting(JsonNode::asText).containsExactly("a suspected stress fracture");
        // and the open questions come in the report's order, each with the contract's four fields
        assertThat(r.get("openQuestions")).hasSize(2);
        JsonNode first = r.get("openQuestions").get(0);
        assertThat(keys(first)).containsExactly("path", "question", "why", "couldRaiseTo");
        assertThat(first.get("path").asText()).isEqualTo("general.fever");
        assertThat(first.get("question").asText()).isEqualTo("Have you had a fever?");
        assertThat(first.get("why").asText()).isEqualTo("Fever with hip pain can mean an infected joint.");
        assertThat(first.get("couldRaiseTo").asText()).isEqualTo("EMERGENCY");
        assertThat(r.get("openQuestions").get(1).get("path").asText()).isEqualTo("runner.pregnancy");
    }

    @Test
    void theErrorLineHasTheFileAndEachProblemsPathAndMessage() throws Exception {
        JsonNode line = JSON.readTree(ReportJson.errorLine("a.json",
                List.of(new Problem("pain.severity", "must be 0 to 10", "14"))));
        assertThat(keys(line)).containsExactly("file", "errors");
        assertThat(line.get("errors").get(0).get("path").asText()).isEqualTo("pain.severity");
        assertThat(line.get("errors").get(0).get("message").asText()).isEqualTo("pain.severity: must be 0 to 10, was 14");
    }
}
