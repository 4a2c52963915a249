package org.hiptriage.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hiptriage.examples.batch.BatchCommandTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --resume} on what a stopped batch leaves ({@code OUT.partial}, made here by hand from an
 * uninterrupted run's OUT): it keeps what is whole, drops a line cut short, goes on, and ends with exactly
 * the uninterrupted OUT; it refuses what is not this batch's. The real kills are in {@link BatchKillResumeTest}.
 */
class BatchResumeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<String> cases;

    @BeforeAll
    static void setUp() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            samples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(JSON.readTree(samples.get(i % samples.size()).toFile()).toString());
        }
        cases.add(7, "{\"runner\": {\"age\": 140, \"sex\": \"MALE\"}}");
    }

    /** IN with the cases, and an uninterrupted run's OUT (expected.jsonl) and summary. */
    private static Run uninterrupted(Path dir) throws Exception {
        Files.write(dir.resolve("cases.jsonl"), cases);
        Run run = BatchCommandTest.batch(dir.resolve("cases.jsonl").toString(), dir.resolve("expected.jsonl").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(dir.resolve("expected.jsonl.partial")).as("renamed once complete").doesNotExist();
        return run;
    }

    @Test
    void resumeKeepsTheWholeLinesDropsTheOneCutShortAndEndsAsAnUninterruptedRun(@TempDir Path dir) throws Exception {
        Run expected = uninterrupted(dir);
        byte[] full = Files.readAllBytes(dir.resolve("expected.jsonl"));
        List<String> lines = Files.readAllLines(dir.resolve("expected.jsonl"));
        // a batch killed in the middle of its 13th line
        int whole = 12;
        int cut = String.join("\n", lines.subList(0, whole)).getBytes(StandardCharsets.UTF_8).length + 1 + 100;
        Files.write(dir.resolve("out.jsonl.partial"), java.util.Arrays.copyOf(full, cut));

        Run resumed = BatchCommandTest.batch("--resume", dir.resolve("cases.jsonl").toString(), dir.resolve("out.jsonl").toString());

        assertThat(resumed.code()).isEqualTo(expected.code());
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).isEqualTo(lines);
        assertThat(dir.resolve("out.jsonl.partial")).doesNotExist();
        assertThat(resumed.err()).contains("resuming: 12 cases kept, going on from case 13");
        assertThat(resumed.out()).contains("resumed: 12 cases kept from the stopped run, not assessed again");
        // and the summary counts every case, the kept ones too, as the uninterrupted run's does
        assertThat(withoutFirstLine(resumed.out()).replaceAll("(?m)^  resumed: .*\\R", ""))
                .isEqualTo(withoutFirstLine(expected.out()));
    }

    @Test
    void resumeDropsAnUnreadableTailAsAfterAPowerCut(@TempDir Path dir) throws Exception {
        uninterrupted(dir);
        List<String> lines = Files.readAllLines(dir.resolve("expected.jsonl"));
        // five whole lines, then a block of zeros, then a line that looks whole
        String kept = String.join("\n", lines.subList(0, 5)) + "\n";
        byte[] zeros = new byte[4096];
        Files.write(dir.resolve("out.jsonl.partial"), kept.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("out.jsonl.partial"), zeros, StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("out.jsonl.partial"), "\n" + lines.get(5) + "\n", StandardOpenOption.APPEND);

        Run resumed = BatchCommandTest.batch("--resume", dir.resolve("cases.jsonl").toString(), dir.resolve("out.jsonl").toString());

        assertThat(resumed.code()).isEqualTo(2);
        assertThat(resumed.err()).contains("resuming: 5 cases kept");
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).isEqualTo(lines);
    }

    @Test
    void resumeWithOutCompleteAssessesNothingAgainAndSaysWhatTheRunSaid(@TempDir Path dir) throws Exception {
        Run expected = uninterrupted(dir);
        byte[] before = Files.readAllBytes(dir.resolve("expected.jsonl"));

        Run again = BatchCommandTest.batch("--resume", dir.resolve("cases.jsonl").toString(), dir.resolve("expected.jsonl").toString());

        assertThat(again.code()).isEqualTo(expected.code());
        assertThat(again.err()).contains("expected.jsonl is complete: nothing left to assess");
        assertThat(Files.readAllBytes(dir.resolve("expected.jsonl"))).isEqualTo(before);
        assertThat(withoutFirstLine(again.out()).replaceAll("(?m)^  resumed: .*\\R", ""))
                .isEqualTo(withoutFirstLine(expected.out()));
    }

    @Test
    void resumeWithNothingThereStartsAfresh(@TempDir Path dir) throws Exception {
        uninterrupted(dir);
        Run run = BatchCommandTest.batch("--resume", dir.resolve("cases.jsonl").toString(), dir.resolve("out.jsonl").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).isEqualTo(Files.readAllLines(dir.resolve("expected.jsonl")));
    }

    @Test
    void resumeRefusesTheOutputOfAnotherInAndTouchesNothing(@TempDir Path dir) throws Exception {
        uninterrupted(dir);
        List<String> lines = Files.readAllLines(dir.resolve("expected.jsonl"));
        // OUT.partial of this IN, but IN has changed since: its first case is gone
        Files.write(dir.resolve("out.jsonl.partial"), lines.subList(0, 10));
        byte[] partial = Files.readAllBytes(dir.resolve("out.jsonl.partial"));
        Files.write(dir.resolve("changed.jsonl"), cases.subList(1, cases.size()));

        Run run = BatchCommandTest.batch("--resume", dir.resolve("changed.jsonl").toString(), dir.resolve("out.jsonl").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("out.jsonl.partial does not belong to this IN: its case 1 is cases.jsonl:1 where IN has "
                + "changed.jsonl:1", "run without --resume to start again");
        assertThat(Files.readAllBytes(dir.resolve("out.jsonl.partial"))).isEqualTo(partial);
        assertThat(dir.resolve("out.jsonl")).doesNotExist();

        // and a complete OUT of another IN is not taken for this one's
        Run complete = BatchCommandTest.batch("--resume", dir.resolve("changed.jsonl").toString(), dir.resolve("expected.jsonl").toString());
        assertThat(complete.code()).isEqualTo(1);
        assertThat(complete.err()).contains("does not belong to this IN");
    }

    @Test
    void aRunWithoutResumeStartsAgainAndTwoBatchesCannotWriteOneOut(@TempDir Path dir) throws Exception {
        uninterrupted(dir);
        Path partial = dir.resolve("out.jsonl.partial");
        Files.writeString(partial, "{\"id\": \"left by a stopped run\"");
        Run fresh = BatchCommandTest.batch(dir.resolve("cases.jsonl").toString(), dir.resolve("out.jsonl").toString());
        assertThat(fresh.code()).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).isEqualTo(Files.readAllLines(dir.resolve("expected.jsonl")));

        // another batch is writing OUT: its OUT.partial is locked
        Files.writeString(partial, "");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            FileLock lock = channel.lock();
            try {
                Run second = BatchCommandTest.batch(dir.resolve("cases.jsonl").toString(), dir.resolve("out.jsonl").toString());
                assertThat(second.code()).isEqualTo(1);
                assertThat(second.err()).contains("another batch is writing " + dir.resolve("out.jsonl"));
            } finally {
                lock.release();
            }
        }
    }

    @Test
    void standardOutputCannotBeResumed(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("cases.jsonl"), cases);
        Run run = BatchCommandTest.batch("--resume", dir.resolve("cases.jsonl").toString(), "-");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("--resume needs OUT to be a file");
        assertThat(run.out()).isEmpty();
    }

    private static String withoutFirstLine(String summary) {
        return summary.substring(summary.indexOf('\n') + 1);
    }
}
