package org.hiptriage.examples.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.testing.RandomAssessments;
import org.hiptriage.model.validation.AssessmentValidator;

/**
 * Writes the input of the batch measurements: {@code N} distinct valid cases from the seeded generator (seed 20261122,
 * as the JMH mix), one contract JSON document a line. Usage: {@code BatchInput N FILE}.
 */
public final class BatchInput {

    private BatchInput() {
    }

    /** Writes the file. */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        RandomAssessments random = new RandomAssessments(20_261_122L);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            int written = 0;
            while (written < n) {
                Assessment a = random.next();
                if (AssessmentValidator.validate(a).isEmpty()) {
                    out.write(EndToEndBenchmark.contractJson(a));
                    out.write('\n');
                    written++;
                }
            }
        }
    }
}
