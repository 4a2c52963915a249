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
import org.hiptriage.model.json.AssessmentJson;
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

    record Run(int code, String out, String err, List<String> asked) {
    }

    /** The interview with answers piped in, one a line, in the order given. */
    static Run interview(List<String> answers, String... args) {
        String stdin = String.join("\n", answers) + "\n";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), err, args);
    }

    /** The interview with a runner answering each question by its contract path (path, line, path, line …). */
    static Run answering(String[] script, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ScriptedRunner runner = new ScriptedRunner(err, script);
        Run run = run(runner, err, args);
        return new Run(run.code(), run.out(), run.err(), runner.asked());
    }

    private static Run run(java.io.InputStream in, ByteArrayOutputStream err, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "interview";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = HipTriageCli.run(all, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), List.of());
    }

    /** A 48-year-old woman with outer-hip pain, answered the short way (numbers, letters, 3w, comma lists). */
    static final String[] WOMAN_WITH_OUTER_HIP_PAIN = {
            "runner.age", "48", "runner.sex", "f", "runner.menstrualStatus", "irregular", "runner.pregnancy", "1",
            "runner.heightCm", "165", "runner.weightKg", "62",
            "pain.side", "right", "pain.locations", "3", "pain.radiatesTo", "none", "pain.severity", "5",
            "pain.onset", "grad", "pain.onsetEvent", "1", "pain.durationDays", "3w", "pain.trend", "2",
            "pain.qualities", "2", "pain.timing", "2", "pain.aggravators", "15,1,11",
            "function.canBearWeight", "y", "function.limp", "n", "function.limitedHipMotion", "n",
            "function.dailyActivitiesLimited", "n", "function.painFreeWalking", "y",
            "general.fever", "n", "general.unexplainedWeightLoss", "n", "general.cancerHistory", "n", "general.nightSweats", "n",
            "general.bladderOrBowelChange", "n", "general.saddleNumbness", "n", "general.legNumbnessOrWeakness", "n",
            "general.longTermSteroids", "n", "general.immunosuppressed", "n", "general.inflammatoryArthritis", "n",
            "general.anticoagulants", "n", "general.stomachOrKidneyProblems", "n", "general.calfOrThighSwelling", "n",
            "general.recentSurgeryOrLongTravel", "n", "general.abdominalOrPelvicSymptoms", "n", "general.groinLump", "n",
            "history.weeklyDistanceKm", "35", "history.distanceIncreasePercent", "5", "history.shoeDistanceKm", "300",
            "history.surfaces", "road", "history.hills", "n", "history.speedWork", "n", "history.restDaysPerWeek", "2",
            "careSoFar.restedDays", "0", "careSoFar.ice", "n", "careSoFar.painMedication", "n", "careSoFar.physicalTherapy", "n"};

    @Test
    void aRunnerAnsweringGetsTheReportAndTheSavedCaseAssessesTheSame(@TempDir Path dir) throws Exception {
        // given the runner's answers and --save
        Path saved = dir.resolve("case.json");
        Run run = answering(WOMAN_WITH_OUTER_HIP_PAIN, "--save", saved.toString());

        // then the report is on standard output and the conversation on standard error
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("How old are you", "Which hip hurts?", "Saved your answers to");
        assertThat(run.out()).doesNotContain("How old are you");
        // and the saved case is contract JSON with what was answered, unknown left out, in the contract's order
        JsonNode json = JSON.readTree(saved.toFile());
        assertThat(json.at("/runner/sex").asText()).isEqualTo("FEMALE");
        assertThat(json.at("/runner/pregnancy").asText()).isEqualTo("NOT_PREGNANT");
        assertThat(list(json.get("runner").fieldNames())).containsExactly("age", "sex", "pregnancy", "menstrualStatus",
                "heightCm", "weightKg");
        assertThat(json.at("/pain/durationDays").asInt()).isEqualTo(21);
        assertThat(json.at("/pain/onset").asText()).isEqualTo("GRADUAL");
        assertThat(json.at("/pain/radiatesTo")).isEmpty();
        assertThat(json.at("/pain/aggravators")).extracting(JsonNode::asText)
                .containsExactly("STANDING_ON_ONE_LEG", "STAIRS", "CROSSING_LEGS");
        assertThat(json.at("/general/groinLump").asBoolean(true)).isFalse();
        assertThat(json.at("/history").has("priorHipInjury")).as("a skipped answer is unknown, not false").isFalse();
        assertThat(json.has("exam")).isFalse();
        // and the report printed is the report of the saved case
        String expected = TextReport.format(engine.assess(AssessmentJson.parse(Files.readAllBytes(saved))));
        assertThat(run.out()).isEqualTo(expected);
    }

    private static List<String> list(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void theRequiredQuestionsComeFirstAndTheAnswersMayBePipedInOneALine() throws Exception {
        // given only the required answers piped in, in the order asked, then the end of the input
        Run run = interview(List.of("40", "m", "1", "4", "gradual", "10"), "--format", "json");

        // then the six required questions were asked first, in the contract's order, and the report came
        assertThat(run.code()).as(run.err()).isZero();
        String t = run.err();
        assertThat(t.indexOf("How old are you")).isLessThan(t.indexOf("What is your sex?"));
        assertThat(t.indexOf("What is your sex?")).isLessThan(t.indexOf("Where does it hurt?"));
        assertThat(t.indexOf("Where does it hurt?")).isLessThan(t.indexOf("How bad has the pain been"));
        assertThat(t.indexOf("How bad has the pain been")).isLessThan(t.indexOf("Did it start suddenly"));
        assertThat(t.indexOf("Did it start suddenly")).isLessThan(t.indexOf("How long has it hurt?"));
        assertThat(t.indexOf("How long has it hurt?")).isLessThan(t.indexOf("Which hip hurts?"));
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("contractVersion").asInt()).isEqualTo(2);
        assertThat(report.has("openQuestions")).isTrue();
    }

    @Test
    void jsonFormatPrintsOneLineOfContractJson() throws Exception {
        Run run = answering(WOMAN_WITH_OUTER_HIP_PAIN, "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(JSON.readTree(run.out()).get("contractVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aMaleRunnerIsNotAskedAboutPregnancyOrPeriods() {
        Run run = answering(new String[] {"runner.age", "35", "runner.sex", "male", "pain.locations", "1", "pain.severity", "4",
                "pain.onset", "sudden", "pain.durationDays", "3"});
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().toLowerCase(Locale.ROOT)).doesNotContain("pregnan", "periods", "breastfeeding", "gave birth");
        assertThat(run.asked()).doesNotContain("runner.pregnancy", "runner.menstrualStatus", "runner.breastfeeding");
        assertThat(run.err()).contains("Which hip hurts?");
    }

    @Test
    void aGirlWhosePeriodsHaveNotStartedIsNotAskedAboutPregnancy() {
        Run run = answering(new String[] {"runner.age", "10", "runner.sex", "female", "runner.menstrualStatus", "not started",
                "pain.locations", "1", "pain.severity", "4", "pain.onset", "gradual", "pain.durationDays", "10"});
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.asked()).contains("runner.menstrualStatus").doesNotContain("runner.pregnancy");
        assertThat(run.err().toLowerCase(Locale.ROOT)).doesNotContain("are you pregnant");
    }

    @Test
    void aGirlUnderTwelveWhosePeriodsHaveStartedIsAskedAboutPregnancyAfterThePeriods() {
        Run run = answering(new String[] {"runner.age", "11", "runner.sex", "female", "runner.menstrualStatus", "regular",
                "runner.pregnancy", "neither", "pain.locations", "1", "pain.severity", "4", "pain.onset", "gradual",
                "pain.durationDays", "10"}, "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.asked()).containsSubsequence("runner.menstrualStatus", "runner.pregnancy");
    }

    @Test
    void aWomanWhoDoesNotKnowOrSkipsPregnancyLeavesItUnknownNeverNotPregnant(@TempDir Path dir) throws Exception {
        for (String answer : List.of("", "don't know", "skip")) {
            Path saved = dir.resolve("case" + answer.length() + ".json");
            Run run = answering(new String[] {"runner.age", "30", "runner.sex", "female", "runner.pregnancy", answer,
                    "pain.locations", "1", "pain.severity", "4", "pain.onset", "gradual", "pain.durationDays", "10"},
                    "--save", saved.toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.asked()).as(answer).contains("runner.pregnancy");
            JsonNode json = JSON.readTree(saved.toFile());
            assertThat(json.get("runner").has("pregnancy")).as("\"" + answer + "\" is unknown").isFalse();
            assertThat(AssessmentJson.parse(Files.readAllBytes(saved)).runner().couldBePregnant()).isTrue();
        }
    }

    @Test
    void aWomanAfterTheMenopauseIsNotAskedAboutPregnancy() {
        Run run = answering(new String[] {"runner.age", "58", "runner.sex", "female", "runner.menstrualStatus", "after the menopause",
                "pain.locations", "1", "pain.severity", "4", "pain.onset", "gradual", "pain.durationDays", "10"});
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.asked()).contains("runner.menstrualStatus").doesNotContain("runner.pregnancy");
    }

    @Test
    void aPregnantRunnerIsAskedTheWeeksRightAfter() {
        Run run = answering(new String[] {"runner.age", "31", "runner.sex", "f", "runner.pregnancy", "pregnant",
                "runner.weeksPregnantOrPostpartum", "24", "pain.locations", "12", "pain.severity", "4", "pain.onset", "gradual",
                "pain.durationDays", "10"});
        assertThat(run.code()).as(run.err()).isZero();
        List<String> asked = run.asked();
        assertThat(asked.get(asked.indexOf("runner.pregnancy") + 1)).isEqualTo("runner.weeksPregnantOrPostpartum");
        assertThat(run.asked()).doesNotContain("runner.breastfeeding");
    }

    @Test
    void theSideOfANumbLegIsAskedOnlyAfterAYesAndRightAfterIt() {
        String[] base = {"runner.age", "50", "runner.sex", "m", "pain.locations", "4", "pain.severity", "4", "pain.onset", "gradual",
                "pain.durationDays", "30"};
        Run no = answering(concat(base, "general.legNumbnessOrWeakness", "n"));
        assertThat(no.asked()).contains("general.legNumbnessOrWeakness").doesNotContain("general.legNumbnessOrWeaknessSide");
        Run yes = answering(concat(base, "general.legNumbnessOrWeakness", "y", "general.legNumbnessOrWeaknessSide", "both legs"),
                "--format", "json");
        assertThat(yes.code()).as(yes.err()).isZero();
        List<String> asked = yes.asked();
        assertThat(asked.get(asked.indexOf("general.legNumbnessOrWeakness") + 1)).isEqualTo("general.legNumbnessOrWeaknessSide");
        assertThat(yes.err()).contains("Which leg is numb or weak?");
    }

    @Test
    void whetherTheLegLooksShortOrTurnedOutIsAskedOnlyAfterAFall(@TempDir Path dir) throws Exception {
        String[] base = {"runner.age", "66", "runner.sex", "m", "pain.locations", "1", "pain.severity", "6", "pain.onset", "sudden",
                "pain.durationDays", "1"};
        Run noFall = answering(concat(base, "pain.onsetEvent", "nothing in particular"));
        assertThat(noFall.asked()).contains("pain.onsetEvent").doesNotContain("function.legShortenedOrTurnedOut");
        Path saved = dir.resolve("fall.json");
        Run fall = answering(concat(base, "pain.onsetEvent", "a fall", "function.legShortenedOrTurnedOut", "n"),
                "--save", saved.toString());
        assertThat(fall.code()).as(fall.err()).isZero();
        assertThat(fall.asked()).containsSubsequence("pain.onsetEvent", "function.legShortenedOrTurnedOut");
        assertThat(JSON.readTree(saved.toFile()).at("/function/legShortenedOrTurnedOut").isBoolean()).isTrue();
    }

    @Test
    void theNewHealthQuestionsAndPlacesAreAsked(@TempDir Path dir) throws Exception {
        Path saved = dir.resolve("case.json");
        Run run = answering(new String[] {"runner.age", "45", "runner.sex", "m", "pain.locations", "groin, the lower abdomen",
                "pain.radiatesTo", "below the knee", "pain.severity", "5", "pain.onset", "gradual",
                "pain.durationDays", "5", "general.longTermSteroids", "y", "general.immunosuppressed", "n",
                "general.inflammatoryArthritis", "n", "general.anticoagulants", "y", "general.stomachOrKidneyProblems", "n",
                "general.calfOrThighSwelling", "y", "general.recentSurgeryOrLongTravel", "y", "general.abdominalOrPelvicSymptoms", "n",
                "general.groinLump", "y"}, "--save", saved.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(saved.toFile());
        assertThat(json.at("/pain/locations")).extracting(JsonNode::asText).containsExactly("GROIN", "LOWER_ABDOMEN");
        assertThat(json.at("/pain/radiatesTo")).extracting(JsonNode::asText).containsExactly("BELOW_KNEE");
        assertThat(list(json.get("general").fieldNames())).containsExactly("longTermSteroids", "immunosuppressed",
                "inflammatoryArthritis", "anticoagulants", "stomachOrKidneyProblems", "calfOrThighSwelling",
                "recentSurgeryOrLongTravel", "abdominalOrPelvicSymptoms", "groinLump");
        assertThat(json.at("/general/calfOrThighSwelling").asBoolean()).isTrue();
    }

    @Test
    void aBadAnswerIsExplainedAndTheQuestionAskedAgain() {
        // given a severity of 14, then "maybe" for a yes/no question
        Run run = answering(new String[] {"runner.age", "40", "runner.sex", "m", "pain.locations", "1",
                "pain.severity", "14", "pain.severity", "5", "pain.onset", "gradual", "pain.durationDays", "2 months",
                "function.canBearWeight", "maybe", "function.canBearWeight", "y"});
        assertThat(run.err()).contains("Please give a whole number from 0 to 10.",
                "Please answer y (yes) or n (no), or press Enter if you don't know.");
        assertThat(count(run.err(), "How bad has the pain been")).isEqualTo(2);
    }

    @Test
    void answersThatContradictEachOtherAreAskedAgain() throws Exception {
        // given the pain lasted 5 days but the runner says they rested 10, then 3 when asked again
        Run run = answering(new String[] {"runner.age", "40", "runner.sex", "m", "pain.locations", "1", "pain.severity", "4",
                "pain.onset", "gradual", "pain.durationDays", "5", "careSoFar.restedDays", "10", "careSoFar.restedDays", "3"},
                "--format", "json");
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
        Run run = answering(with(WOMAN_WITH_OUTER_HIP_PAIN, "pain.onsetEvent", "a fall"));
        String transcript = run.err().toLowerCase(Locale.ROOT);
        assertThat(run.asked()).contains("function.legShortenedOrTurnedOut");
        // no examination questions are asked at all
        assertThat(transcript).doesNotContain("tender", "press on", "test", "hop on", "try hopping", "stand on the painful");
        // hopping appears only as something already noticed, next to the warning not to try it
        assertThat(transcript).contains("hopping (only if you have already noticed it)", "do not try any of these now");
    }

    /** The script with these paths answered differently. */
    private static String[] with(String[] base, String... pathsAndAnswers) {
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (int i = 0; i < pathsAndAnswers.length; i += 2) {
            replaced.add(pathsAndAnswers[i]);
        }
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < base.length; i += 2) {
            if (!replaced.contains(base[i])) {
                kept.add(base[i]);
                kept.add(base[i + 1]);
            }
        }
        return concat(kept.toArray(String[]::new), pathsAndAnswers);
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
