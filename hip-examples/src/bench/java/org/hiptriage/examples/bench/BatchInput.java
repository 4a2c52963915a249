package org.hiptriage.examples.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hiptriage.model.Assessment;

/**
 * Writes the input of the batch measurements: {@code N} distinct valid cases from the seeded generator (seed 20261122,
 * as the JMH mix), one contract JSON document a line. Usage: {@code BatchInput N FILE}.
 */
public final class BatchInput {

    private BatchInput() {
    }

    /** Writes the file. */
    public static void main(String[] args) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Assessment a : Cases.seeded(Integer.parseInt(args[0]))) {
                out.write(EndToEndBenchmark.contractJson(a));
                out.write('\n');
            }
        }
    }
}
