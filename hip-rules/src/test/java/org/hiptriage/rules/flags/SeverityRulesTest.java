package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.SEVERE_PAIN;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/severity.drl. */
class SeverityRulesTest extends RuleTestSupport {

    @Test
    void severePainOf8OutOf10OrMoreNeedsASameDayAssessment() {
        // given pain of 8/10
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(8, Onset.GRADUAL, 10, Location.LATERAL_HIP)));
        // then severe pain is flagged URGENT
        assertFired(then, "Severe pain of 8 out of 10 or more needs a same-day assessment");
        assertThat(flag(then, SEVERE_PAIN).because()).contains("pain of 8 out of 10");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given 7/10, no flag
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(7, Onset.GRADUAL, 10, Location.LATERAL_HIP))),
                "Severe pain of 8 out of 10 or more needs a same-day assessment");
    }
}
