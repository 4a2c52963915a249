package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.CANNOT_BEAR_WEIGHT;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.Location;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/weight-bearing.drl. */
class WeightBearingRulesTest extends RuleTestSupport {

    @Test
    void aRunnerWhoCannotBearWeightOnTheLegNeedsToBeSeenTheSameDay() {
        // given an adult who cannot bear weight
        Explanation then = assess(caseWith(Location.GROIN).function(FunctionStatus.builder().canBearWeight(false)));
        // then it is URGENT
        assertFired(then, "A runner who cannot bear weight on the leg needs to be seen the same day");
        assertThat(flag(then, CANNOT_BEAR_WEIGHT).because()).contains("cannot bear weight on the leg");
        assertThat(flag(then, CANNOT_BEAR_WEIGHT).sources()).contains("S0");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given weight bearing unknown, no flag
        assertNotFired(assess(caseWith(Location.GROIN)), "A runner who cannot bear weight on the leg needs to be seen the same day");
    }
}
