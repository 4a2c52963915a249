package org.hiptriage.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hiptriage.engine.TriageEngine;
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
                "careSteps", "avoid", "safetyNet", "disclaimer");
        assertThat(r.get("contractVersion").isInt()).isTrue();
        assertThat(r.get("contractVersion").asInt()).isEqualTo(1);
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
        assertThat(r.get("avoid")).isNotEmpty().allSatisfy(a ->
                assertThat(keys(a)).containsExactly("code", "reason", "rules", "sources"));
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
