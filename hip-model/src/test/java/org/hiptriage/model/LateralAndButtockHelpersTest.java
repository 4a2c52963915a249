package org.hiptriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The helpers the lateral-hip, buttock and growing-skeleton rules use: true only for known facts. */
class LateralAndButtockHelpersTest {

    @Test
    void overweightForAgeUsesTheChildCutOffsAndNeedsHeightWeightAndAge() {
        // a 12-year-old with a BMI of 22.2 is overweight for the age, though far below the adult 25
        assertThat(Runner.of(12, Sex.MALE).heightCm(150.0).weightKg(50.0).build().isOverweightForAge()).isTrue();
        // the same BMI at 30 is not
        assertThat(Runner.of(30, Sex.MALE).heightCm(150.0).weightKg(50.0).build().isOverweightForAge()).isFalse();
        // a lean 12-year-old (BMI 17.8) is not
        assertThat(Runner.of(12, Sex.MALE).heightCm(150.0).weightKg(40.0).build().isOverweightForAge()).isFalse();
        // unknown weight is not overweight
        assertThat(Runner.of(12, Sex.MALE).heightCm(150.0).build().isOverweightForAge()).isFalse();
    }

    @Test
    void slippedEpiphysisAgeIsEightToSeventeen() {
        // the review decided the SCFE band is 8 to 17, as the adolescent rules and the rulebook say
        assertThat(Runner.of(8, Sex.FEMALE).build().isAtSlippedEpiphysisAge()).isTrue();
        assertThat(Runner.of(17, Sex.MALE).build().isAtSlippedEpiphysisAge()).isTrue();
        assertThat(Runner.of(18, Sex.MALE).build().isAtSlippedEpiphysisAge()).isFalse();
        assertThat(Runner.builder().sex(Sex.MALE).build().isAtSlippedEpiphysisAge()).isFalse();
    }

    @Test
    void sittingAndReachHelpersNeedAnsweredLists() {
        Pain unasked = Pain.of(3, Onset.GRADUAL, 5, Location.BUTTOCK).build();
        assertThat(unasked.worseSitting()).isFalse();
        assertThat(unasked.reachesAny(Location.BACK_OF_THIGH)).isFalse();
        Pain sitting = Pain.of(3, Onset.GRADUAL, 5, Location.BUTTOCK).timing(Timing.AFTER_SITTING)
                .radiatesTo(Location.BACK_OF_THIGH).build();
        assertThat(sitting.worseSitting()).isTrue();
        assertThat(sitting.reachesAny(Location.KNEE, Location.BACK_OF_THIGH)).isTrue();
        assertThat(Pain.of(3, Onset.GRADUAL, 5, Location.BUTTOCK).aggravators(Aggravator.PROLONGED_SITTING).build()
                .worseSitting()).isTrue();
    }

    @Test
    void noFeverOnlyWhenKnown() {
        assertThat(General.UNKNOWN.knownNoFever()).isFalse();
        assertThat(General.builder().fever(false).build().knownNoFever()).isTrue();
        assertThat(General.builder().fever(true).build().knownNoFever()).isFalse();
    }
}
