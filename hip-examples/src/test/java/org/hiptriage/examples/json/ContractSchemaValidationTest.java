package org.hiptriage.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.HostileInputTest;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract's JSON Schemas, checked with a JSON Schema validator against real documents: every sample case and
 * every vignette is a valid case, and the report each gives is a valid report; the schema refuses what the reader
 * refuses field by field, and the contradictions between fields that it leaves to the reader are still refused by it.
 */
class ContractSchemaValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads as JSON (RFC 8259) does: one value, no field twice. */
    private static final ObjectMapper STRICT = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final TriageEngine ENGINE = TriageEngine.create();

    @AfterAll
    static void closeEngine() {
        ENGINE.close();
    }

    private static List<Path> cases(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everySampleCaseAndVignetteIsAValidCaseAndItsReportAValidReport() throws IOException {
        List<Path> files = new ArrayList<>(cases(Path.of("cases")));
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        List<Path> vignettes = cases(Path.of("../hip-rules/src/test/vignettes"));
        assertThat(vignettes).hasSizeGreaterThanOrEqualTo(100);
        files.addAll(vignettes);
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (Path file : files) {
            String text = Files.readString(file);
            List<String> errors = new ArrayList<>(Schemas.errors(Schemas.CASE, tree(text)));
            Schemas.errors(Schemas.REPORT, ReportJson.tree(ENGINE.assess(AssessmentJson.parse(text))))
                    .forEach(e -> errors.add("report: " + e));
            if (!errors.isEmpty()) {
                failures.put(file.toString(), errors);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The contract's own example of a case (§1), as the model's tests hold it. */
    private static ObjectNode example() {
        return (ObjectNode) tree(org.hiptriage.model.json.AssessmentJsonTest.CONTRACT_EXAMPLE);
    }

    /** The example with these changes, {@code section.field=VALUE} separated by spaces (a JSON value, or "-" to remove the field). */
    private static ObjectNode exampleWith(String changes) {
        ObjectNode root = example();
        for (String change : changes.trim().split(" ")) {
            String[] pathAndValue = change.split("=", 2);
            String[] path = pathAndValue[0].split("\\.");
            ObjectNode section = (ObjectNode) root.get(path[0]);
            if (pathAndValue[1].equals("-")) {
                section.remove(path[1]);
            } else {
                section.set(path[1], tree(pathAndValue[1]));
            }
        }
        return root;
    }

    @Test
    void theContractsExampleIsAValidCase() {
        assertThat(Schemas.errors(Schemas.CASE, example())).isEmpty();
    }

    /** Each row: a contradiction the contract lists, valid field by field, so the schema accepts it; the reader refuses it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pregnant and male | runner.pregnancy | runner.sex=\"MALE\" runner.pregnancy=\"PREGNANT\" runner.menstrualStatus=- runner.breastfeeding=-",
        "postpartum and male | runner.pregnancy | runner.sex=\"MALE\" runner.menstrualStatus=- runner.breastfeeding=-",
        "breastfeeding and male | runner.breastfeeding | runner.sex=\"MALE\" runner.pregnancy=- runner.weeksPregnantOrPostpartum=- runner.menstrualStatus=-",
        "periods and male | runner.menstrualStatus | runner.sex=\"MALE\" runner.pregnancy=- runner.weeksPregnantOrPostpartum=- runner.breastfeeding=-",
        "weeks while not pregnant | runner.weeksPregnantOrPostpartum | runner.pregnancy=\"NOT_PREGNANT\"",
        "weeks with the pregnancy unknown | runner.weeksPregnantOrPostpartum | runner.pregnancy=-",
        "a numbness side without numbness | general.legNumbnessOrWeaknessSide | general.legNumbnessOrWeaknessSide=\"LEFT\"",
        "walks pain-free but cannot bear weight | function.painFreeWalking | function.canBearWeight=false",
        "walks pain-free but walking hurts | pain.aggravators | pain.aggravators=[\"WALKING\"]",
        "rested longer than the pain has lasted | careSoFar.restedDays | careSoFar.restedDays=22",
    })
    void aContradictionValidAgainstTheSchemaIsStillRefusedByTheReader(String label, String path, String changes) {
        ObjectNode contradiction = exampleWith(changes);

        assertThat(Schemas.errors(Schemas.CASE, contradiction)).as("valid against the schema").isEmpty();
        assertThatThrownBy(() -> AssessmentJson.parse(contradiction.toString())).isInstanceOf(InvalidAssessmentException.class)
                .satisfies(e -> assertThat(((InvalidAssessmentException) e).problems()).anyMatch(p -> p.path().equals(path)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown field | runner.shoeColour=\"red\"",
        "an unknown code | pain.locations=[\"ELBOW\"]",
        "a code in lower case | runner.sex=\"female\"",
        "severity out of range | pain.severity=11",
        "age as a string | runner.age=\"34\"",
        "age with a fraction | runner.age=34.5",
        "no locations | pain.locations=[]",
        "a repeated location | pain.locations=[\"GROIN\",\"GROIN\"]",
        "a required field missing | pain.onset=-",
        "a required field null | runner.sex=null",
        "pregnant without the weeks | runner.pregnancy=\"PREGNANT\" runner.weeksPregnantOrPostpartum=-",
        "pregnant for 43 weeks | runner.pregnancy=\"PREGNANT\" runner.weeksPregnantOrPostpartum=43",
        "yes for a boolean | general.fever=\"yes\"",
    })
    void anInvalidCaseIsRefusedByTheSchemaAndTheReaderAlike(String label, String changes) {
        ObjectNode invalid = exampleWith(changes);

        assertThat(Schemas.errors(Schemas.CASE, invalid)).as("refused by the schema").isNotEmpty();
        assertThatThrownBy(() -> AssessmentJson.parse(invalid.toString())).isInstanceOf(InvalidAssessmentException.class);
    }

    /**
     * Every hostile document of the reader's tests that is JSON at all: the schema accepts none of them except the
     * contradictions between fields and the reader's size limits, which the schema leaves to the reader.
     */
    @Test
    void theSchemaRefusesEveryHostileDocumentButThoseItLeavesToTheReader() {
        List<String> readersOwn = List.of("with sex MALE", "must be absent", "cannot be true when", "cannot contain",
                "must be at most pain.durationDays", "limits", "sensible size", "numbers of 40", "at most 65536 bytes");
        List<String> acceptedWrongly = new ArrayList<>();
        for (HostileInputTest.Hostile row : HostileInputTest.hostileDocuments()) {
            JsonNode document;
            try {
                document = STRICT.readTree(java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(row.bytes()))
                        .toString());
            } catch (IOException | RuntimeException e) {
                continue; // not one JSON document in UTF-8: no schema applies
            }
            if (document == null || document.isMissingNode()) {
                continue;
            }
            if (Schemas.errors(Schemas.CASE, document).isEmpty() && readersOwn.stream().noneMatch(row.phrase()::contains)) {
                acceptedWrongly.add(row.label() + " (" + row.phrase() + ")");
            }
        }
        assertThat(acceptedWrongly).isEmpty();
    }
}
