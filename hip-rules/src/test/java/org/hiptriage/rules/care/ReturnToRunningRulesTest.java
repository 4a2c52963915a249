package org.hiptriage.rules.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.CareStepCode.*;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.report.Phase;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of care/return-to-running.drl. */
class ReturnToRunningRulesTest extends RuleTestSupport {

    @Test
    void aRunnerWithoutAnUrgentConcernReturnsThroughATestRun() {
        // given a likely GTPS
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then a test run with S3's 3/10 rule
        assertFired(then, "A runner without an urgent concern returns through a test run");
        assertThat(step(then, RETURN_TO_RUN_TEST).phase()).isEqualTo(Phase.RETURN);
        assertThat(step(then, RETURN_TO_RUN_TEST).dose()).contains("3/10");
        // and given a possible stress fracture beside it, never
        Explanation fracture = assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME), possible(FEMORAL_NECK_STRESS_FRACTURE));
        assertNotFired(fracture, "A runner without an urgent concern returns through a test run");
        assertThat(planned(fracture, RETURN_TO_RUN_TEST)).isFalse();
    }

    @Test
    void aRunnerWithoutAnUrgentConcernBuildsBackWithWalkRunIntervals() {
        // given a likely adductor tendinopathy
        Explanation then = assess(caseWith(Location.INNER_THIGH), likely(ADDUCTOR_TENDINOPATHY));
        // then walk-run intervals, labelled a convention
        assertFired(then, "A runner without an urgent concern builds back with walk-run intervals");
        assertThat(step(then, WALK_RUN_PROGRESSION).because()).contains("running time is rebuilt gradually while pain stays low");
        assertThat(step(then, WALK_RUN_PROGRESSION).sources()).anyMatch(s -> s.startsWith("hip-triage convention"));
        // and given severe pain, never
        assertThat(planned(assess(caseWith(Location.INNER_THIGH).pain(org.hiptriage.model.Pain.of(9, org.hiptriage.model.Onset.GRADUAL, 10,
                Location.INNER_THIGH)), likely(ADDUCTOR_TENDINOPATHY)), WALK_RUN_PROGRESSION)).isFalse();
    }
}
