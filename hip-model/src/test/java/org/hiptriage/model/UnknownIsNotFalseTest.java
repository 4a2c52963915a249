package org.hiptriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers the rules use are true only for facts KNOWN to be true: unknown is never false, nor true. */
class UnknownIsNotFalseTest {

    @Test
    void functionHelpersNeedAKnownFact() {
        assertThat(FunctionStatus.UNKNOWN.cannotBearWeight()).isFalse();
        assertThat(FunctionStatus.UNKNOWN.bearsWeight()).isFalse();
        assertThat(FunctionStatus.UNKNOWN.walkingHurts()).isFalse();
        assertThat(FunctionStatus.UNKNOWN.walksPainFree()).isFalse();
        FunctionStatus cannot = FunctionStatus.builder().canBearWeight(false).limp(true).painFreeWalking(false).build();
        assertThat(cannot.cannotBearWeight()).isTrue();
        assertThat(cannot.limps()).isTrue();
        assertThat(cannot.walkingHurts()).isTrue();
        assertThat(FunctionStatus.builder().canBearWeight(true).limp(false).limitedHipMotion(false)
                .dailyActivitiesLimited(false).painFreeWalking(true).build().cannotBearWeight()).isFalse();
    }

    @Test
    void generalHelpersNeedAKnownFact() {
        assertThat(General.UNKNOWN.hasFever()).isFalse();
        assertThat(General.builder().fever(false).build().hasFever()).isFalse();
        assertThat(General.builder().fever(true).unexplainedWeightLoss(true).cancerHistory(true).nightSweats(true)
                .bladderOrBowelChange(true).saddleNumbness(true).legNumbnessOrWeakness(true).build()).satisfies(g -> {
            assertThat(g.hasFever()).isTrue();
            assertThat(g.hasUnexplainedWeightLoss()).isTrue();
            assertThat(g.hasCancerHistory()).isTrue();
            assertThat(g.hasNightSweats()).isTrue();
            assertThat(g.hasBladderOrBowelChange()).isTrue();
            assertThat(g.hasSaddleNumbness()).isTrue();
            assertThat(g.hasLegNumbnessOrWeakness()).isTrue();
        });
    }

    @Test
    void knownNotWorseWithNeedsTheListToHaveBeenAnswered() {
        Pain unasked = Pain.of(3, Onset.GRADUAL, 5, Location.LATERAL_HIP).build();
        assertThat(unasked.worseWith(Aggravator.STAIRS)).isFalse();
        assertThat(unasked.knownNotWorseWith(Aggravator.STAIRS)).isFalse();
        Pain none = Pain.of(3, Onset.GRADUAL, 5, Location.LATERAL_HIP).aggravators().build();
        assertThat(none.knownNotWorseWith(Aggravator.STAIRS)).isTrue();
        Pain stairs = Pain.of(3, Onset.GRADUAL, 5, Location.LATERAL_HIP).aggravators(Aggravator.STAIRS).build();
        assertThat(stairs.worseWith(Aggravator.STAIRS)).isTrue();
        assertThat(stairs.knownNotWorseWith(Aggravator.STAIRS)).isFalse();
    }

    @Test
    void examHelpersTellNotTenderFromNotExamined() {
        assertThat(Exam.NONE.trochanterTender()).isFalse();
        assertThat(Exam.NONE.trochanterNotTender()).isFalse();
        Exam notTender = Exam.builder().greaterTrochanterTenderness(false).build();
        assertThat(notTender.trochanterNotTender()).isTrue();
        assertThat(notTender.trochanterTender()).isFalse();
    }

    @Test
    void periodsCountOnlyWhenKnownIrregularOrAbsentOutsidePregnancy() {
        assertThat(Runner.of(25, Sex.FEMALE).build().hasMissingOrIrregularPeriods()).isFalse();
        assertThat(Runner.of(25, Sex.FEMALE).menstrualStatus(MenstrualStatus.ABSENT).build().hasMissingOrIrregularPeriods()).isTrue();
        assertThat(Runner.of(25, Sex.FEMALE).menstrualStatus(MenstrualStatus.ABSENT).postpartum(8).build()
                .hasMissingOrIrregularPeriods()).isFalse();
    }

    @Test
    void numericHelpersAreFalseWhenTheNumberIsUnknown() {
        assertThat(History.UNKNOWN.distanceRoseByAtLeast(0)).isFalse();
        assertThat(History.UNKNOWN.shoesHaveRunAtLeast(0)).isFalse();
        assertThat(CareSoFar.UNKNOWN.restedAtLeastDays(0)).isFalse();
        assertThat(Runner.of(30, Sex.MALE).build().bodyMassIndex()).isNull();
        assertThat(Runner.of(30, Sex.MALE).heightCm(200.0).weightKg(100.0).build().bodyMassIndex()).isEqualTo(25.0);
    }

    @Test
    void recordsCopyTheirListsSoACaseCannotChangeAfterItIsBuilt() {
        List<Location> where = new ArrayList<>(List.of(Location.GROIN));
        Pain pain = Pain.builder().locations(where).severity(3).onset(Onset.GRADUAL).durationDays(5).build();
        where.add(Location.KNEE);
        assertThat(pain.locations()).containsExactly(Location.GROIN);
        assertThat(Assessment.builder().build().general()).isEqualTo(General.UNKNOWN);
    }
}
