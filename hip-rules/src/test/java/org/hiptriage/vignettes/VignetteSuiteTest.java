package org.hiptriage.vignettes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hiptriage.engine.TriageEngine;
import org.junit.jupiter.api.Test;

/**
 * Runs every vignette through the engine, prints a one-line summary (the full table, vignette by vignette,
 * goes to {@code target/vignette-report.md}), and fails on any under-triage, any broken must / must-not
 * expectation, top-3 condition accuracy under 90 % or exact disposition under 85 % — all reasons at once.
 */
class VignetteSuiteTest {

    /** Top-3 condition accuracy the rule base must reach (GPs reach 82.1 %, Gilbert 2020). */
    static final double MIN_TOP3 = 0.90;
    /** Exact disposition the rule base must reach. */
    static final double MIN_DISPOSITION = 0.85;

    @Test
    void theRuleBaseTriagesTheVignettesAsClinicallyExpected() throws IOException {
        List<Vignette> vignettes = VignetteLoader.load().orFail();
        List<VignetteOutcome> outcomes;
        String version;
        try (TriageEngine engine = TriageEngine.create()) {
            outcomes = vignettes.stream().map(v -> VignetteOutcome.run(engine, v)).toList();
            version = engine.ruleBaseVersion();
        }
        SuiteSummary summary = new SuiteSummary(outcomes);
        String table = summary.markdown(version);
        System.out.printf("Vignette suite: %d vignettes, top-3 %d/%d, exact disposition %d/%d, under-triage %d, "
                        + "over-triage %d, broken expectations %d (table: target/vignette-report.md)%n",
                summary.vignettes(), summary.top3(), summary.scored(), summary.dispositionExact(), summary.vignettes(),
                summary.underTriaged(), summary.overTriaged(), summary.breached());
        Path target = VignetteLoader.targetDirectory();
        Files.createDirectories(target);
        Files.writeString(target.resolve("vignette-report.md"), table, StandardCharsets.UTF_8);

        assertThat(summary.failures(MIN_TOP3, MIN_DISPOSITION))
                .as("vignette suite failures (table in target/vignette-report.md)")
                .isEmpty();
    }
}
