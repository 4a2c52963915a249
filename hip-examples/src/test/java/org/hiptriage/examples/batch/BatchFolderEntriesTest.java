package org.hiptriage.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hiptriage.examples.batch.BatchCommandTest.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's {@code *.json} entries that are no case file (a broken or looping symbolic link, a named pipe, a
 * folder) are each a refused case in OUT and in the summary, never skipped; a named pipe is never opened, so
 * nothing waits on it; OUT inside IN is not read back as a case.
 */
class BatchFolderEntriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path sample;

    @BeforeAll
    static void setUp() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            sample = files.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void entriesThatAreNoCaseFileAreRefusedByNameAndCounted(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(sample, in.resolve("a-case.json"));
        Files.createSymbolicLink(in.resolve("b-broken-link.json"), in.resolve("gone.json"));
        Files.createSymbolicLink(in.resolve("c-loop.json"), in.resolve("c-loop.json"));
        Files.createSymbolicLink(in.resolve("d-loop-one.json"), in.resolve("d-loop-two.json"));
        Files.createSymbolicLink(in.resolve("d-loop-two.json"), in.resolve("d-loop-one.json"));
        Files.createDirectory(in.resolve("e-folder.json"));
        Files.createSymbolicLink(in.resolve("f-link-to-a-folder.json"), in.resolve("e-folder.json"));
        Files.createSymbolicLink(in.resolve("g-link-to-a-case.json"), in.resolve("a-case.json").toAbsolutePath());
        Path out = dir.resolve("out.jsonl");

        Run run = BatchCommandTest.batch(in.toString(), out.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        List<JsonNode> lines = lines(out);
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("a-case.json", "b-broken-link.json",
                "c-loop.json", "d-loop-one.json", "d-loop-two.json", "e-folder.json", "f-link-to-a-folder.json",
                "g-link-to-a-case.json");
        assertThat(lines.get(0).has("report")).isTrue();
        assertThat(lines.get(7).get("report")).isEqualTo(lines.get(0).get("report"));
        assertThat(error(lines.get(1))).startsWith("$: must be a case file (a regular file), was a symbolic link to nothing (")
                .contains("gone.json does not exist)");
        assertThat(error(lines.get(2))).isEqualTo("$: must be a case file (a regular file), was a symbolic link that loops "
                + "(it leads back to itself)");
        assertThat(error(lines.get(3))).isEqualTo(error(lines.get(2)));
        assertThat(error(lines.get(4))).isEqualTo(error(lines.get(2)));
        assertThat(error(lines.get(5))).isEqualTo("$: must be a case file (a regular file), was a folder");
        assertThat(error(lines.get(6))).isEqualTo("$: must be a case file (a regular file), was a symbolic link to a folder");
        for (JsonNode refused : lines.subList(1, 7)) {
            assertThat(refused.get("errors")).hasSize(1);
            assertThat(refused.at("/errors/0/path").asText()).isEqualTo("$");
        }
        assertThat(run.out()).contains("assessed 2, refused 6", "Refused:", "  b-broken-link.json\n", "  e-folder.json\n",
                "was a symbolic link that loops");
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpened(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(sample, in.resolve("a-case.json"));
        Path fifo = in.resolve("b-pipe.json");
        Assumptions.assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Files.createSymbolicLink(in.resolve("c-link-to-the-pipe.json"), fifo);
        Path out = dir.resolve("out.jsonl");

        // a batch that opened the pipe would wait for a writer for ever
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> BatchCommandTest.batch(in.toString(), out.toString()));

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        List<JsonNode> lines = lines(out);
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("a-case.json", "b-pipe.json", "c-link-to-the-pipe.json");
        assertThat(error(lines.get(1))).isEqualTo("$: must be a case file (a regular file), was a named pipe (FIFO)");
        assertThat(error(lines.get(2))).isEqualTo("$: must be a case file (a regular file), was a symbolic link to a named pipe (FIFO)");
        assertThat(run.out()).contains("assessed 1, refused 2", "b-pipe.json");
    }

    @Test
    void outInsideTheInFolderIsNotReadBackAsACase(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(sample, in.resolve("a-case.json"));
        Files.copy(sample, in.resolve("c-case.json"));
        Path out = in.resolve("b-reports.json");

        Run first = BatchCommandTest.batch(in.toString(), out.toString());
        List<String> firstLines = Files.readAllLines(out);
        // run again: OUT of the first run is in IN now, and so is a stale OUT.partial
        Files.writeString(in.resolve("b-reports.json.partial"), "{\"id\": \"a-case.json\"");
        Run second = BatchCommandTest.batch(in.toString(), out.toString());
        // and through another path to the same folder
        Run third = BatchCommandTest.batch(dir.resolve("in/../in").toString(), dir.resolve("./in/b-reports.json").toString());

        for (Run run : List.of(first, second, third)) {
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("assessed 2, refused 0");
        }
        assertThat(firstLines).hasSize(2);
        assertThat(Files.readAllLines(out)).isEqualTo(firstLines);
        assertThat(lines(out)).extracting(l -> l.get("id").asText()).containsExactly("a-case.json", "c-case.json");
    }

    private static boolean mkfifo(Path fifo) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            return mkfifo.waitFor(20, TimeUnit.SECONDS) && mkfifo.exitValue() == 0 && Files.exists(fifo);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<JsonNode> lines(Path out) throws IOException {
        return Files.readAllLines(out).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }

    private static String error(JsonNode line) {
        return line.at("/errors/0/message").asText();
    }
}
