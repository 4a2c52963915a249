package org.hiptriage.rules.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.CareStepCode.AVOID_SIDE_LYING_AND_LEG_CROSSING;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.report.Phase;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of care/lateral-hip.drl. */
class LateralHipRulesTest extends RuleTestSupport {

    @Test
    void greaterTrochantericPainSettlesWhenTheTendonsAreNotCompressed() {
        // given likely GTPS
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then advice on side-lying and leg crossing, from LEAP
        assertFired(then, "Greater trochanteric pain settles when the tendons are not compressed");
        assertThat(step(then, AVOID_SIDE_LYING_AND_LEG_CROSSING).phase()).isEqualTo(Phase.SETTLE);
        assertThat(step(then, AVOID_SIDE_LYING_AND_LEG_CROSSING).because()).contains("compressing the gluteal tendons keeps them painful");
        assertThat(step(then, AVOID_SIDE_LYING_AND_LEG_CROSSING).sources()).anyMatch(s -> s.startsWith("LEAP"));
        // and given IT band syndrome, not
        assertNotFired(assess(caseWith(Location.OUTER_THIGH), likely(ILIOTIBIAL_BAND_SYNDROME)),
                "Greater trochanteric pain settles when the tendons are not compressed");
    }
}
