package org.hiptriage.rules.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.STATIC_HIP_FLEXOR_STRETCH;
import static org.hiptriage.model.report.ConditionCode.HIP_FLEXOR_TENDINOPATHY;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of findings/tendon.drl; the finding shows in the stretching advice it feeds. */
class TendonRulesTest extends RuleTestSupport {

    @Test
    void painThatBeganUnderSixWeeksAgoIsEarlyTendonPain() {
        // given a hip flexor tendinopathy of 20 days
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP).pain(Pain.of(3, Onset.GRADUAL, 20, Location.FRONT_OF_HIP)),
                likely(HIP_FLEXOR_TENDINOPATHY));
        // then the pain is early, and the no-stretch advice says how early
        assertFired(then, "Pain that began under six weeks ago is early tendon pain");
        assertThat(avoid(then, STATIC_HIP_FLEXOR_STRETCH).reason()).contains("pain for 20 days, under 6 weeks");
        // and given 60 days of pain, it is not early
        Explanation late = assess(caseWith(Location.FRONT_OF_HIP).pain(Pain.of(3, Onset.GRADUAL, 60, Location.FRONT_OF_HIP)),
                likely(HIP_FLEXOR_TENDINOPATHY));
        assertNotFired(late, "Pain that began under six weeks ago is early tendon pain");
        assertThat(avoided(late, STATIC_HIP_FLEXOR_STRETCH)).isFalse();
    }
}
