package org.hiptriage.rules.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.CareStepCode.*;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of care/settle.drl. */
class SettleRulesTest extends RuleTestSupport {

    @Test
    void whileRunningIsPausedCrossTrainingKeepsTheFitness() {
        // given a likely hip flexor tendinopathy (relative rest)
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_TENDINOPATHY));
        // then cross-training with its dose
        assertFired(then, "While running is paused, cross-training keeps the fitness");
        assertThat(step(then, CROSS_TRAINING).because()).contains("running is paused while the hip settles");
        assertThat(step(then, CROSS_TRAINING).dose()).contains("20–45 minutes");
        // and given an urgent concern, no cross-training before being seen
        assertThat(planned(assess(caseWith(Location.FRONT_OF_HIP)
                .general(General.builder().fever(true)), likely(HIP_FLEXOR_TENDINOPATHY)),
                CROSS_TRAINING)).isFalse();
    }

    @Test
    void gentleMobilityKeepsASoreHipMoving() {
        // given likely hip osteoarthritis
        Explanation then = assess(caseWith(Location.GROIN).runner(runner().age(62)), likely(HIP_OSTEOARTHRITIS));
        // then gentle mobility
        assertFired(then, "Gentle mobility keeps a sore hip moving");
        assertThat(step(then, GENTLE_MOBILITY).because()).contains("a hip kept gently moving stiffens less");
        assertThat(step(then, GENTLE_MOBILITY).sources()).contains("S2");
        // and given no condition fits, not
        assertNotFired(assess(caseWith(Location.KNEE)), "Gentle mobility keeps a sore hip moving");
    }
}
