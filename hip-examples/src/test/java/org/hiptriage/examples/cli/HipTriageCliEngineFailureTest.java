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
import org.hiptriage.engine.TriageFailedException;
import org.hiptriage.examples.common.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule base failing on one file of a run: that file gets an error line, the others their reports. */
class HipTriageCliEngineFailureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFailureInsideTheEngineOnOneFileLeavesTheOtherFilesAssessedAndExitsOne(@TempDir Path dir) throws Exception {
        // given three files, the middle one a case on which the engine fails (injected for age 77)
        String gtps = Files.readString(Path.of(HipTriageCliTest.GTPS));
        Path failing = dir.resolve("engine-fails.json");
        Files.writeString(failing, gtps.replace("\"age\": 48", "\"age\": 77"));
        assertThat(Files.readString(failing)).contains("\"age\": 77");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HipTriageCli.runWith(new String[] {"--format", "json", HipTriageCliTest.GTPS, failing.toString(), HipTriageCliTest.FEVER},
                Streams.of(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)),
                real -> (assessment, explain) -> {
                    if (assessment.runner().age() == 77) {
                        throw new TriageFailedException("the rule base failed on this assessment: injected", new IllegalStateException("injected"));
                    }
                    return real.assess(assessment, explain);
                });

        // then exit 1 (anything else), the two good reports in order on standard output, nothing of the failing file
        assertThat(code).isEqualTo(1);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("disposition").get("level").asText()).isEqualTo("SELF_CARE");
        assertThat(JSON.readTree(lines.get(1)).get("disposition").get("level").asText()).isEqualTo("EMERGENCY");
        // and one JSON error line naming the file, without a stack trace
        List<String> errors = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(errors).hasSize(1);
        JsonNode error = JSON.readTree(errors.get(0));
        assertThat(error.get("file").asText()).isEqualTo(failing.toString());
        assertThat(error.get("errors").get(0).get("message").asText()).contains("could not be assessed");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ", "Exception in thread");
    }
}
