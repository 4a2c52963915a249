package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.RADIATING_PAIN;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/radiating.drl. */
class RadiatingRulesTest extends RuleTestSupport {

    static final String RULE = "Pain spreading to the groin, thigh, lower back or knee should be seen by a clinician";

    @Test
    void painSpreadingToTheGroinThighLowerBackOrKneeShouldBeSeenByAClinician() {
        // given outer hip pain spreading to the knee
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).radiatesTo(Location.KNEE)));
        // then the flag names where it spreads
        assertFired(then, RULE);
        assertThat(flag(then, RADIATING_PAIN).because()).contains("the pain spreads to the knee");
        assertThat(flag(then, RADIATING_PAIN).sources()).contains("S1", "S4");
        // and given the spread unknown, or none, no flag
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)), RULE);
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).radiatesTo())), RULE);
    }
}
