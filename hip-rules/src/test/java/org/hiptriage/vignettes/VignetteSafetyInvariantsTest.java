package org.hiptriage.vignettes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hiptriage.engine.SafetyInvariants;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.report.TriageReport;
import org.junit.jupiter.api.Test;

/** Every vignette's report keeps hip-rules' safety invariants, and the same input gives the same report. */
class VignetteSafetyInvariantsTest {

    @Test
    void everyVignetteReportKeepsEverySafetyPromise() {
        List<Vignette> vignettes = VignetteLoader.load().orFail();
        List<String> broken = new ArrayList<>();
        try (TriageEngine engine = TriageEngine.create()) {
            SafetyInvariants invariants = new SafetyInvariants(engine);
            for (Vignette v : vignettes) {
                TriageReport report = engine.assess(v.assessment());
                List<String> violations = new ArrayList<>(invariants.violations(v.assessment(), report));
                violations.addAll(invariants.completeRuleBaseViolations(v.assessment(), report));
                violations.forEach(violation -> broken.add(v.id() + ": " + violation));
                if (!engine.assess(v.assessment()).equals(report)) {
                    broken.add(v.id() + ": the same input gave a different report");
                }
            }
        }
        assertThat(vignettes).isNotEmpty();
        assertThat(broken).as("broken safety promises").isEmpty();
    }
}
