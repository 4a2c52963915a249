package org.hiptriage.rules.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.CareStepCode.*;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.Phase;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of care/protect.drl. */
class ProtectRulesTest extends RuleTestSupport {

    static Explanation suspectedStressFracture() {
        return assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN, Timing.AT_NIGHT)));
    }

    @Test
    void aSuspectedStressFractureMeansStopRunningNow() {
        // given groin pain with running that now comes at night
        Explanation then = suspectedStressFracture();
        // then stop running until imaged
        assertFired(then, "A suspected stress fracture means stop running now");
        assertThat(step(then, STOP_RUNNING).phase()).isEqualTo(Phase.PROTECT);
        assertThat(step(then, STOP_RUNNING).because()).contains("a stress fracture is suspected");
        assertThat(step(then, STOP_RUNNING).dose()).isEqualTo("until imaging has ruled out a stress fracture");
        // and given pain during runs only, no stop
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))),
                "A suspected stress fracture means stop running now");
    }

    @Test
    void aSuspectedStressFractureMeansKeepingWeightOffTheLegUntilImaged() {
        // given a suspected stress fracture
        Explanation then = suspectedStressFracture();
        // then crutches until imaged
        assertFired(then, "A suspected stress fracture means keeping weight off the leg until imaged");
        assertThat(step(then, PROTECTED_WEIGHT_BEARING).because()).contains("a stress fracture is suspected");
        assertThat(step(then, PROTECTED_WEIGHT_BEARING).sources()).contains("S2");
    }

    @Test
    void aRunnerWhoCannotBearWeightUsesCrutchesUntilAssessed() {
        // given a leg that cannot take weight
        Explanation then = assess(caseWith(Location.GROIN).function(FunctionStatus.builder().canBearWeight(false)));
        // then protected weight bearing until examined
        assertFired(then, "A runner who cannot bear weight uses crutches until assessed");
        assertThat(step(then, PROTECTED_WEIGHT_BEARING).because()).contains("cannot bear weight on the leg");
        assertThat(step(then, PROTECTED_WEIGHT_BEARING).dose()).isEqualTo("until a clinician has examined the hip");
        // and given weight bearing unknown, not
        assertNotFired(assess(caseWith(Location.GROIN)), "A runner who cannot bear weight uses crutches until assessed");
    }

    @Test
    void anUrgentOrEmergencyConcernMeansNoRunningUntilAssessed() {
        // given fever with hip pain
        Explanation then = assess(caseWith(Location.GROIN).general(General.builder().fever(true)));
        // then stop running
        assertFired(then, "An urgent or emergency concern means no running until assessed");
        assertThat(step(then, STOP_RUNNING).because()).contains("an urgent concern needs assessing first");
        // and given a likely tendinopathy alone, not
        assertNotFired(assess(caseWith(Location.GROIN), likely(HIP_FLEXOR_TENDINOPATHY)),
                "An urgent or emergency concern means no running until assessed");
    }

    @Test
    void relativeRestSettlesARunningOveruseInjury() {
        // given a likely adductor tendinopathy
        Explanation then = assess(caseWith(Location.INNER_THIGH), likely(ADDUCTOR_TENDINOPATHY));
        // then relative rest with S0's dose
        assertFired(then, "Relative rest settles a running overuse injury");
        assertThat(step(then, RELATIVE_REST).dose()).contains("24–48 hours");
        assertThat(step(then, RELATIVE_REST).sources()).contains("S0");
        // and given an urgent concern, not (running stops instead)
        assertNotFired(assess(caseWith(Location.INNER_THIGH)
                .general(General.builder().cancerHistory(true)), likely(ADDUCTOR_TENDINOPATHY)),
                "Relative rest settles a running overuse injury");
    }

    @Test
    void iceEasesThePainOfARunningInjury() {
        // given a likely gluteus medius strain
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(GLUTEUS_MEDIUS_STRAIN));
        // then ice 15–20 minutes
        assertFired(then, "Ice eases the pain of a running injury");
        assertThat(step(then, ICE).dose()).contains("15–20 minutes");
        assertThat(step(then, ICE).because()).contains("ice eases pain in the first days");
    }

    @Test
    void aFreshMuscleStrainIsCompressedInTheFirstTwoDays() {
        // given a hip flexor strain that began suddenly 2 days ago
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP).pain(Pain.of(4, Onset.SUDDEN, 2, Location.FRONT_OF_HIP)),
                likely(HIP_FLEXOR_STRAIN));
        // then compression, with the strain named
        assertFired(then, "A fresh muscle strain is compressed in the first two days");
        assertThat(step(then, COMPRESSION).because()).contains("a fresh hip flexor strain, 2 days old");
        // and given a 10-day-old strain, or a tendinopathy, not
        assertNotFired(assess(caseWith(Location.FRONT_OF_HIP).pain(Pain.of(4, Onset.SUDDEN, 10, Location.FRONT_OF_HIP)), likely(HIP_FLEXOR_STRAIN)),
                "A fresh muscle strain is compressed in the first two days");
        assertNotFired(assess(caseWith(Location.FRONT_OF_HIP).pain(Pain.of(4, Onset.SUDDEN, 2, Location.FRONT_OF_HIP)), likely(HIP_FLEXOR_TENDINOPATHY)),
                "A fresh muscle strain is compressed in the first two days");
    }

    @Test
    void aFreshMuscleStrainIsElevatedInTheFirstTwoDays() {
        // given a gluteus medius strain that began suddenly yesterday
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(4, Onset.SUDDEN, 1, Location.LATERAL_HIP)),
                likely(GLUTEUS_MEDIUS_STRAIN));
        // then elevation
        assertFired(then, "A fresh muscle strain is elevated in the first two days");
        assertThat(step(then, ELEVATION).because()).contains("a fresh gluteus medius strain, 1 day old"); // v2 words: "1 day", not "1 days"
        assertThat(step(then, ELEVATION).phase()).isEqualTo(Phase.PROTECT);
        // and given a gradual onset, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(4, Onset.GRADUAL, 1, Location.LATERAL_HIP)), likely(GLUTEUS_MEDIUS_STRAIN)),
                "A fresh muscle strain is elevated in the first two days");
    }

    static final String PROTECT = "A suspected slipped growth plate or broken hip means keeping weight off the leg until X-rayed";
    static final String STOP = "A suspected slipped growth plate or broken hip means stop running now";

    @Test
    void aSuspectedSlippedGrowthPlateOrBrokenHipMeansKeepingWeightOffTheLegUntilXRayed() {
        // given a 12-year-old with a possible slipped growth plate
        Explanation then = assess(caseWith(Location.KNEE).runner(runner().age(12)), possible(SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS));
        // then crutches until the X-ray is read
        assertFired(then, PROTECT);
        assertThat(step(then, PROTECTED_WEIGHT_BEARING).because()).contains("slipped capital femoral epiphysis is possible");
        assertThat(step(then, PROTECTED_WEIGHT_BEARING).dose()).isEqualTo("until an X-ray has been read");
        // and given a possible broken hip, too
        assertThat(step(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(70)), possible(HIP_FRACTURE)), PROTECTED_WEIGHT_BEARING).because())
                .anyMatch(b -> b.startsWith("hip fracture") && b.endsWith("is possible"));
        // and given a likely GTPS, not
        Explanation gtps = assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertNotFired(gtps, PROTECT);
        assertThat(planned(gtps, PROTECTED_WEIGHT_BEARING)).isFalse();
    }

    @Test
    void aSuspectedSlippedGrowthPlateOrBrokenHipMeansStopRunningNow() {
        // given a possible broken hip
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(70)), possible(HIP_FRACTURE));
        // then stop running, saying why
        assertFired(then, STOP);
        assertThat(step(then, STOP_RUNNING).because()).anyMatch(b -> b.startsWith("hip fracture") && b.endsWith("is possible"));
        // and given a possible slipped growth plate, too
        assertThat(step(assess(caseWith(Location.KNEE).runner(runner().age(12)), possible(SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS)), STOP_RUNNING).because())
                .contains("slipped capital femoral epiphysis is possible");
        // and given a likely GTPS, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)), STOP);
    }
}
