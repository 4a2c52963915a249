package org.hiptriage.rules.avoid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.IMPACT_ACTIVITY;
import static org.hiptriage.model.report.AvoidCode.RUNNING_THROUGH_PAIN;
import static org.hiptriage.model.report.CareStepCode.RETURN_TO_RUN_TEST;
import static org.hiptriage.model.report.CareStepCode.WALK_RUN_PROGRESSION;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of avoid/bone-stress.drl. */
class BoneStressRulesTest extends RuleTestSupport {

    @Test
    void noRunningJumpingOrHoppingWhileAStressFractureIsSuspected() {
        // given a suspected stress fracture
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN, Timing.AT_NIGHT)));
        // then impact is avoided, the reason forbids hopping, and no return step is offered
        assertFired(then, "No running, jumping or hopping while a stress fracture is suspected");
        assertThat(avoid(then, IMPACT_ACTIVITY).reason()).contains("never test the leg by hopping");
        assertThat(avoid(then, IMPACT_ACTIVITY).sources()).contains("S2");
        assertThat(planned(then, RETURN_TO_RUN_TEST) || planned(then, WALK_RUN_PROGRESSION)).isFalse();
        // and given pain only during runs, not
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))),
                "No running, jumping or hopping while a stress fracture is suspected");
    }

    @Test
    void noImpactActivityWhileASameDayOrEmergencyConcernStands() {
        // given saddle numbness beside a likely tendinopathy
        Explanation then = assess(caseWith(Location.BUTTOCK).general(General.builder().saddleNumbness(true)),
                likely(ConditionCode.PROXIMAL_HAMSTRING_TENDINOPATHY));
        // then impact is avoided until assessed
        assertFired(then, "No impact activity while a same-day or emergency concern stands");
        assertThat(avoid(then, IMPACT_ACTIVITY).reason()).contains("Wait until a clinician has assessed the urgent concern");
        // and given the tendinopathy alone, not
        assertNotFired(assess(caseWith(Location.BUTTOCK), likely(ConditionCode.PROXIMAL_HAMSTRING_TENDINOPATHY)),
                "No impact activity while a same-day or emergency concern stands");
    }

    @Test
    void neverRunThroughPain() {
        // given any case
        Explanation then = assess(caseWith(Location.KNEE));
        // then running through pain is always avoided
        assertFired(then, "Never run through pain");
        assertThat(avoid(then, RUNNING_THROUGH_PAIN).reason()).contains("Pain is the guide");
        assertThat(avoid(then, RUNNING_THROUGH_PAIN).sources()).contains("S0", "S3");
    }
}
