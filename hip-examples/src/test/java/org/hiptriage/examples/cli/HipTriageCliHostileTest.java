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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hiptriage.examples.common.ExitCode;
import org.hiptriage.model.json.HostileInputTest;
import org.hiptriage.model.json.HostileInputTest.Hostile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile document of {@link HostileInputTest} as a file on the command line, in one batch
 * between good files: exit 2; one JSON line on standard error per refused file, in order, naming
 * the file and the contract path; no stack trace; nothing of a refused file on standard output; and
 * every good file assessed exactly once, in order — nothing dropped, nothing duplicated.
 */
class HipTriageCliHostileTest {

    static final String GOOD = "cases/lateral-hip-pain-gtps.json";
    static final String OTHER_GOOD = "cases/fever-with-hip-pain.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HipTriageCli.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBatchOfEveryHostileFileBetweenGoodOnesLosesAndDuplicatesNothing(@TempDir Path dir) throws Exception {
        // given every hostile document as a file, each followed by a good case, plus a missing file,
        // a directory, an empty file and an invalid file name
        List<String> args = new ArrayList<>(List.of("--format", "json"));
        List<String> badFiles = new ArrayList<>();
        List<String> badPaths = new ArrayList<>();
        List<String> goodFiles = new ArrayList<>();
        List<Hostile> rows = HostileInputTest.hostileDocuments();
        for (int i = 0; i < rows.size(); i++) {
            Path file = dir.resolve("bad-" + i + ".json");
            Files.write(file, rows.get(i).bytes());
            args.add(file.toString());
            badFiles.add(file.toString());
            badPaths.add(rows.get(i).path());
            String good = i % 2 == 0 ? GOOD : OTHER_GOOD;
            args.add(good);
            goodFiles.add(good);
        }
        Path empty = Files.createFile(dir.resolve("empty.json"));
        for (String special : List.of(dir.resolve("missing.json").toString(), dir.toString(), empty.toString(), "bad\u0000name.json")) {
            args.add(special);
            badFiles.add(special);
            badPaths.add("$");
        }
        // when they run in one batch
        Run run = run(new byte[0], args.toArray(String[]::new));
        // then the exit code says a file was refused
        assertThat(run.code()).isEqualTo(ExitCode.REFUSED);
        // and every refused file has exactly one error line, in order, with its contract path, and no stack trace
        List<String> errLines = run.err().lines().toList();
        assertThat(errLines).hasSize(badFiles.size());
        for (int i = 0; i < badFiles.size(); i++) {
            JsonNode line = JSON.readTree(errLines.get(i));
            assertThat(line.get("file").asText()).isEqualTo(badFiles.get(i));
            String expectedPath = badPaths.get(i);
            assertThat(line.get("errors")).as(errLines.get(i)).isNotEmpty()
                    .anyMatch(e -> e.get("path").asText().startsWith(expectedPath) && !e.get("message").asText().isBlank());
        }
        assertThat(run.err()).doesNotContain("\tat ", "Exception", "hip-triage failed");
        // and every good file was assessed exactly once, in order, to exactly its own report
        String goodReport = run(new byte[0], "--format", "json", GOOD).out().strip();
        String otherReport = run(new byte[0], "--format", "json", OTHER_GOOD).out().strip();
        List<String> outLines = run.out().lines().toList();
        assertThat(outLines).hasSize(goodFiles.size());
        for (int i = 0; i < goodFiles.size(); i++) {
            assertThat(outLines.get(i)).as("report " + i).isEqualTo(goodFiles.get(i).equals(GOOD) ? goodReport : otherReport);
        }
    }

    static Stream<Arguments> singleFiles() {
        return HostileInputTest.hostileDocuments().stream().filter(row -> row.bytes().length < 2_000 || row.label().contains("64 KiB"))
                .limit(12).map(row -> Arguments.of(row.label(), row.bytes(), row.path()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFiles")
    void aHostileDocumentOnStandardInputInTextFormatPrintsNoPartialReport(String label, byte[] document, String path) throws Exception {
        Run run = run(document, "-");
        assertThat(run.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement()
                .satisfies(line -> assertThat(JSON.readTree(line).get("errors")).anyMatch(e -> e.get("path").asText().startsWith(path)));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anEndlessDeviceIsReadOnlyUpToTheLimit() throws Exception {
        // /dev/zero never ends and reports a size of 0: the reader stops at 64 KiB + 1 byte
        Run run = run(new byte[0], "/dev/zero", GOOD);
        assertThat(run.code()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out().lines().filter(l -> l.startsWith("=== "))).containsExactly("=== " + GOOD);
        assertThat(JSON.readTree(run.err()).get("errors").get(0).get("message").asText()).contains("must be at most 65536 bytes");
    }
}
