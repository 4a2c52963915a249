package org.hiptriage.examples.cli;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, formats, error lines (contract §3). */
class HipTriageCliTest {

    static final String GTPS = "cases/lateral-hip-pain-gtps.json";
    static final String FEVER = "cases/fever-with-hip-pain.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HipTriageCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodCaseInTextExitsZeroWithTheDispositionFirst() {
        Run run = run("", GTPS);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("WHAT TO DO: SELF CARE");
        assertThat(run.out()).contains("Greater trochanteric pain syndrome", "CARE PLAN", "SAFETY NET", "decision support, not a diagnosis");
    }

    @Test
    void jsonFormatPrintsOneLineOfContractJsonPerFileInOrder() throws Exception {
        Run run = run("", "--format", "json", GTPS, FEVER);
        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(2);
        JsonNode first = JSON.readTree(run.outLines().get(0));
        JsonNode second = JSON.readTree(run.outLines().get(1));
        assertThat(first.get("disposition").get("level").asText()).isEqualTo("SELF_CARE");
        assertThat(second.get("disposition").get("level").asText()).isEqualTo("EMERGENCY");
        assertThat(second.get("flags").get(0).get("code").asText()).isEqualTo("FEVER_WITH_HIP_PAIN");
    }

    @Test
    void aDashReadsStandardInput() throws Exception {
        Run run = run(Files.readString(Path.of(FEVER)), "--format", "json", "-");
        assertThat(run.code()).isZero();
        assertThat(JSON.readTree(run.out()).get("disposition").get("level").asText()).isEqualTo("EMERGENCY");
    }

    @Test
    void aRefusedFileExitsTwoWithOneJsonErrorLineAndNothingOnStandardOutput(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"runner\": {\"age\": 130, \"sex\": \"MALE\"}, \"pain\": {\"locations\": [\"GROIN\"], "
                + "\"severity\": 14, \"onset\": \"GRADUAL\", \"durationDays\": 3}}");
        Run run = run("", "--format", "json", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).hasSize(1);
        JsonNode error = JSON.readTree(run.err());
        assertThat(error.get("file").asText()).isEqualTo(bad.toString());
        assertThat(error.get("errors")).extracting(e -> e.get("path").asText()).containsExactly("runner.age", "pain.severity");
        assertThat(error.get("errors").get(1).get("message").asText()).isEqualTo("pain.severity: must be 0 to 10 (worst pain in the last week), was 14");
    }

    @Test
    void theGoodFilesAreStillAssessedWhenOneIsRefused(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"runner\": ");
        Run run = run("", "--format", "json", GTPS, bad.toString(), FEVER);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.outLines()).hasSize(2);
        assertThat(JSON.readTree(run.outLines().get(1)).get("disposition").get("level").asText()).isEqualTo("EMERGENCY");
        assertThat(JSON.readTree(run.err()).get("errors").get(0).get("path").asText()).isEqualTo("$");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void missingFilesDirectoriesAndEmptyFilesAreRefusedWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.json"));
        Run run = run("", dir.resolve("missing.json").toString(), dir.toString(), empty.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("no such file");
        assertThat(lines.get(1)).contains("a directory");
        assertThat(lines.get(2)).contains("empty document");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitOneWithTheMessageAndTheUsageOnStandardError() {
        // exit 1, "anything else" to contract §3: exit 2 promises one JSON error line per refused file
        assertUsageError(run(""), "Missing required parameter: 'FILE'", "Usage: hip-triage ");
        assertUsageError(run("", "--format", "xml", GTPS), "Invalid value for option '--format'", "Usage: hip-triage ");
        assertUsageError(run("", "--no-such-option", GTPS), "Unknown option: '--no-such-option'", "Usage: hip-triage ");
    }

    @Test
    void aUsageErrorInACommandShowsThatCommandsUsage() {
        assertUsageError(run("", "batch", "--no-such-option", "in", "out"), "Unknown option: '--no-such-option'", "Usage: hip-triage batch ");
        assertUsageError(run("", "batch", "in"), "Missing required parameter: 'OUT'", "Usage: hip-triage batch ");
        assertUsageError(run("", "interview", "--format", "xml"), "Invalid value for option '--format'", "Usage: hip-triage interview ");
        assertUsageError(run("", "serve", "--port", "eighty"), "Invalid value for option '--port'", "Usage: hip-triage serve ");
        assertUsageError(run("", "questionnaire", "extra"), "Unmatched argument at index 1: 'extra'", "Usage: hip-triage questionnaire ");
        assertUsageError(run("", "rulebook", "--out"), "Missing required parameter for option '--out'", "Usage: hip-triage rulebook ");
    }

    @Test
    void filesAndOptionsOfHipTriageItselfBesideACommandAreAUsageErrorNotDropped() {
        String message = "hip-triage's own FILEs and options do not go with a command";
        assertUsageError(run("", "--format", "json", "questionnaire"), message, "Usage: hip-triage ");
        assertUsageError(run("", GTPS, "questionnaire"), message, "Usage: hip-triage ");
        // a file named like a command is a file after --
        Run asFile = run("", "--", "questionnaire");
        assertThat(asFile.code()).isEqualTo(2);
        assertThat(asFile.err()).startsWith("{\"file\":\"questionnaire\"");
    }

    private static void assertUsageError(Run run, String message, String usage) {
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(message).contains(usage).doesNotContain("\tat ");
    }

    @Test
    void aMisspeltCommandIsReadAsAFileAndRefused() {
        // hip-triage FILE...: a word that is not a command is a file name, and a missing file is refused (exit 2)
        Run run = run("", "intervew");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("{\"file\":\"intervew\"").contains("no such file");
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = run("", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--format", "FILE");
        Run version = run("", "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("rule base 1.", "interchange contract 2");
    }

    @Test
    void helpListsEveryCommandOnceWithWhatItDoes() {
        Run help = run("", "--help");
        List<String> commands = help.out().lines().dropWhile(l -> !l.startsWith("Commands"))
                .skip(1).filter(l -> l.startsWith("  ") && !l.startsWith("   ")).map(l -> l.trim().split("\\s+", 2)[0]).toList();
        assertThat(commands).containsExactly("interview", "batch", "serve", "questionnaire", "rulebook");
        assertThat(help.out()).contains("Commands (hip-triage COMMAND --help for more):",
                "interview      Asks a runner about their hip pain", "batch          Assesses many cases",
                "rulebook       Writes the rulebook");
    }

    @Test
    void eachCommandsHelpExitsZeroWithItsOwnUsage() {
        for (String command : List.of("interview", "batch", "serve", "questionnaire", "rulebook")) {
            Run help = run("", command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.err()).as(command).isEmpty();
            assertThat(help.out()).as(command).startsWith("Usage: hip-triage " + command + " ").contains("--help");
        }
    }

    @Test
    void explainListsTheRulesThatFiredWithTheirDescriptions() {
        Run run = run("", "--explain", GTPS);
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("HOW THE RULES REASONED", "[evidence] Pain on the outside of the hip points to greater trochanteric pain syndrome",
                "Lateral hip pain is the defining location of GTPS.");
    }
}
