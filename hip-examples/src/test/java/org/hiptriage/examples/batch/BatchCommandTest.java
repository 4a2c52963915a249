package org.hiptriage.examples.batch;

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
import java.util.Random;
import java.util.stream.Stream;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.cli.HipTriageCli;
import org.hiptriage.examples.common.Streams;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hip-triage batch IN OUT} as a user runs it, on temporary folders and JSON-lines files. */
class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BAD_SEVERITY = "{\"runner\": {\"age\": 40, \"sex\": \"MALE\"}, \"pain\": {\"locations\": [\"GROIN\"], "
            + "\"severity\": 14, \"onset\": \"GRADUAL\", \"durationDays\": 3}}";
    private static TriageEngine engine;
    private static List<Path> samples;

    @BeforeAll
    static void setUp() throws Exception {
        engine = TriageEngine.create();
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @AfterAll
    static void tearDown() {
        engine.close();
    }

    record Run(int code, String out, String err) {
    }

    static Run batch(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HipTriageCli.run(all, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String expectedReport(Path file) throws Exception {
        return ReportJson.write(engine.assess(AssessmentJson.parse(Files.readAllBytes(file))));
    }

    @Test
    void aFolderIsAssessedInNameOrderWithARefusedCaseReportedNotDropped(@TempDir Path dir) throws Exception {
        // given the sample cases and one refused case in a folder, plus a file that is not a case
        Path in = Files.createDirectory(dir.resolve("in"));
        for (Path sample : samples) {
            Files.copy(sample, in.resolve(sample.getFileName()));
        }
        Files.writeString(in.resolve("bad-severity.json"), BAD_SEVERITY);
        Files.writeString(in.resolve("notes.txt"), "not a case");
        Path out = dir.resolve("reports.jsonl");

        Run run = batch(in.toString(), out.toString());

        // then exit 2, one line per case in name order, the refused one with its errors
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        List<String> lines = Files.readAllLines(out);
        List<String> names = new ArrayList<>(samples.stream().map(p -> p.getFileName().toString()).toList());
        names.add("bad-severity.json");
        names.sort(null);
        assertThat(lines).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            assertThat(line.get("id").asText()).isEqualTo(names.get(i));
            if (names.get(i).equals("bad-severity.json")) {
                assertThat(line.has("report")).isFalse();
                assertThat(line.get("errors")).extracting(e -> e.get("path").asText()).containsExactly("pain.severity");
            } else {
                assertThat(line.get("report").toString()).isEqualTo(expectedReport(in.resolve(names.get(i))));
            }
        }
        // and the summary counts every case and lists the refused one with its error
        assertThat(run.out()).contains("cases from", "assessed " + samples.size() + ", refused 1",
                "By disposition:", "By flag:", "By top condition:", "Refused:", "bad-severity.json",
                "pain.severity: must be 0 to 10");
        assertThat(run.err()).as("no progress bar without a terminal").isEmpty();
    }

    @Test
    void theSummaryCountsMatchTheReports(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (Path sample : samples) {
            Files.copy(sample, in.resolve(sample.getFileName()));
        }
        Path out = dir.resolve("out.jsonl");
        Run run = batch(in.toString(), out.toString());
        assertThat(run.code()).isZero();
        for (String level : List.of("EMERGENCY", "URGENT", "SEE_CLINICIAN", "SELF_CARE")) {
            long n = Files.readAllLines(out).stream()
                    .filter(l -> readTree(l).at("/report/disposition/level").asText().equals(level)).count();
            assertThat(run.out()).containsPattern("(?m)^  " + level + " +" + n + "$");
        }
    }

    @Test
    void aJsonLinesFileKeepsInputOrderOnEveryCoreAndMatchesOneThread(@TempDir Path dir) throws Exception {
        // given 300 lines drawn at random (seeded) from the sample cases, a refused line, a malformed line and blank lines
        Random random = new Random(20240607L);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(JSON.readTree(samples.get(random.nextInt(samples.size())).toFile()).toString());
        }
        lines.add(17, BAD_SEVERITY);
        lines.add(40, "{\"runner\": ");
        lines.add(41, "");
        lines.add("   ");
        Path in = dir.resolve("cases.jsonl");
        Files.write(in, lines);

        Run parallel = batch("--threads", "4", in.toString(), dir.resolve("parallel.jsonl").toString());
        Run single = batch("--threads", "1", in.toString(), dir.resolve("single.jsonl").toString());

        // then the same lines in the same order, and the ids are the input's line numbers
        assertThat(parallel.code()).isEqualTo(2);
        assertThat(single.code()).isEqualTo(2);
        List<String> out = Files.readAllLines(dir.resolve("parallel.jsonl"));
        assertThat(out).isEqualTo(Files.readAllLines(dir.resolve("single.jsonl")));
        assertThat(out).hasSize(302);
        assertThat(readTree(out.get(0)).get("id").asText()).isEqualTo("cases.jsonl:1");
        assertThat(readTree(out.get(17)).get("id").asText()).isEqualTo("cases.jsonl:18");
        assertThat(readTree(out.get(17)).get("errors").get(0).get("path").asText()).isEqualTo("pain.severity");
        assertThat(readTree(out.get(40)).get("id").asText()).isEqualTo("cases.jsonl:41");
        assertThat(readTree(out.get(40)).get("errors").get(0).get("message").asText()).startsWith("$: must be valid JSON");
        assertThat(readTree(out.get(41)).get("id").asText()).as("the blank line 42 is skipped").isEqualTo("cases.jsonl:43");
        for (int i = 0; i < out.size(); i++) {
            JsonNode line = readTree(out.get(i));
            if (line.has("report")) {
                int number = Integer.parseInt(line.get("id").asText().substring("cases.jsonl:".length()));
                String expected = ReportJson.write(engine.assess(AssessmentJson.parse(lines.get(number - 1))));
                assertThat(line.get("report").toString()).isEqualTo(expected);
            }
        }
        assertThat(parallel.out()).contains("assessed 300, refused 2", "on 4 threads");
    }

    @Test
    void manyRefusedCasesAreAllInTheOutputAndTheSummaryListsTheFirstHundred(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.jsonl");
        Files.write(in, java.util.Collections.nCopies(120, BAD_SEVERITY));
        Run run = batch(in.toString(), dir.resolve("out.jsonl").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(120).allMatch(l -> l.contains("\"errors\""));
        assertThat(run.out()).contains("assessed 0, refused 120", "bad.jsonl:100\n", "… and 20 more").doesNotContain("bad.jsonl:101");
    }

    @Test
    void aProgressBarIsDrawnOnStandardErrorOnlyForATerminal(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("cases.jsonl");
        List<String> lines = new ArrayList<>();
        for (Path sample : samples) {
            lines.add(JSON.readTree(sample.toFile()).toString());
        }
        Files.write(in, lines);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HipTriageCli.run(new String[] {"batch", in.toString(), dir.resolve("out.jsonl").toString()},
                new Streams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), true));
        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("[" + "#".repeat(30) + "] " + samples.size() + "/" + samples.size() + " 100%");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("[#");
    }

    @Test
    void outDashWritesTheReportsToStandardOutputAndTheSummaryToStandardError(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(samples.get(0), in.resolve("one.json"));
        Run run = batch(in.toString(), "-");
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(readTree(run.out()).get("id").asText()).isEqualTo("one.json");
        assertThat(run.err()).contains("assessed 1, refused 0");
    }

    @Test
    void theSummaryCountsOneCaseOnOneThreadInTheSingular(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(samples.get(0), in.resolve("one.json"));
        Run run = batch("--threads", "1", in.toString(), "-");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("hip-triage batch: 1 case from ").containsPattern(" on 1 thread\\R")
                .doesNotContain("1 cases", "1 threads");
    }

    @Test
    void aMissingInputOrAnUnwritableOutputExitsOne(@TempDir Path dir) throws Exception {
        Run missing = batch(dir.resolve("nowhere").toString(), dir.resolve("out.jsonl").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file or folder");
        assertThat(dir.resolve("out.jsonl")).doesNotExist();

        Path in = Files.createDirectory(dir.resolve("in"));
        Run unwritable = batch(in.toString(), dir.resolve("no-such-folder").resolve("out.jsonl").toString());
        assertThat(unwritable.code()).isEqualTo(1);

        Run usage = batch(in.toString());
        assertThat(usage.code()).isEqualTo(1);
        assertThat(usage.err()).contains("Usage:");
    }

    private static JsonNode readTree(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
