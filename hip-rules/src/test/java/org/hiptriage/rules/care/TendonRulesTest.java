package org.hiptriage.rules.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.CareStepCode.*;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of care/tendon.drl. */
class TendonRulesTest extends RuleTestSupport {

    @Test
    void isometricHoldsSettleAPainfulTendon() {
        // given a likely proximal hamstring tendinopathy
        Explanation then = assess(caseWith(Location.SIT_BONE), likely(PROXIMAL_HAMSTRING_TENDINOPATHY));
        // then isometrics first, then strengthening, in phase order
        assertFired(then, "Isometric holds settle a painful tendon");
        assertThat(step(then, ISOMETRIC_LOADING).because()).contains("isometric holds ease the pain of proximal hamstring tendinopathy");
        assertThat(step(then, ISOMETRIC_LOADING).dose()).contains("30–45 seconds");
        assertThat(then.report().careSteps()).extracting(CareStep::code).containsSubsequence(ISOMETRIC_LOADING, HIP_STRENGTHENING);
        // and given a strain, no isometrics
        assertNotFired(assess(caseWith(Location.BUTTOCK), likely(GLUTEUS_MEDIUS_STRAIN)), "Isometric holds settle a painful tendon");
    }

    @Test
    void progressiveHipStrengtheningRebuildsAHipAfterAnOveruseInjury() {
        // given likely GTPS of 8 weeks (v2: in the first 6 weeks side-lying leg raises are avoided for GTPS and this step,
        // which has them, is withdrawn; see avoid/HarmToTheLeadingConditionRulesTest)
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(org.hiptriage.model.Pain.of(3, org.hiptriage.model.Onset.GRADUAL, 56,
                Location.LATERAL_HIP)), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then hip strengthening, from LEAP among others
        assertFired(then, "Progressive hip strengthening rebuilds a hip after an overuse injury");
        assertThat(step(then, HIP_STRENGTHENING).because()).anyMatch(b -> b.startsWith("strong hip muscles take load off"));
        assertThat(step(then, HIP_STRENGTHENING).sources()).contains("S0", "S1");
        // and given only a possible stress fracture, no strengthening before imaging
        assertNotFired(assess(caseWith(Location.GROIN), possible(FEMORAL_NECK_STRESS_FRACTURE)),
                "Progressive hip strengthening rebuilds a hip after an overuse injury");
    }
}
