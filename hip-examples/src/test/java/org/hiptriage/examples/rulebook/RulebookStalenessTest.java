package org.hiptriage.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.engine.RuleFiles;
import org.junit.jupiter.api.Test;

/** The committed rulebook is what the rules and vignettes generate now. */
class RulebookStalenessTest {

    private static final String STALE = "docs/rulebook.* is stale: run `" + RulebookGenerator.COMMAND
            + "` from the repository root and commit the result";

    @Test
    void theCommittedRulebookIsUpToDate() throws Exception {
        // given the verifier's verdict recorded with the rulebook, about exactly the packaged DRL
        Path recorded = Path.of("../docs", VerifierVerdict.FILE);
        assertThat(Files.isRegularFile(recorded)).as(STALE + " (docs/" + VerifierVerdict.FILE + " is missing)").isTrue();
        VerifierVerdict verdict = VerifierVerdict.read(recorded);
        assertThat(verdict.isFor(RuleFiles.packaged()))
                .as(STALE + " (a rule changed since the verifier's verdict was recorded)").isTrue();
        // and the rulebook generated in memory from the packaged rules, that verdict and the vignette suite
        RulebookGenerator.Rulebook book;
        try (TriageEngine engine = TriageEngine.create()) {
            book = RulebookGenerator.generate(engine, Path.of("../hip-rules/src/test/vignettes"), verdict);
        }
        Path md = Path.of("../docs/rulebook.md");
        Path html = Path.of("../docs/rulebook.html");
        // then the committed files are the same, byte for byte
        assertThat(Files.exists(md) && Files.exists(html)).as(STALE + " (docs/rulebook.md or .html is missing)").isTrue();
        assertThat(Files.readString(md, StandardCharsets.UTF_8).equals(book.markdown())).as(STALE + " (rulebook.md differs)").isTrue();
        assertThat(Files.readString(html, StandardCharsets.UTF_8).equals(book.html())).as(STALE + " (rulebook.html differs)").isTrue();
    }
}
