package org.hiptriage.examples.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.cli.HipTriageCli;
import org.hiptriage.examples.json.AssessmentJson;
import org.hiptriage.examples.text.TextReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interview as a user runs it: answers piped into {@code hip-triage interview}, one a line. */
class InterviewCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TriageEngine engine;

    @BeforeAll
    static void buildEngine() {
        engine = TriageEngine.create();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    record Run(int code, String out, String err) {
    }

    static Run interview(List<String> answers, String... args) {
        String stdin = String.join("\n", answers) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "interview";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = HipTriageCli.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A 48-year-old woman with outer-hip pain, answered the short way (numbers, letters, 3w, comma lists). */
    static final List<String> WOMAN_WITH_OUTER_HIP_PAIN = List.of(
            "48", "f", "1", "irregular", "165", "62",                         // about you
            "right", "3", "none", "5", "grad", "1", "3w", "2", "2", "2",   // pain: side … timing
            "15,1,11",                                                         // aggravators
            "y", "n", "n", "n", "y",                                           // function
            "n", "n", "n", "n", "n", "n", "n",                                 // general
            "35", "5", "300", "road", "n", "n", "2", "", "", "", "", "", "", "", "",  // history
            "0", "n", "n", "n");                                               // care so far

    @Test
    void aRunnerAnsweringThroughAPipeGetsTheReportAndTheSavedCaseAssessesTheSame(@TempDir Path dir) throws Exception {
        // given the answers piped in and --save
        Path saved = dir.resolve("case.json");
        Run run = interview(WOMAN_WITH_OUTER_HIP_PAIN, "--save", saved.toString());

        // then the report is on standard output and the conversation on standard error
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("How old are you", "Which hip hurts?", "Saved your answers to");
        assertThat(run.out()).doesNotContain("How old are you");
        // and the saved case is contract JSON with what was answered, unknown left out
        JsonNode json = JSON.readTree(saved.toFile());
        assertThat(json.at("/runner/sex").asText()).isEqualTo("FEMALE");
        assertThat(json.at("/pain/durationDays").asInt()).isEqualTo(21);
        assertThat(json.at("/pain/onset").asText()).isEqualTo("GRADUAL");
        assertThat(json.at("/pain/radiatesTo")).isEmpty();
        assertThat(json.at("/pain/aggravators")).extracting(JsonNode::asText)
                .containsExactly("STANDING_ON_ONE_LEG", "STAIRS", "CROSSING_LEGS");
        assertThat(json.at("/history").has("priorHipInjury")).as("a skipped answer is unknown, not false").isFalse();
        assertThat(json.has("exam")).isFalse();
        // and the report printed is the report of the saved case
        String expected = TextReport.format(engine.assess(AssessmentJson.parse(Files.readAllBytes(saved))));
        assertThat(run.out()).isEqualTo(expected);
    }

    @Test
    void jsonFormatPrintsOneLineOfContractJson() throws Exception {
        Run run = interview(WOMAN_WITH_OUTER_HIP_PAIN, "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(JSON.readTree(run.out()).get("contractVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aMaleRunnerIsNotAskedAboutPregnancyOrPeriods() {
        Run run = interview(List.of("35", "male", "", "", "left", "1", "", "4", "sudden", "3", "10", "", "", "", ""));
        assertThat(run.err().toLowerCase(Locale.ROOT)).doesNotContain("pregnan", "periods", "breastfeeding", "gave birth");
        assertThat(run.err()).contains("Which hip hurts?");
    }

    @Test
    void aChildIsNotAskedAboutPeriodsOrPregnancy() {
        Run run = interview(List.of("10", "female", "", "", "left", "1", "", "4"));
        assertThat(run.err().toLowerCase(Locale.ROOT)).doesNotContain("pregnan", "periods");
        assertThat(run.err()).contains("How tall are you");
    }

    @Test
    void aPregnantRunnerIsAskedTheWeeksButNotAboutPeriods() {
        Run run = interview(List.of("31", "f", "pregnant", "24", "", ""));
        assertThat(run.err()).contains("How many weeks pregnant are you").doesNotContain("How are your periods?");
    }

    @Test
    void aBadAnswerIsExplainedAndTheQuestionAskedAgain() {
        // given a severity of 14, then "maybe" for a yes/no question
        Run run = interview(List.of("40", "m", "", "", "left", "1", "", "14", "5", "gradual", "", "2 months", "", "", "", "",
                "maybe", "y"));
        assertThat(run.err()).contains("Please give a whole number from 0 to 10.",
                "Please answer y (yes) or n (no), or press Enter if you don't know.");
        assertThat(count(run.err(), "How bad has the pain been")).isEqualTo(2);
    }

    @Test
    void answersThatContradictEachOtherAreAskedAgain() throws Exception {
        // given the pain lasted 5 days but the runner says they rested 10
        List<String> answers = new java.util.ArrayList<>(List.of("40", "m", "", "", "left", "1", "none", "4", "gradual", "",
                "5", "", "", "", ""));
        answers.addAll(List.of("", "", "", "", ""));                          // function
        answers.addAll(List.of("", "", "", "", "", "", ""));                  // general
        answers.addAll(List.of("", "", "", "", "", "", "", "", "", "", "", "", "", "", ""));  // history
        answers.addAll(List.of("10", "", "", ""));                            // care so far
        answers.add("3");                                                     // asked again
        Run run = interview(answers, "--format", "json");
        assertThat(run.err()).contains("Some answers do not fit together", "careSoFar.restedDays: must be at most pain.durationDays (5), was 10");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("disposition").get("level").asText()).isNotBlank();
    }

    @Test
    void inputEndingBeforeARequiredAnswerExitsOneWithoutAReport() {
        Run run = interview(List.of("40", "m"));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("The answers ended before", "needs an answer");
    }

    @Test
    void theRunnerIsNeverAskedToTestAnythingOnThePainfulLeg() {
        Run run = interview(WOMAN_WITH_OUTER_HIP_PAIN);
        String transcript = run.err().toLowerCase(Locale.ROOT);
        // no examination questions are asked at all
        assertThat(transcript).doesNotContain("tender", "press on", "test", "hop on", "try hopping", "stand on the painful");
        // hopping appears only as something already noticed, next to the warning not to try it
        assertThat(transcript).contains("hopping (only if you have already noticed it)", "do not try any of these now");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
