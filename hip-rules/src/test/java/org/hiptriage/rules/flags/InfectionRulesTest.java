package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.FEVER_WITH_HIP_PAIN;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/infection.drl. */
class InfectionRulesTest extends RuleTestSupport {

    @Test
    void feverWithHipPainIsAnEmergency() {
        // given fever with hip pain, even with a likely tendon problem
        Explanation then = assess(caseWith(Location.LATERAL_HIP).general(General.builder().fever(true)),
                likely(ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then it is an emergency, never suppressed by the condition
        assertFired(then, "Fever with hip pain is an emergency");
        assertThat(flag(then, FEVER_WITH_HIP_PAIN).level()).isEqualTo(Level.EMERGENCY);
        assertThat(flag(then, FEVER_WITH_HIP_PAIN).because()).contains("fever with hip pain");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        // and given fever unknown, no flag
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)), "Fever with hip pain is an emergency");
    }
}
