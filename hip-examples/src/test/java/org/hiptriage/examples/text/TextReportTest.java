package org.hiptriage.examples.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.json.AssessmentJson;
import org.junit.jupiter.api.Test;

/** The text report reads in the order a person needs it. */
class TextReportTest {

    @Test
    void dispositionComesFirstThenFlagsConditionsCareAvoidSafetyNetAndDisclaimer() throws Exception {
        try (TriageEngine engine = TriageEngine.create()) {
            String text = TextReport.format(engine.assess(
                    AssessmentJson.parse(Files.readAllBytes(Path.of("cases/groin-pain-amenorrhoeic-runner.json")))));
            assertThat(text).startsWith("WHAT TO DO: URGENT");
            int flags = text.indexOf("WARNING SIGNS");
            int conditions = text.indexOf("WHAT IT MAY BE");
            int care = text.indexOf("CARE PLAN");
            int avoid = text.indexOf("AVOID\n");
            int net = text.indexOf("SAFETY NET");
            int disclaimer = text.indexOf("decision support, not a diagnosis");
            assertThat(flags).isPositive().isLessThan(conditions);
            assertThat(conditions).isLessThan(care);
            assertThat(care).isLessThan(avoid);
            assertThat(avoid).isLessThan(net);
            assertThat(net).isLessThan(disclaimer);
            assertThat(text).contains("SUSPECTED_STRESS_FRACTURE (URGENT)", "Now (protect):");
            assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextReport.WIDTH + 20));
        }
    }
}
