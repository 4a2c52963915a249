package org.hiptriage.rules.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.CareStepCode.*;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.CareSoFar;
import org.hiptriage.model.Location;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Timing;
import org.hiptriage.model.Trend;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of care/rebuild.drl. */
class RebuildRulesTest extends RuleTestSupport {

    @Test
    void coreStrengtheningSupportsThePelvisInBackGroinAndJointProblems() {
        // given likely athletic pubalgia
        Explanation then = assess(caseWith(Location.GROIN), likely(ATHLETIC_PUBALGIA));
        // then core strengthening, naming the condition
        assertFired(then, "Core strengthening supports the pelvis in back, groin and joint problems");
        assertThat(step(then, CORE_STRENGTHENING).because()).contains("a strong trunk steadies the pelvis in athletic pubalgia (core muscle injury)");
        // and given GTPS, not by this rule
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)),
                "Core strengthening supports the pelvis in back, groin and joint problems");
    }

    @Test
    void coreStrengtheningAfterBirthRebuildsTheTrunkAndPelvicFloor() {
        // given a runner 20 weeks after birth with a likely hip flexor tendinopathy
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP).runner(runner().sex(Sex.FEMALE).postpartum(20)),
                likely(HIP_FLEXOR_TENDINOPATHY));
        // then core work after the pelvic-floor assessment
        assertFired(then, "Core strengthening after birth rebuilds the trunk and pelvic floor");
        assertThat(step(then, CORE_STRENGTHENING).dose()).contains("once the pelvic floor has been assessed");
        assertThat(step(then, CORE_STRENGTHENING).sources()).anyMatch(s -> s.startsWith("Goom"));
        // and given a runner who has not given birth, not
        assertNotFired(assess(caseWith(Location.FRONT_OF_HIP).runner(runner().sex(Sex.FEMALE)), likely(HIP_FLEXOR_TENDINOPATHY)),
                "Core strengthening after birth rebuilds the trunk and pelvic floor");
    }

    @Test
    void foamRollingEasesTightMusclesAroundTheHipNeverOnABonyPoint() {
        // given a likely IT band syndrome
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(ILIOTIBIAL_BAND_SYNDROME));
        // then foam rolling with S4's 30 seconds, never on a bony point
        assertFired(then, "Foam rolling eases tight muscles around the hip, never on a bony point");
        assertThat(step(then, FOAM_ROLLING).dose()).contains("about 30 seconds").contains("never a painful bony point");
        assertThat(step(then, FOAM_ROLLING).sources()).contains("S4");
        // and given GTPS (a bony point), not
        assertThat(planned(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)), FOAM_ROLLING)).isFalse();
        // and given a suspected stress fracture beside it, not
        assertThat(planned(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN, Timing.AT_NIGHT)),
                likely(HIP_FLEXOR_STRAIN)), FOAM_ROLLING)).isFalse();
    }

    @Test
    void aRunnerWhoShouldSeeAClinicianIsReferredToAPhysicalTherapist() {
        // given a likely labral tear (see a clinician)
        Explanation then = assess(caseWith(Location.GROIN), likely(LABRAL_TEAR));
        // then physical therapy
        assertFired(then, "A runner who should see a clinician is referred to a physical therapist");
        assertThat(step(then, PHYSICAL_THERAPY).because()).contains("the hip should be examined by a clinician; a physical therapist can assess it and guide the plan");
        // and given a self-care picture (v2: the emergency screens answered "no", or it is SEE_CLINICIAN), not
        assertThat(planned(assess(caseWith(Location.LATERAL_HIP).general(screened()), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)),
                PHYSICAL_THERAPY)).isFalse();
    }

    @Test
    void selfCareThatHasNotHelpedCallsForPhysicalTherapy() {
        // given a likely GTPS not improving after 10 days despite 5 days' rest
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).trend(Trend.STABLE))
                .careSoFar(CareSoFar.builder().restedDays(5)), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then physical therapy because self-care failed
        assertFired(then, "Self-care that has not helped calls for physical therapy");
        assertThat(step(then, PHYSICAL_THERAPY).because()).contains("self-care has not helped: pain for 10 days despite 5 days of rest");
        // and given the rest unknown, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).trend(Trend.STABLE)),
                likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)), "Self-care that has not helped calls for physical therapy");
    }

    @Test
    void afterGivingBirthThePelvicFloorIsAssessedBeforeRunning() {
        // given a runner 8 weeks after birth
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP).runner(runner().sex(Sex.FEMALE).postpartum(8)));
        // then pelvic-floor physical therapy first
        assertFired(then, "After giving birth the pelvic floor is assessed before running");
        assertThat(step(then, PELVIC_FLOOR_PHYSICAL_THERAPY).because()).contains("gave birth 8 weeks ago");
        assertThat(step(then, PELVIC_FLOOR_PHYSICAL_THERAPY).dose()).contains("12 weeks");
        // and given pregnancy status unknown (not pregnant by default), not
        assertNotFired(assess(caseWith(Location.FRONT_OF_HIP).runner(runner().sex(Sex.FEMALE))),
                "After giving birth the pelvic floor is assessed before running");
    }

    @Test
    void pelvicGirdlePainInPregnancyIsTreatedByAPelvicHealthPhysicalTherapist() {
        // given a pregnant runner with likely pregnancy-related hip pain
        Explanation then = assess(caseWith(Location.PUBIC_BONE).runner(runner().sex(Sex.FEMALE).pregnant(24)),
                likely(PREGNANCY_RELATED_HIP_PAIN));
        // then a pelvic-health physical therapist, with a pregnancy dose
        assertFired(then, "Pelvic girdle pain in pregnancy is treated by a pelvic-health physical therapist");
        assertThat(step(then, PELVIC_FLOOR_PHYSICAL_THERAPY).because()).contains("hip or pelvic pain in pregnancy");
        assertThat(step(then, PELVIC_FLOOR_PHYSICAL_THERAPY).dose()).isEqualTo("within 1–2 weeks, and again after the birth before running");
        // and given the condition without pregnancy, not
        assertNotFired(assess(caseWith(Location.PUBIC_BONE).runner(runner().sex(Sex.FEMALE)), likely(PREGNANCY_RELATED_HIP_PAIN)),
                "Pelvic girdle pain in pregnancy is treated by a pelvic-health physical therapist");
    }
}
