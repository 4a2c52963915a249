package org.hiptriage.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Side;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.junit.jupiter.api.Test;

public class AssessmentJsonTest {

    /** The contract's own example of an assessment (contract §1). */
    public static final String CONTRACT_EXAMPLE = """
            {
              "runner":   { "age": 34, "sex": "FEMALE", "pregnancy": "POSTPARTUM", "weeksPregnantOrPostpartum": 10,
                            "breastfeeding": true, "menstrualStatus": "REGULAR", "heightCm": 168, "weightKg": 57 },
              "pain":     { "side": "RIGHT", "locations": ["FRONT_OF_HIP"], "radiatesTo": [], "severity": 5,
                            "onset": "GRADUAL", "onsetEvent": "NONE", "durationDays": 21, "trend": "STABLE",
                            "qualities": ["DULL_ACHE"], "timing": ["DURING_RUN"], "aggravators": ["LIFTING_KNEE", "SPRINTING"] },
              "function": { "canBearWeight": true, "limp": false, "limitedHipMotion": false,
                            "dailyActivitiesLimited": false, "painFreeWalking": true },
              "general":  { "fever": false, "unexplainedWeightLoss": false, "cancerHistory": false, "nightSweats": false,
                            "bladderOrBowelChange": false, "saddleNumbness": false, "legNumbnessOrWeakness": false },
              "history":  { "weeklyDistanceKm": 30, "distanceIncreasePercent": 25, "shoeDistanceKm": 900,
                            "surfaces": ["ROAD"], "hills": false, "speedWork": true, "restDaysPerWeek": 1,
                            "sittingHoursPerDay": 8, "priorHipInjury": false, "priorStressFracture": false,
                            "lowBoneDensity": false, "lowEnergyAvailability": false, "legLengthDifference": false,
                            "footProblems": false, "familyHistoryHipArthritis": false },
              "careSoFar": { "restedDays": 0, "ice": false, "painMedication": false, "physicalTherapy": false },
              "exam":     { "greaterTrochanterTenderness": null, "painOnResistedHipFlexion": null, "fadirPositive": null,
                            "faberPositive": null, "hopTestPain": null, "ischialTuberosityTenderness": null,
                            "adductorSqueezePain": null, "trendelenburgSign": null, "straightLegRaisePositive": null }
            }
            """;

    static final String MINIMAL = """
            {"runner": {"age": 30, "sex": "MALE"},
             "pain": {"locations": ["GROIN"], "severity": 4, "onset": "GRADUAL", "durationDays": 10}}
            """;

    private static List<Problem> problems(String json) {
        try {
            AssessmentJson.parse(json);
        } catch (InvalidAssessmentException e) {
            return e.problems();
        }
        throw new AssertionError("expected the document to be refused: " + json);
    }

    private static List<String> messages(String json) {
        return problems(json).stream().map(Problem::message).toList();
    }

    @Test
    void theContractsExampleIsRead() {
        Assessment a = AssessmentJson.parse(CONTRACT_EXAMPLE);
        assertThat(a.runner().age()).isEqualTo(34);
        assertThat(a.runner().pregnancy()).isEqualTo(Pregnancy.POSTPARTUM);
        assertThat(a.pain().locations()).containsExactly(Location.FRONT_OF_HIP);
        assertThat(a.pain().radiatesTo()).isEmpty();
        assertThat(a.history().shoeDistanceKm()).isEqualTo(900.0);
        assertThat(a.exam().greaterTrochanterTenderness()).isNull();
    }

    @Test
    void absentAndNullMeanUnknownWhileFalseMeansNo() {
        Assessment minimal = AssessmentJson.parse(MINIMAL);
        assertThat(minimal.general().fever()).isNull();
        assertThat(minimal.pain().aggravators()).isNull();
        Assessment known = AssessmentJson.parse(MINIMAL.replace("\"pain\"", "\"general\": {\"fever\": false, \"cancerHistory\": null}, \"pain\""));
        assertThat(known.general().fever()).isFalse();
        assertThat(known.general().cancerHistory()).isNull();
    }

    @Test
    void bytesAreReadAsUtf8AndInvalidUtf8IsRefused() {
        assertThat(AssessmentJson.parse(MINIMAL.getBytes(StandardCharsets.UTF_8)).runner().age()).isEqualTo(30);
        byte[] bad = MINIMAL.getBytes(StandardCharsets.UTF_8);
        bad[5] = (byte) 0xC3;
        bad[6] = (byte) 0x28;
        assertThat(problemsOf(bad)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.expected()).contains("UTF-8");
        });
    }

    private static List<Problem> problemsOf(byte[] bytes) {
        try {
            AssessmentJson.parse(bytes);
        } catch (InvalidAssessmentException e) {
            return e.problems();
        }
        throw new AssertionError("expected refusal");
    }

    @Test
    void unknownFieldsAreRefusedAtEveryLevelWithTheirPath() {
        List<Problem> found = problems(MINIMAL.replace("\"age\": 30", "\"age\": 30, \"agee\": 3")
                .replace("{\"runner\"", "{\"mood\": \"ok\", \"runner\""));
        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder("runner.agee", "mood");
        assertThat(found.get(0).message()).contains("is not a contract field");
    }

    @Test
    void unknownCodesAreRefusedNamingTheAllowedOnes() {
        assertThat(messages(MINIMAL.replace("\"GROIN\"", "\"GROIN\", \"ELBOW\"")))
                .containsExactly("pain.locations[1]: must be one of GROIN, FRONT_OF_HIP, LATERAL_HIP, BUTTOCK, SIT_BONE, "
                        + "INNER_THIGH, FRONT_OF_THIGH, OUTER_THIGH, BACK_OF_THIGH, LOWER_BACK, KNEE, PUBIC_BONE, BELOW_KNEE, "
                        + "LOWER_ABDOMEN, was \"ELBOW\"");
        assertThat(messages(MINIMAL.replace("\"MALE\"", "\"male\""))).singleElement().asString().startsWith("runner.sex: must be one of FEMALE");
    }

    @Test
    void wrongTypesAreRefused() {
        assertThat(messages(MINIMAL.replace("\"severity\": 4", "\"severity\": \"4\"")))
                .containsExactly("pain.severity: must be a whole number, was the string \"4\"");
        assertThat(messages(MINIMAL.replace("\"durationDays\": 10", "\"durationDays\": 10.5")))
                .containsExactly("pain.durationDays: must be a whole number, was 10.5");
        assertThat(messages(MINIMAL.replace("\"pain\"", "\"general\": {\"fever\": \"yes\"}, \"pain\"")))
                .containsExactly("general.fever: must be true, false or null, was the string \"yes\"");
        assertThat(messages(MINIMAL.replace("[\"GROIN\"]", "\"GROIN\""))).singleElement().asString()
                .startsWith("pain.locations: must be a list of codes");
        assertThat(messages(MINIMAL.replace("{\"age\": 30, \"sex\": \"MALE\"}", "[30]")))
                .contains("runner: must be an object, was a list");
    }

    @Test
    void wholeNumbersWrittenWithAZeroFractionAreAccepted() {
        assertThat(AssessmentJson.parse(MINIMAL.replace("\"age\": 30", "\"age\": 30.0")).runner().age()).isEqualTo(30);
    }

    @Test
    void hugeNumbersAndLongNumbersAreRefused() {
        assertThat(messages(MINIMAL.replace("\"age\": 30", "\"age\": 30000000000"))).singleElement().asString()
                .startsWith("runner.age:");
        assertThat(problems(MINIMAL.replace("\"age\": 30", "\"age\": 1" + "0".repeat(60)))).singleElement()
                .extracting(Problem::path).isEqualTo("$");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertThat(problems("{\"runner\": {\"sex\": \"MALE\"}, \"pain\": {\"locations\": []}}"))
                .extracting(Problem::path)
                .containsExactly("runner.age", "pain.locations", "pain.severity", "pain.onset", "pain.durationDays");
        assertThat(problems("{}")).extracting(Problem::path).containsExactly("runner", "pain");
    }

    @Test
    void rangesAndContradictionsComeFromTheModelsValidation() {
        assertThat(messages(MINIMAL.replace("\"severity\": 4", "\"severity\": 14")))
                .containsExactly("pain.severity: must be 0 to 10 (worst pain in the last week), was 14");
        assertThat(messages(MINIMAL.replace("\"sex\": \"MALE\"", "\"sex\": \"MALE\", \"pregnancy\": \"PREGNANT\", \"weeksPregnantOrPostpartum\": 12")))
                .containsExactly("runner.pregnancy: PREGNANT is not possible with sex MALE");
    }

    @Test
    void everyProblemIsReportedAtOnceAndNoneTwice() {
        List<Problem> found = problems("""
                {"runner": {"age": 7, "sex": "ROBOT"},
                 "pain": {"locations": ["GROIN", "GROIN"], "severity": 11, "onset": "SLOW", "durationDays": -1},
                 "extra": true}
                """);
        assertThat(found).extracting(Problem::path).containsExactlyInAnyOrder(
                "extra", "runner.sex", "pain.locations[1]", "pain.onset", "runner.age", "pain.severity", "pain.durationDays");
    }

    @Test
    void nullInsideAListIsRefused() {
        assertThat(messages(MINIMAL.replace("[\"GROIN\"]", "[\"GROIN\", null]"))).containsExactly("pain.locations[1]: must be a code, was null");
    }

    @Test
    void malformedDocumentsAreRefusedAsAWhole() {
        assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("$: must be a JSON object (an assessment), was an empty document"));
        assertThat(problems("[1, 2]")).singleElement().satisfies(p -> assertThat(p.message()).contains("must be a JSON object"));
        assertThat(problems(MINIMAL.substring(0, 40))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.expected()).isEqualTo("must be valid JSON");
        });
        assertThat(problems(MINIMAL + " {}")).singleElement().extracting(Problem::path).isEqualTo("$");
        assertThat(problems("{\"runner\": {\"age\": 30, \"age\": 31}}")).singleElement().extracting(Problem::path).isEqualTo("$");
    }

    @Test
    void deeplyNestedAndOversizedDocumentsAreRefused() {
        String deep = "{\"runner\": " + "[".repeat(100) + "]".repeat(100) + "}";
        assertThat(problems(deep)).singleElement().extracting(Problem::path).isEqualTo("$");
        String big = MINIMAL.replace("\"MALE\"", "\"" + "M".repeat(AssessmentJson.MAX_BYTES) + "\"");
        assertThat(problems(big)).singleElement().satisfies(p -> assertThat(p.expected()).contains("at most"));
    }

    @Test
    void theJavaBuildersAndTheJsonGiveTheSameAssessment() {
        assertThatThrownBy(() -> AssessmentJson.parse("null")).isInstanceOf(InvalidAssessmentException.class);
        Assessment a = AssessmentJson.parse(MINIMAL);
        assertThat(a).isEqualTo(Assessment.builder()
                .runner(org.hiptriage.model.Runner.of(30, org.hiptriage.model.Sex.MALE))
                .pain(org.hiptriage.model.Pain.of(4, org.hiptriage.model.Onset.GRADUAL, 10, Location.GROIN)).build());
    }

    // --- contract version 2 ---------------------------------------------------------------------

    /** The v2 example: every new input of contract version 2, known. */
    static final String V2_INPUTS = """
            {"runner": {"age": 58, "sex": "FEMALE", "menstrualStatus": "POSTMENOPAUSAL"},
             "pain": {"locations": ["GROIN", "LOWER_ABDOMEN"], "radiatesTo": ["BELOW_KNEE"], "severity": 6,
                      "onset": "SUDDEN", "onsetEvent": "FALL", "durationDays": 2},
             "function": {"canBearWeight": true, "legShortenedOrTurnedOut": false},
             "general": {"legNumbnessOrWeakness": true, "legNumbnessOrWeaknessSide": "LEFT", "longTermSteroids": true,
                         "immunosuppressed": false, "inflammatoryArthritis": true, "anticoagulants": false,
                         "stomachOrKidneyProblems": true, "calfOrThighSwelling": false, "recentSurgeryOrLongTravel": true,
                         "abdominalOrPelvicSymptoms": false, "groinLump": true},
             "exam": {"painfulInternalRotation": true, "limitedInternalRotation": false, "focalBonyTenderness": true,
                      "singleLegStancePain": false}}
            """;

    @Test
    void everyNewInputOfVersionTwoIsRead() {
        Assessment a = AssessmentJson.parse(V2_INPUTS);
        assertThat(a.runner().menstrualStatus()).isEqualTo(MenstrualStatus.POSTMENOPAUSAL);
        assertThat(a.pain().locations()).containsExactly(Location.GROIN, Location.LOWER_ABDOMEN);
        assertThat(a.pain().radiatesTo()).containsExactly(Location.BELOW_KNEE);
        assertThat(a.function().legShortenedOrTurnedOut()).isFalse();
        assertThat(a.general()).isEqualTo(General.builder().legNumbnessOrWeakness(true).legNumbnessOrWeaknessSide(Side.LEFT)
                .longTermSteroids(true).immunosuppressed(false).inflammatoryArthritis(true).anticoagulants(false)
                .stomachOrKidneyProblems(true).calfOrThighSwelling(false).recentSurgeryOrLongTravel(true)
                .abdominalOrPelvicSymptoms(false).groinLump(true).build());
        assertThat(a.exam()).isEqualTo(Exam.builder().painfulInternalRotation(true).limitedInternalRotation(false)
                .focalBonyTenderness(true).singleLegStancePain(false).build());
        assertThat(AssessmentJson.parse(MINIMAL.replace("\"MALE\"", "\"FEMALE\", \"menstrualStatus\": \"NOT_STARTED\"")
                .replace("30", "11")).runner().menstrualStatus()).isEqualTo(MenstrualStatus.NOT_STARTED);
    }

    @Test
    void anAbsentPregnancyIsUnknownNeverNotPregnant() {
        Assessment woman = AssessmentJson.parse(MINIMAL.replace("\"MALE\"", "\"FEMALE\""));
        assertThat(woman.runner().pregnancy()).isNull();
        assertThat(woman.runner().couldBePregnant()).isTrue();
        assertThat(AssessmentJson.parse(MINIMAL.replace("\"MALE\"", "\"FEMALE\", \"pregnancy\": null")).runner().pregnancy())
                .isNull();
        assertThat(AssessmentJson.parse(MINIMAL.replace("\"MALE\"", "\"FEMALE\", \"pregnancy\": \"NOT_PREGNANT\"")).runner()
                .pregnancy()).isEqualTo(Pregnancy.NOT_PREGNANT);
    }

    @Test
    void everyFieldOfTheModelIsAContractFieldAndIsReadBackAsWritten() throws Exception {
        // given a document with a value in every field the model has, made from the model's record components
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = json.createObjectNode();
        for (ContractFields.Field field : ContractFields.all()) {
            ObjectNode section = doc.has(field.section()) ? (ObjectNode) doc.get(field.section()) : doc.putObject(field.section());
            switch (field.kind()) {
                case WHOLE_NUMBER -> section.put(field.name(), 1);
                case NUMBER -> section.put(field.name(), 150);
                case BOOLEAN -> section.put(field.name(), true);
                case CODE -> section.put(field.name(), lastCode(field));
                case CODES -> section.putArray(field.name()).add(lastCode(field));
            }
        }
        // the values the validator needs to be coherent
        ObjectNode runner = (ObjectNode) doc.get("runner");
        runner.put("age", 30).put("sex", "FEMALE").put("pregnancy", "POSTPARTUM").put("weightKg", 60);
        ObjectNode pain = (ObjectNode) doc.get("pain");
        pain.put("durationDays", 30);
        pain.putArray("aggravators").add("STAIRS");
        pain.putArray("timing").add("AT_NIGHT");
        ((ObjectNode) doc.get("history")).put("restDaysPerWeek", 1).put("weeklyDistanceKm", 50)
                .put("distanceIncreasePercent", 10).put("shoeDistanceKm", 500).put("sittingHoursPerDay", 8);

        Assessment a = AssessmentJson.parse(doc.toString());

        // then no field is lost on the way: every component of every section holds what was written
        for (ContractFields.Field field : ContractFields.all()) {
            Record section = (Record) Assessment.class.getMethod(field.section()).invoke(a);
            Object value = field.valueIn(section);
            assertThat(value).as(field.path()).isNotNull();
            JsonNode written = doc.get(field.section()).get(field.name());
            switch (field.kind()) {
                case WHOLE_NUMBER -> assertThat(value).as(field.path()).isEqualTo(written.intValue());
                case NUMBER -> assertThat(value).as(field.path()).isEqualTo(written.doubleValue());
                case BOOLEAN -> assertThat(value).as(field.path()).isEqualTo(written.booleanValue());
                case CODE -> assertThat(((Enum<?>) value).name()).as(field.path()).isEqualTo(written.textValue());
                case CODES -> assertThat(((List<?>) value).stream().map(v -> ((Enum<?>) v).name()).toList()).as(field.path())
                        .containsExactly(written.get(0).textValue());
            }
        }
    }

    private static String lastCode(ContractFields.Field field) {
        Enum<?>[] codes = field.codeType().getEnumConstants();
        return codes[codes.length - 1].name();
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheVersionTwoFieldsOfItsSection() {
        assertThat(messages(MINIMAL.replace("\"pain\"", "\"general\": {\"steroids\": true}, \"pain\"")))
                .singleElement().asString()
                .startsWith("general.steroids: is not a contract field; general has abdominalOrPelvicSymptoms, anticoagulants, "
                        + "bladderOrBowelChange, calfOrThighSwelling, cancerHistory, fever, groinLump, immunosuppressed, "
                        + "inflammatoryArthritis, legNumbnessOrWeakness, legNumbnessOrWeaknessSide, longTermSteroids, nightSweats, "
                        + "recentSurgeryOrLongTravel, saddleNumbness, stomachOrKidneyProblems, unexplainedWeightLoss");
    }

    @Test
    void theVersionTwoContradictionsComeFromTheValidatorWithPathExpectationAndWhatCame() {
        assertThat(messages(MINIMAL.replace("\"pain\"", "\"general\": {\"legNumbnessOrWeaknessSide\": \"LEFT\"}, \"pain\"")))
                .containsExactly("general.legNumbnessOrWeaknessSide: must be absent unless general.legNumbnessOrWeakness is true, was LEFT");
        assertThat(messages(MINIMAL.replace("\"pain\"",
                "\"general\": {\"legNumbnessOrWeakness\": false, \"legNumbnessOrWeaknessSide\": \"BOTH\"}, \"pain\"")))
                .containsExactly("general.legNumbnessOrWeaknessSide: must be absent unless general.legNumbnessOrWeakness is true, was BOTH");
        assertThat(messages(MINIMAL.replace("\"sex\": \"MALE\"", "\"sex\": \"FEMALE\", \"weeksPregnantOrPostpartum\": 12")))
                .containsExactly("runner.weeksPregnantOrPostpartum: must be absent unless pregnancy is PREGNANT or POSTPARTUM, was 12");
        assertThat(messages(MINIMAL.replace("\"sex\": \"MALE\"", "\"sex\": \"MALE\", \"menstrualStatus\": \"POSTMENOPAUSAL\"")))
                .containsExactly("runner.menstrualStatus: must be NOT_APPLICABLE or absent with sex MALE, was POSTMENOPAUSAL");
    }

    @Test
    void aWrongTypeInANewFieldIsRefusedLikeAnyOther() {
        assertThat(messages(MINIMAL.replace("\"pain\"", "\"general\": {\"groinLump\": \"yes\"}, \"pain\"")))
                .containsExactly("general.groinLump: must be true, false or null, was the string \"yes\"");
        assertThat(messages(MINIMAL.replace("\"pain\"",
                "\"general\": {\"legNumbnessOrWeakness\": true, \"legNumbnessOrWeaknessSide\": \"UP\"}, \"pain\"")))
                .containsExactly("general.legNumbnessOrWeaknessSide: must be one of LEFT, RIGHT, BOTH, was \"UP\"");
        assertThat(messages(MINIMAL.replace("\"pain\"", "\"exam\": {\"focalBonyTenderness\": 1}, \"pain\"")))
                .containsExactly("exam.focalBonyTenderness: must be true, false or null, was the number 1");
        assertThat(messages(MINIMAL.replace("\"pain\"", "\"function\": {\"legShortenedOrTurnedOut\": [true]}, \"pain\"")))
                .containsExactly("function.legShortenedOrTurnedOut: must be true, false or null, was a list");
    }
}
