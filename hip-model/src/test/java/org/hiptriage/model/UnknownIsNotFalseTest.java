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
        FunctionStatus cannot = new FunctionStatus(false, true, null, null, false, null);
        assertThat(cannot.cannotBearWeight()).isTrue();
        assertThat(cannot.limps()).isTrue();
        assertThat(cannot.walkingHurts()).isTrue();
        assertThat(new FunctionStatus(true, false, false, false, true, null).cannotBearWeight()).isFalse();
    }

    @Test
    void generalHelpersNeedAKnownFact() {
        assertThat(General.UNKNOWN.hasFever()).isFalse();
        assertThat(new General(false, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null).hasFever()).isFalse();
        assertThat(new General(true, true, true, true, true, true, true, null, null, null, null, null, null, null, null, null, null)).satisfies(g -> {
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
        Exam notTender = new Exam(false, null, null, null, null, null, null, null, null, null, null, null, null);
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
        Pain pain = new Pain(null, where, null, 3, Onset.GRADUAL, null, 5, null, null, null, null);
        where.add(Location.KNEE);
        assertThat(pain.locations()).containsExactly(Location.GROIN);
        assertThat(Assessment.builder().build().general()).isEqualTo(General.UNKNOWN);
    }
}
