package org.hiptriage.rules.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.CareStepCode.*;
import static org.hiptriage.model.report.ConditionCode.*;

import java.util.List;
import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Exam;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Surface;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.Phase;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of care/prevention.drl. */
class PreventionRulesTest extends RuleTestSupport {

    @Test
    void aRunnerWhoseDistanceRoseSharplyBuildsMileageGradually() {
        // given distance up 25 %
        Explanation then = assess(caseWith(Location.LATERAL_HIP).history(History.builder().distanceIncreasePercent(25.0)),
                likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then gradual mileage, saying by how much it rose
        assertFired(then, "A runner whose distance rose sharply builds mileage gradually");
        assertThat(step(then, GRADUAL_MILEAGE).because()).contains("running distance rose 25 % in the last 4 weeks");
        // and given the change unknown, or a fall in distance, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)),
                "A runner whose distance rose sharply builds mileage gradually");
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).history(History.builder().distanceIncreasePercent(-10.0)),
                likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)), "A runner whose distance rose sharply builds mileage gradually");
    }

    @Test
    void shoesPast480KmAreReplaced() {
        // given shoes with 700 km
        Explanation then = assess(caseWith(Location.LATERAL_HIP).history(History.builder().shoeDistanceKm(700.0)));
        // then replace them
        assertFired(then, "Shoes past 480 km are replaced");
        assertThat(step(then, REPLACE_SHOES).because()).contains("the shoes have run 700 km");
        // and given 300 km, or unknown, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)
                .history(History.builder().shoeDistanceKm(300.0))), "Shoes past 480 km are replaced");
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)), "Shoes past 480 km are replaced");
    }

    @Test
    void aRunnerOnCamberedRoadsMovesToSoftFlatSurfaces() {
        // given a runner on cambered roads
        Explanation then = assess(caseWith(Location.LATERAL_HIP)
                .history(History.builder().surfaces(Surface.CAMBERED, Surface.ROAD)));
        // then soft, flat surfaces
        assertFired(then, "A runner on cambered roads moves to soft, flat surfaces");
        assertThat(step(then, SOFT_FLAT_SURFACES).because()).contains("runs on cambered roads");
        // and given the surfaces unknown, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)), "A runner on cambered roads moves to soft, flat surfaces");
    }

    @Test
    void outerHipAndItBandPainCallsForSoftFlatStraightCourses() {
        // given a likely IT band syndrome
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(ILIOTIBIAL_BAND_SYNDROME));
        // then soft, flat surfaces
        assertFired(then, "Outer hip and IT band pain calls for soft, flat, straight courses");
        assertThat(step(then, SOFT_FLAT_SURFACES).because()).contains("slopes, cambers and turns load the outer hip (iliotibial band syndrome (at the hip))");
        assertThat(step(then, SOFT_FLAT_SURFACES).phase()).isEqualTo(Phase.PREVENT);
        // and given a groin problem, not
        assertNotFired(assess(caseWith(Location.GROIN), likely(ADDUCTOR_TENDINOPATHY)), "Outer hip and IT band pain calls for soft, flat, straight courses");
    }

    @Test
    void aRunnerBuildingBackWarmsUpDynamicallyBeforeEveryRun() {
        // given a likely adductor tendinopathy
        Explanation then = assess(caseWith(Location.INNER_THIGH), likely(ADDUCTOR_TENDINOPATHY));
        // then a dynamic warm-up of 5–10 minutes
        assertFired(then, "A runner building back warms up dynamically before every run");
        assertThat(step(then, DYNAMIC_WARM_UP).dose()).contains("5–10 minutes");
        assertThat(step(then, DYNAMIC_WARM_UP).sources()).contains("S2", "S3", "S4");
        // and given an urgent concern, not
        assertNotFired(assess(caseWith(Location.INNER_THIGH)
                .general(General.builder().fever(true)), likely(ADDUCTOR_TENDINOPATHY)),
                "A runner building back warms up dynamically before every run");
    }

    @Test
    void aRunnerBuildingBackCoolsDownAfterEveryRun() {
        // given a likely iliopsoas bursitis
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP), likely(ILIOPSOAS_BURSITIS));
        // then a cool-down
        assertFired(then, "A runner building back cools down after every run");
        assertThat(step(then, COOL_DOWN).because()).contains("a cool-down lets the hip muscles settle after the run");
        assertThat(step(then, COOL_DOWN).sources()).containsExactly("S4");
    }

    @Test
    void aShorterQuickerStrideSparesTheHipFlexors() {
        // given a likely hip flexor strain
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_STRAIN));
        // then running form
        assertFired(then, "A shorter, quicker stride spares the hip flexors");
        assertThat(step(then, RUNNING_FORM).because()).contains("long strides overload the hip flexors (hip flexor strain)");
        // and given GTPS, not by this rule
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)), "A shorter, quicker stride spares the hip flexors");
    }

    @Test
    void anUprightBalancedPostureSparesTheLowerBackAndHip() {
        // given likely lumbar referred pain
        Explanation then = assess(caseWith(Location.LOWER_BACK), likely(LUMBAR_REFERRED_PAIN));
        // then running form with S4's posture cues
        assertFired(then, "An upright, balanced posture spares the lower back and hip");
        assertThat(step(then, RUNNING_FORM).dose()).contains("arms swinging forward and back");
        assertThat(step(then, RUNNING_FORM).because()).contains("a leaning posture stresses the lower back, the source of the pain");
    }

    @Test
    void aPelvisThatDropsOnThePainfulLegCallsForWorkOnRunningForm() {
        // given a positive Trendelenburg sign
        Explanation then = assess(caseWith(Location.LATERAL_HIP).exam(Exam.builder().trendelenburgSign(true)),
                likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then running form
        assertFired(then, "A pelvis that drops on the painful leg calls for work on running form");
        assertThat(step(then, RUNNING_FORM).because()).contains("the pelvis drops on the painful leg (Trendelenburg sign)");
        // and given the sign not examined, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)),
                "A pelvis that drops on the painful leg calls for work on running form");
    }

    @Test
    void aRunnerWhoEatsTooLittleForTheTrainingIsToldToEatEnough() {
        // given a woman with absent periods and groin pain with running (a suspected stress fracture)
        Explanation then = assess(caseWith(Location.GROIN).runner(runner().sex(Sex.FEMALE).menstrualStatus(MenstrualStatus.ABSENT))
                .pain(pain(Location.GROIN).timing(Timing.DURING_RUN)));
        // then eating enough is advised even under an urgent disposition
        assertFired(then, "A runner who eats too little for the training is told to eat enough");
        assertThat(step(then, RECOVERY_HABITS).dose()).contains("eat enough for the training");
        assertThat(step(then, RECOVERY_HABITS).because()).contains("too little energy for the training (RED-S) weakens bone");
        // and given energy availability unknown, not
        assertNotFired(assess(caseWith(Location.GROIN)), "A runner who eats too little for the training is told to eat enough");
    }

    @Test
    void aRunnerWithoutARestDayPlansRestDays() {
        // given no rest day in the week
        Explanation then = assess(caseWith(Location.LATERAL_HIP).history(History.builder().restDaysPerWeek(0)));
        // then rest days
        assertFired(then, "A runner without a rest day plans rest days");
        assertThat(step(then, RECOVERY_HABITS).because()).contains("no rest day in the week");
        assertThat(step(then, RECOVERY_HABITS).dose()).contains("rest days a week");
        // and given two rest days, or unknown, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)
                .history(History.builder().restDaysPerWeek(2))), "A runner without a rest day plans rest days");
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)), "A runner without a rest day plans rest days");
    }
}
