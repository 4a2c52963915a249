package org.hiptriage.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad and hostile documents, one row each: every contract field out of range, of the wrong type,
 * null where required, repeated codes, unknown fields and codes (nested too), contradictions,
 * numbers as strings, fractions, huge numbers, malformed, truncated, oversized and deeply nested
 * documents, invalid UTF-8. Each is refused whole with an {@link InvalidAssessmentException} whose
 * problems name the contract path, what was expected and what came. The command-line test runs the
 * same rows as files in one batch (HipTriageCliHostileTest).
 */
public class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One hostile document: what it is, its bytes, the path it must be refused at, a phrase of the message. */
    public record Hostile(String label, byte[] bytes, String path, String phrase) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The contract's full example with the value at {@code path} replaced by the JSON {@code value} ("-" removes it). */
    static byte[] with(String path, String value) {
        return with(AssessmentJsonTest.CONTRACT_EXAMPLE, path, value);
    }

    static byte[] with(String base, String path, String value) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(base);
            String[] parts = path.split("\\.");
            ObjectNode parent = root;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = (ObjectNode) parent.get(parts[i]);
            }
            String field = parts[parts.length - 1];
            if ("-".equals(value)) {
                parent.remove(field);
            } else {
                parent.set(field, JSON.readTree(value));
            }
            return JSON.writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] withAll(String... pathsAndValues) {
        String doc = AssessmentJsonTest.CONTRACT_EXAMPLE;
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            doc = new String(with(doc, pathsAndValues[i], pathsAndValues[i + 1]), StandardCharsets.UTF_8);
        }
        return doc.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Hostile row(String label, byte[] bytes, String path, String phrase) {
        return new Hostile(label, bytes, path, phrase);
    }

    /** The contract's example with the age written exactly as {@code raw} (no round trip through a parser). */
    static Hostile rawAge(String raw, String path, String phrase) {
        return row("runner.age = " + raw, utf8(AssessmentJsonTest.CONTRACT_EXAMPLE.replace("\"age\": 34", "\"age\": " + raw)), path, phrase);
    }

    static Hostile field(String path, String value, String phrase) {
        return row(path + " = " + (value.length() > 30 ? value.substring(0, 30) + "…" : value), with(path, value), path, phrase);
    }

    /** Every hostile document. */
    public static List<Hostile> hostileDocuments() {
        List<Hostile> rows = new ArrayList<>();
        // runner
        rows.add(field("runner.age", "7", "must be 8 to 100"));
        rows.add(field("runner.age", "101", "must be 8 to 100"));
        rows.add(field("runner.age", "-1", "must be 8 to 100"));
        rows.add(field("runner.age", "34.5", "must be a whole number"));
        rows.add(field("runner.age", "\"34\"", "must be a whole number, was the string \"34\""));
        rows.add(field("runner.age", "true", "must be a whole number"));
        rows.add(field("runner.age", "[34]", "must be a whole number, was a list"));
        rows.add(field("runner.age", "{\"years\": 34}", "must be a whole number, was an object"));
        rows.add(field("runner.age", "null", "is required"));
        rows.add(field("runner.age", "-", "is required"));
        rows.add(field("runner.age", "99999999999", "sensible size"));
        rows.add(rawAge("1e400", "runner.age", "sensible size"));
        rows.add(rawAge("1e-999999999", "runner.age", "must be a whole number"));
        rows.add(rawAge("-1e999999999", "runner.age", "sensible size"));
        rows.add(rawAge("1E+99999999999", "$", "numbers of a sensible size"));
        rows.add(rawAge("123456789012345678901234567890123456789012345", "$", "numbers of 40 characters"));
        rows.add(field("runner.sex", "\"male\"", "must be one of FEMALE, MALE, OTHER"));
        rows.add(field("runner.sex", "\"\"", "must be one of"));
        rows.add(field("runner.sex", "1", "must be one of"));
        rows.add(field("runner.sex", "[\"FEMALE\"]", "must be one of"));
        rows.add(field("runner.sex", "null", "is required"));
        rows.add(row("runner.sex = a lone surrogate", utf8(AssessmentJsonTest.CONTRACT_EXAMPLE.replace("\"FEMALE\"", "\"\\ud800\"")),
                "runner.sex", "must be one of"));
        rows.add(field("runner.pregnancy", "\"YES\"", "must be one of NOT_PREGNANT, PREGNANT, POSTPARTUM"));
        rows.add(row("pregnant and male", withAll("runner.sex", "\"MALE\"", "runner.pregnancy", "\"PREGNANT\"",
                "runner.menstrualStatus", "-", "runner.breastfeeding", "-"), "runner.pregnancy", "PREGNANT is not possible with sex MALE"));
        rows.add(row("postpartum and male", withAll("runner.sex", "\"MALE\"", "runner.menstrualStatus", "-", "runner.breastfeeding", "-"),
                "runner.pregnancy", "POSTPARTUM is not possible with sex MALE"));
        rows.add(row("menstrual status REGULAR and male", withAll("runner.sex", "\"MALE\"", "runner.pregnancy", "-",
                "runner.weeksPregnantOrPostpartum", "-", "runner.breastfeeding", "-"), "runner.menstrualStatus",
                "must be NOT_APPLICABLE or absent with sex MALE"));
        rows.add(row("breastfeeding and male", withAll("runner.sex", "\"MALE\"", "runner.pregnancy", "-",
                "runner.weeksPregnantOrPostpartum", "-", "runner.menstrualStatus", "-"), "runner.breastfeeding",
                "cannot be true with sex MALE"));
        rows.add(field("runner.weeksPregnantOrPostpartum", "105", "must be 0 to 104"));
        rows.add(field("runner.weeksPregnantOrPostpartum", "-1", "must be 0 to 104"));
        rows.add(field("runner.weeksPregnantOrPostpartum", "-", "is required when pregnancy is POSTPARTUM"));
        rows.add(field("runner.weeksPregnantOrPostpartum", "10.5", "must be a whole number"));
        rows.add(row("pregnant for 43 weeks", withAll("runner.pregnancy", "\"PREGNANT\"", "runner.weeksPregnantOrPostpartum", "43"),
                "runner.weeksPregnantOrPostpartum", "must be 0 to 42"));
        rows.add(row("weeks while not pregnant", withAll("runner.pregnancy", "\"NOT_PREGNANT\""),
                "runner.weeksPregnantOrPostpartum", "must be absent when pregnancy is NOT_PREGNANT"));
        rows.add(field("runner.breastfeeding", "\"yes\"", "must be true, false or null"));
        rows.add(field("runner.menstrualStatus", "\"SOMETIMES\"", "must be one of REGULAR, IRREGULAR, ABSENT, NOT_APPLICABLE"));
        rows.add(field("runner.menstrualStatus", "\"MENOPAUSE\"", "must be one of REGULAR, IRREGULAR, ABSENT, NOT_APPLICABLE, "
                + "NOT_STARTED, POSTMENOPAUSAL"));
        rows.add(row("menstrual status POSTMENOPAUSAL and male", withAll("runner.sex", "\"MALE\"", "runner.pregnancy", "-",
                "runner.weeksPregnantOrPostpartum", "-", "runner.breastfeeding", "-", "runner.menstrualStatus", "\"POSTMENOPAUSAL\""),
                "runner.menstrualStatus", "must be NOT_APPLICABLE or absent with sex MALE, was POSTMENOPAUSAL"));
        rows.add(row("weeks with an unknown pregnancy", withAll("runner.pregnancy", "-"), "runner.weeksPregnantOrPostpartum",
                "must be absent unless pregnancy is PREGNANT or POSTPARTUM, was 10"));
        rows.add(field("runner.heightCm", "99", "must be 100 to 230"));
        rows.add(field("runner.heightCm", "231", "must be 100 to 230"));
        rows.add(field("runner.heightCm", "\"168\"", "must be a number"));
        rows.add(row("runner.heightCm = 1e309", utf8(AssessmentJsonTest.CONTRACT_EXAMPLE.replace("\"heightCm\": 168", "\"heightCm\": 1e309")),
                "runner.heightCm", "must be a finite number"));
        rows.add(field("runner.weightKg", "24.9", "must be 25 to 250"));
        rows.add(field("runner.weightKg", "251", "must be 25 to 250"));
        rows.add(field("runner.name", "\"Jane\"", "is not a contract field"));
        rows.add(field("runner", "\"a runner\"", "must be an object"));
        rows.add(field("runner", "-", "is required"));
        rows.add(field("runner", "null", "is required"));
        // pain
        rows.add(field("pain.side", "\"MIDDLE\"", "must be one of LEFT, RIGHT, BOTH"));
        rows.add(field("pain.locations", "[]", "must name at least one location"));
        rows.add(field("pain.locations", "null", "is required"));
        rows.add(field("pain.locations", "-", "is required"));
        rows.add(field("pain.locations", "\"GROIN\"", "must be a list of codes"));
        rows.add(row("pain.locations repeats a code", with("pain.locations", "[\"GROIN\", \"GROIN\"]"), "pain.locations[1]", "must not repeat a code"));
        rows.add(row("pain.locations has a lower-case code", with("pain.locations", "[\"groin\"]"), "pain.locations[0]", "must be one of"));
        rows.add(row("pain.locations has a number", with("pain.locations", "[1]"), "pain.locations[0]", "must be one of"));
        rows.add(row("pain.locations has null", with("pain.locations", "[\"GROIN\", null]"), "pain.locations[1]", "must be a code"));
        rows.add(row("pain.locations has a nested list", with("pain.locations", "[[\"GROIN\"]]"), "pain.locations[0]", "must be one of"));
        rows.add(row("pain.radiatesTo repeats a code", with("pain.radiatesTo", "[\"KNEE\", \"KNEE\"]"), "pain.radiatesTo[1]", "must not repeat"));
        rows.add(row("pain.radiatesTo unknown code", with("pain.radiatesTo", "[\"FOOT\"]"), "pain.radiatesTo[0]", "must be one of"));
        rows.add(row("pain.locations repeats a v2 code", with("pain.locations", "[\"LOWER_ABDOMEN\", \"LOWER_ABDOMEN\"]"),
                "pain.locations[1]", "must not repeat a code, was LOWER_ABDOMEN"));
        rows.add(row("pain.radiatesTo has a lower-case v2 code", with("pain.radiatesTo", "[\"below_knee\"]"), "pain.radiatesTo[0]",
                "must be one of"));
        rows.add(field("pain.severity", "11", "must be 0 to 10"));
        rows.add(field("pain.severity", "-1", "must be 0 to 10"));
        rows.add(field("pain.severity", "5.5", "must be a whole number"));
        rows.add(field("pain.severity", "\"5\"", "must be a whole number"));
        rows.add(field("pain.severity", "null", "is required"));
        rows.add(field("pain.onset", "\"SLOW\"", "must be one of SUDDEN, GRADUAL"));
        rows.add(field("pain.onset", "-", "is required"));
        rows.add(field("pain.onsetEvent", "\"CRASH\"", "must be one of NONE, FALL"));
        rows.add(field("pain.durationDays", "3651", "must be 0 to 3650"));
        rows.add(field("pain.durationDays", "-1", "must be 0 to 3650"));
        rows.add(field("pain.durationDays", "null", "is required"));
        rows.add(field("pain.trend", "\"BETTER\"", "must be one of IMPROVING"));
        rows.add(row("pain.qualities repeats a code", with("pain.qualities", "[\"SHARP\", \"DULL_ACHE\", \"SHARP\"]"), "pain.qualities[2]", "must not repeat"));
        rows.add(row("pain.timing unknown code", with("pain.timing", "[\"WHILE_SWIMMING\"]"), "pain.timing[0]", "must be one of"));
        rows.add(field("pain.aggravators", "\"HOPPING\"", "must be a list of codes"));
        rows.add(field("pain.intensity", "5", "is not a contract field"));
        // function, general
        rows.add(field("function.canBearWeight", "\"no\"", "must be true, false or null"));
        rows.add(row("walks pain-free but cannot bear weight", withAll("function.canBearWeight", "false"),
                "function.painFreeWalking", "cannot be true when function.canBearWeight is false"));
        rows.add(row("walks pain-free but walking hurts", withAll("pain.aggravators", "[\"WALKING\"]"),
                "pain.aggravators", "cannot contain WALKING when function.painFreeWalking is true"));
        rows.add(field("function", "[]", "must be an object"));
        rows.add(field("function.running", "true", "is not a contract field"));
        rows.add(field("general.fever", "1", "must be true, false or null"));
        rows.add(field("general.covid", "false", "is not a contract field"));
        rows.add(field("function.legShortenedOrTurnedOut", "1", "must be true, false or null, was the number 1"));
        rows.add(field("general.longTermSteroids", "\"yes\"", "must be true, false or null"));
        rows.add(field("general.groinLump", "[]", "must be true, false or null, was a list"));
        rows.add(field("general.legNumbnessOrWeaknessSide", "\"UP\"", "must be one of LEFT, RIGHT, BOTH"));
        rows.add(field("general.legNumbnessOrWeaknessSide", "\"LEFT\"",
                "must be absent unless general.legNumbnessOrWeakness is true, was LEFT"));
        rows.add(row("a numbness side with numbness unknown", withAll("general.legNumbnessOrWeakness", "-",
                "general.legNumbnessOrWeaknessSide", "\"BOTH\""), "general.legNumbnessOrWeaknessSide",
                "must be absent unless general.legNumbnessOrWeakness is true, was BOTH"));
        // history
        rows.add(field("history.weeklyDistanceKm", "401", "must be 0 to 400"));
        rows.add(field("history.weeklyDistanceKm", "-0.1", "must be 0 to 400"));
        rows.add(field("history.distanceIncreasePercent", "-101", "must be -100 to 1000"));
        rows.add(field("history.distanceIncreasePercent", "1001", "must be -100 to 1000"));
        rows.add(field("history.shoeDistanceKm", "10001", "must be 0 to 10000"));
        rows.add(field("history.restDaysPerWeek", "8", "must be 0 to 7"));
        rows.add(field("history.restDaysPerWeek", "1.5", "must be a whole number"));
        rows.add(field("history.sittingHoursPerDay", "24.5", "must be 0 to 24"));
        rows.add(row("history.surfaces repeats a code", with("history.surfaces", "[\"ROAD\", \"ROAD\"]"), "history.surfaces[1]", "must not repeat"));
        rows.add(row("history.surfaces unknown code", with("history.surfaces", "[\"ICE\"]"), "history.surfaces[0]", "must be one of"));
        rows.add(field("history.hills", "\"true\"", "must be true, false or null"));
        // care so far, exam
        rows.add(field("careSoFar.restedDays", "3651", "must be 0 to 3650"));
        rows.add(field("careSoFar.restedDays", "22", "must be at most pain.durationDays (21)"));
        rows.add(field("careSoFar.ice", "\"no\"", "must be true, false or null"));
        rows.add(field("exam.fadirPositive", "\"positive\"", "must be true, false or null"));
        rows.add(field("exam.painfulInternalRotation", "\"positive\"", "must be true, false or null"));
        rows.add(field("exam.singleLegStancePain", "0", "must be true, false or null"));
        rows.add(field("exam.mriDone", "true", "is not a contract field"));
        rows.add(field("exam", "true", "must be an object"));
        rows.add(field("patient", "{\"name\": \"Jane\"}", "is not a contract field"));
        // the document itself
        String example = AssessmentJsonTest.CONTRACT_EXAMPLE;
        rows.add(row("an empty document", new byte[0], "$", "an empty document"));
        rows.add(row("only white space", utf8(" \n\t "), "$", "an empty document"));
        rows.add(row("JSON null", utf8("null"), "$", "must be a JSON object"));
        rows.add(row("a list", utf8("[" + example + "]"), "$", "must be a JSON object"));
        rows.add(row("a string", utf8("\"assessment\""), "$", "must be a JSON object"));
        rows.add(row("a number", utf8("42"), "$", "must be a JSON object"));
        rows.add(row("truncated in the middle", utf8(example.substring(0, example.length() / 2)), "$", "must be valid JSON"));
        rows.add(row("truncated by one byte", utf8(example.strip().substring(0, example.strip().length() - 1)), "$", "must be valid JSON"));
        rows.add(row("two documents", utf8(example + example), "$", "must be valid JSON"));
        rows.add(row("trailing garbage", utf8(example + " x"), "$", "must be valid JSON"));
        rows.add(row("a duplicate field", utf8(example.replace("\"age\": 34,", "\"age\": 34, \"age\": 35,")), "$", "Duplicate field 'age'"));
        rows.add(row("NaN", utf8(example.replace("\"heightCm\": 168", "\"heightCm\": NaN")), "$", "must be valid JSON"));
        rows.add(row("Infinity", utf8(example.replace("\"heightCm\": 168", "\"heightCm\": Infinity")), "$", "must be valid JSON"));
        rows.add(row("a comment", utf8("// hip\n" + example), "$", "must be valid JSON"));
        rows.add(row("single quotes", utf8(example.replace("\"age\"", "'age'")), "$", "must be valid JSON"));
        rows.add(row("nested 11 deep", utf8("{\"runner\": " + "[".repeat(10) + "]".repeat(10) + "}"), "$", "nesting depth 10"));
        rows.add(row("nested 60,000 deep", utf8("[".repeat(60_000)), "$", "nesting depth 10"));
        rows.add(row("larger than 64 KiB", utf8(example.replace("\"GRADUAL\",", "\"GRADUAL\"," + " ".repeat(70_000))), "$", "must be at most 65536 bytes"));
        rows.add(row("a string of 20,000 characters", utf8(example.replace("\"RIGHT\"", "\"" + "R".repeat(20_000) + "\"")), "$", "limits"));
        rows.add(row("a field name of 5,000 characters", with("pain." + "x".repeat(5_000), "1"), "pain.xxxxx", "is not a contract field"));
        rows.add(row("invalid UTF-8", concat(utf8(example.substring(0, 40)), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8(example.substring(40))),
                "$", "must be UTF-8 text"));
        rows.add(row("a lone UTF-8 continuation byte", concat(utf8("{\"runner\": \""), new byte[] {(byte) 0x80}, utf8("\"}")), "$", "must be UTF-8 text"));
        rows.add(row("UTF-16", example.getBytes(StandardCharsets.UTF_16), "$", "must be"));
        rows.add(row("binary zeros", new byte[64], "$", "must be valid JSON"));
        return rows;
    }

    public static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static Stream<Hostile> hostile() {
        return hostileDocuments().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aHostileDocumentIsRefusedWholeWithItsContractPath(Hostile row) {
        // given a hostile document; when it is read
        InvalidAssessmentException refused = null;
        try {
            AssessmentJson.parse(row.bytes());
        } catch (InvalidAssessmentException e) {
            refused = e;
        }
        // then it is refused with a problem at the contract path that says what was expected
        assertThat(refused).as("refused").isNotNull();
        List<Problem> problems = refused.problems();
        assertThat(problems).as("problems").isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.path()).isNotBlank();
                    assertThat(p.expected()).isNotBlank();
                    assertThat(p.message()).hasSizeLessThan(1_000).doesNotContain("com.fasterxml", "Exception", "\n");
                    // in the contract's words: no parser setting or Java class, and little of the input echoed (issue 15)
                    assertThat(p.message()).doesNotContain("`", "Feature", "StreamRead", "JsonRead", "java.", "BigDecimal");
                    assertThat(p.got() == null ? "" : p.got()).hasSizeLessThanOrEqualTo(200);
                });
        assertThat(problems).as("a problem at " + row.path() + " saying " + row.phrase())
                .anyMatch(p -> p.path().startsWith(row.path()) && p.message().contains(row.phrase()));
        // and no problem is reported twice
        assertThat(problems).doesNotHaveDuplicates();
        // and its error line is one line of JSON
        assertThat(ReportJson.errorLine("f.json", problems)).doesNotContain("\n");
    }

    static Stream<Arguments> accepted() {
        String example = AssessmentJsonTest.CONTRACT_EXAMPLE;
        return Stream.of(
                Arguments.of("the contract's example", utf8(example)),
                Arguments.of("a whole number written 34.0", with("runner.age", "34.0")),
                Arguments.of("a whole number written 3.4e1", with("runner.age", "3.4e1")),
                Arguments.of("ages 8 and 100", with("runner.age", "8")),
                Arguments.of("age 100", with("runner.age", "100")),
                Arguments.of("a fractional height", with("runner.heightCm", "168.5")),
                Arguments.of("male with menstrual status NOT_APPLICABLE", withAll("runner.sex", "\"MALE\"", "runner.pregnancy", "-",
                        "runner.weeksPregnantOrPostpartum", "-", "runner.breastfeeding", "false", "runner.menstrualStatus", "\"NOT_APPLICABLE\"")),
                Arguments.of("postpartum for 104 weeks", with("runner.weeksPregnantOrPostpartum", "104")),
                Arguments.of("rested as many days as the pain has lasted", with("careSoFar.restedDays", "21")),
                Arguments.of("explicit nulls for every optional section", utf8(
                        "{\"runner\": {\"age\": 30, \"sex\": \"OTHER\", \"pregnancy\": null}, \"pain\": {\"locations\": [\"GROIN\"],"
                                + " \"severity\": 0, \"onset\": \"SUDDEN\", \"durationDays\": 0, \"radiatesTo\": null},"
                                + " \"function\": null, \"general\": null, \"history\": null, \"careSoFar\": null, \"exam\": null}")),
                Arguments.of("a UTF-8 byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(example))),
                Arguments.of("nesting at the limit", utf8(example)),
                Arguments.of("exactly 64 KiB", padTo(utf8(example), AssessmentJson.MAX_BYTES)));
    }

    static byte[] padTo(byte[] doc, int size) {
        byte[] out = new byte[size];
        System.arraycopy(doc, 0, out, 0, doc.length);
        java.util.Arrays.fill(out, doc.length, size, (byte) ' ');
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void whatTheContractAllowsIsAccepted(String label, byte[] document) {
        Assessment assessment = AssessmentJson.parse(document);
        assertThat(AssessmentValidator.validate(assessment)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void theSameDocumentAsTextIsRefusedTheSameWay(Hostile row) {
        // the String entry point gives the same problems as the byte entry point, for valid UTF-8
        String text = new String(row.bytes(), StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), row.bytes())) {
            return; // not UTF-8: only the byte entry point can see it
        }
        List<Problem> fromBytes = problems(() -> AssessmentJson.parse(row.bytes()));
        List<Problem> fromText = problems(() -> AssessmentJson.parse(text));
        assertThat(fromText).isEqualTo(fromBytes);
    }

    private static List<Problem> problems(Runnable read) {
        try {
            read.run();
        } catch (InvalidAssessmentException e) {
            return e.problems();
        }
        return List.of();
    }

    static JsonNode tree(byte[] json) throws Exception {
        return JSON.readTree(json);
    }
}
