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
        // and given any of the v2 candidates beside it (a broken hip, a slipped growth plate, an avulsion, a hamstring tear,
        // avascular necrosis, an infected joint), never; the hamstring tear and avascular necrosis call only for SEE_CLINICIAN,
        // so the candidate itself keeps the test run out
        for (var code : new org.hiptriage.model.report.ConditionCode[] {HIP_FRACTURE, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, APOPHYSEAL_AVULSION,
                PROXIMAL_HAMSTRING_TEAR, AVASCULAR_NECROSIS, SEPTIC_ARTHRITIS}) {
            Explanation beside = assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME), possible(code));
            assertNotFired(beside, "A runner without an urgent concern returns through a test run");
            assertThat(planned(beside, RETURN_TO_RUN_TEST)).as(code.name()).isFalse();
        }
        // and given a possible inguinal hernia beside it (not on the list), the test run stays
        assertThat(planned(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME), possible(INGUINAL_HERNIA)),
                RETURN_TO_RUN_TEST)).isTrue();
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
        // and given a possible hamstring tear or avascular necrosis beside it (SEE_CLINICIAN only), never
        for (var code : new org.hiptriage.model.report.ConditionCode[] {PROXIMAL_HAMSTRING_TEAR, AVASCULAR_NECROSIS, HIP_FRACTURE,
                SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, APOPHYSEAL_AVULSION, SEPTIC_ARTHRITIS}) {
            Explanation beside = assess(caseWith(Location.INNER_THIGH), likely(ADDUCTOR_TENDINOPATHY), possible(code));
            assertNotFired(beside, "A runner without an urgent concern builds back with walk-run intervals");
            assertThat(planned(beside, WALK_RUN_PROGRESSION)).as(code.name()).isFalse();
        }
    }
}
