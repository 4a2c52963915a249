package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiptriage.examples.cli.HipTriageCli;
import org.hiptriage.examples.fhir.QuestionnaireResponses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One reader of numbers, one set of rules, at every entry point: a number written into a case is judged the same
 * whether it comes as contract JSON to {@code POST /assess} or in the hook's {@code org.hiptriage.assessment}
 * extension, or as an answer of a QuestionnaireResponse to {@code questionnaire --to-case}, in the hook's
 * {@code org.hiptriage.questionnaireResponse} extension or in its prefetch: refused at each (HTTP 400, exit 2)
 * with the same path and the same words, or accepted at each. Nothing reads it as a {@code double} first (which
 * turned 4.99999999999999999999 into 5 and 1e-99999 into 0 for the hook) and nothing crashes.
 */
class OneNumberRuleTest {

    private static final Path SAMPLE = Path.of("fhir/sample-questionnaire-response.json");
    private static final String HOOK = "/cds-services/hip-pain-triage";
    private static TriageServer server;
    private static URI base;

    @BeforeAll
    static void start() throws Exception {
        server = TriageServer.start(CdsFixtures.engine(), ServiceSettings.builder().host("127.0.0.1").port(0).build());
        base = server.publicUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What an entry point said: accepted, or refused with these messages (paths within the case). */
    record Verdict(boolean accepted, List<String> messages) {
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "pain.severity                  | 4.99999999999999999999 | pain.severity: must be a whole number, was 4.99999999999999999999",
        "pain.severity                  | 1e-99999               | pain.severity: must be a whole number, was 1E-99999",
        "pain.severity                  | 1e309                  | pain.severity: must be a whole number of a sensible size, was 1E+309",
        "pain.severity                  | -1e999999999           | pain.severity: must be a whole number of a sensible size, was -1E+999999999",
        "pain.severity                  | 99999999999            | pain.severity: must be a whole number of a sensible size, was 99999999999",
        "pain.severity                  | 14                     | pain.severity: must be 0 to 10 (worst pain in the last week), was 14",
        "runner.age                     | 48.5                   | runner.age: must be a whole number, was 48.5",
        "runner.heightCm                | 1e309                  | runner.heightCm: must be a finite number, was 1E+309",
        "runner.heightCm                | -1e400                 | runner.heightCm: must be a finite number, was -1E+400",
        "runner.heightCm                | 1e-99999               | runner.heightCm: must be a number of at most 40 digits, was 1E-99999",
        "runner.heightCm                | 4.99999999999999999999 | runner.heightCm: must be 100 to 230 (centimetres), was 5",
        "history.distanceIncreasePercent | 1e-99999              | history.distanceIncreasePercent: must be a number of at most 40 digits, was 1E-99999",
        "history.distanceIncreasePercent | 1e-45                 | history.distanceIncreasePercent: must be a number of at most 40 digits, was 1E-45",
    })
    void aNumberRefusedAtOneEntryPointIsRefusedAtEveryOneWithTheSameWords(String field, String number, String message,
            @TempDir Path dir) throws Exception {
        List<Verdict> verdicts = verdicts(field, number, dir);
        Verdict expected = new Verdict(false, List.of(message));
        assertThat(verdicts).as("/assess, hook case, --to-case, hook response, hook prefetch").containsOnly(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "pain.severity                   | 7",
        "runner.heightCm                 | 1.7e2",
        "runner.heightCm                 | 170.00000000000000000001",
        "runner.weightKg                 | 62.5",
        "history.distanceIncreasePercent | -10",
        "history.distanceIncreasePercent | 0.000001",
    })
    void aNumberAcceptedAtOneEntryPointIsAcceptedAtEveryOne(String field, String number, @TempDir Path dir) throws Exception {
        assertThat(verdicts(field, number, dir)).containsOnly(new Verdict(true, List.of()));
    }

    @ParameterizedTest(name = "{0} of 45 digits")
    @CsvSource({"pain.severity", "runner.weightKg"})
    void aNumberLongerThanTheContractAllowsIsRefusedEverywhere(String field, @TempDir Path dir) throws Exception {
        // the contract reader refuses it as a document beyond its limits ($), a response by the item's path
        assertThat(verdicts(field, "1" + "0".repeat(44), dir)).allSatisfy(v -> assertThat(v.accepted()).isFalse());
    }

    @ParameterizedTest(name = "valueInteger {0}")
    @CsvSource({"4.0", "5.00"})
    void aWholeNumberWrittenWithAFractionIsNoFhirIntegerAndSaysSo(String number, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("response.json");
        Files.writeString(file, response("pain.severity", number));
        Verdict toCase = toCase(file);
        assertThat(toCase.accepted()).isFalse();
        assertThat(toCase.messages()).containsExactly("pain.severity: must be a whole number written as a FHIR integer "
                + "(digits only, e.g. 4), was valueInteger \"" + number + "\"");
    }

    /** The verdict of each entry point, in the order of the class comment. */
    private static List<Verdict> verdicts(String field, String number, Path dir) throws IOException {
        String assessment = assessment(field, number);
        String response = response(field, number);
        Path file = dir.resolve("response.json");
        Files.writeString(file, response);
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(http("/assess", assessment, ""));
        verdicts.add(http(HOOK, hookRequest("\"extension\": {\"org.hiptriage.assessment\": " + assessment + "}"),
                "extension.org.hiptriage.assessment."));
        verdicts.add(toCase(file));
        verdicts.add(http(HOOK, hookRequest("\"extension\": {\"org.hiptriage.questionnaireResponse\": " + response + "}"),
                "extension.org.hiptriage.questionnaireResponse."));
        verdicts.add(http(HOOK, hookRequest("\"prefetch\": {\"patient\": {\"resourceType\": \"Patient\", \"id\": \""
                + CdsFixtures.PATIENT_ID + "\"}, \"questionnaireResponse\": " + response + "}"), "prefetch.questionnaireResponse."));
        return verdicts;
    }

    /** The sample response's answers as contract JSON, with {@code number} written as it is at {@code field}. */
    private static String assessment(String field, String number) throws IOException {
        ObjectNode json = QuestionnaireResponses.toAnswers(QuestionnaireResponses.parse(Files.readString(SAMPLE))).toContractJson();
        String[] at = field.split("\\.");
        ((ObjectNode) json.get(at[0])).put(at[1], "@number@");
        return json.toString().replace("\"@number@\"", number);
    }

    /** The sample response, with {@code number} written as it is in the answer to {@code field}. */
    private static String response(String field, String number) throws IOException {
        String sample = Files.readString(SAMPLE);
        Matcher answer = Pattern.compile("(\"linkId\": \"" + Pattern.quote(field) + "\",[^]]*?\"value(?:Integer|Decimal)\": )([^\\s,}]+)")
                .matcher(sample);
        assertThat(answer.find()).as(field + " in the sample response").isTrue();
        return sample.substring(0, answer.start(2)) + number + sample.substring(answer.end(2));
    }

    /** A patient-view request written as text (never through a JSON tree, which would rewrite the numbers). */
    private static String hookRequest(String data) {
        return "{\"hookInstance\": \"" + CdsFixtures.HOOK_INSTANCE + "\", \"hook\": \"patient-view\", \"context\": "
                + "{\"userId\": \"Practitioner/example\", \"patientId\": \"" + CdsFixtures.PATIENT_ID + "\"}, " + data + "}";
    }

    private static Verdict http(String path, String body, String prefix) {
        HttpResponse<String> response = CdsFixtures.post(base, path, body, Map.of());
        if (response.statusCode() == 200) {
            return new Verdict(true, List.of());
        }
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(400);
        return refused(CdsFixtures.body(response), prefix);
    }

    private static Verdict toCase(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HipTriageCli.run(new String[] {"questionnaire", "--to-case", file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code == 0) {
            return new Verdict(true, List.of());
        }
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(2);
        try {
            return refused(CdsFixtures.JSON.readTree(err.toString(StandardCharsets.UTF_8)), "");
        } catch (IOException e) {
            throw new AssertionError(err.toString(StandardCharsets.UTF_8), e);
        }
    }

    /** The errors of a refusal, each message with the path of the case within the request taken off. */
    private static Verdict refused(JsonNode answer, String prefix) {
        List<String> messages = new ArrayList<>();
        for (JsonNode error : answer.get("errors")) {
            assertThat(error.get("path").asText()).startsWith(prefix);
            assertThat(error.get("message").asText()).startsWith(error.get("path").asText() + ": ");
            messages.add(error.get("message").asText().substring(prefix.length()));
        }
        return new Verdict(false, messages);
    }
}
