package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.NIGHT_OR_REST_PAIN;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Timing;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/night-and-rest.drl. */
class NightAndRestRulesTest extends RuleTestSupport {

    @Test
    void painAtNightOrAtRestShouldBeSeenByAClinician() {
        // given outer hip pain at rest
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).timing(Timing.AT_REST)));
        // then the flag is raised
        assertFired(then, "Pain at night or at rest should be seen by a clinician");
        assertThat(flag(then, NIGHT_OR_REST_PAIN).because()).contains("pain at night, at rest or all the time");
        // and given pain only after runs, no flag
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).timing(Timing.AFTER_RUN))),
                "Pain at night or at rest should be seen by a clinician");
    }
}
