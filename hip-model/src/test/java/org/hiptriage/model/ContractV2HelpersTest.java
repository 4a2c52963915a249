package org.hiptriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model's v2 helpers: unknown pregnancy, the periods rule by age, the postpartum window, sex-specific IOTF cut-offs. */
class ContractV2HelpersTest {

    @Test
    void anAbsentPregnancyIsUnknownNeverNotPregnant() {
        // given a 30-year-old woman who was not asked about pregnancy
        Runner unasked = Runner.of(30, Sex.FEMALE).build();
        // then she could be pregnant, and is not known not to be
        assertThat(unasked.couldBePregnant()).isTrue();
        assertThat(unasked.isKnownNotPregnant()).isFalse();
        // and given the answer NOT_PREGNANT, or a man, or 60, or periods not started, she could not
        assertThat(Runner.of(30, Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT).build().couldBePregnant()).isFalse();
        assertThat(Runner.of(30, Sex.MALE).build().couldBePregnant()).isFalse();
        assertThat(Runner.of(60, Sex.FEMALE).build().couldBePregnant()).isFalse();
        assertThat(Runner.of(13, Sex.FEMALE).menstrualStatus(MenstrualStatus.NOT_STARTED).build().couldBePregnant()).isFalse();
        // and from 12, or earlier once periods have started
        assertThat(Runner.of(11, Sex.FEMALE).build().couldBePregnant()).isFalse();
        assertThat(Runner.of(11, Sex.FEMALE).menstrualStatus(MenstrualStatus.REGULAR).build().couldBePregnant()).isTrue();
        assertThat(Runner.of(12, Sex.OTHER).build().couldBePregnant()).isTrue();
    }

    @Test
    void irregularPeriodsCountFromFifteenToFortyFive() {
        assertThat(Runner.of(24, Sex.FEMALE).menstrualStatus(MenstrualStatus.IRREGULAR).build().hasMissingOrIrregularPeriods()).isTrue();
        assertThat(Runner.of(14, Sex.FEMALE).menstrualStatus(MenstrualStatus.IRREGULAR).build().hasMissingOrIrregularPeriods()).isFalse();
        assertThat(Runner.of(48, Sex.FEMALE).menstrualStatus(MenstrualStatus.IRREGULAR).build().hasMissingOrIrregularPeriods()).isFalse();
        assertThat(Runner.of(52, Sex.FEMALE).menstrualStatus(MenstrualStatus.POSTMENOPAUSAL).build().hasMissingOrIrregularPeriods()).isFalse();
    }

    @Test
    void periodsNotStartedAtFifteenCount() {
        assertThat(Runner.of(15, Sex.FEMALE).menstrualStatus(MenstrualStatus.NOT_STARTED).build().hasMissingOrIrregularPeriods()).isTrue();
        assertThat(Runner.of(13, Sex.FEMALE).menstrualStatus(MenstrualStatus.NOT_STARTED).build().hasMissingOrIrregularPeriods()).isFalse();
    }

    @Test
    void absentPeriodsWhileBreastfeedingOrAfterBirthDoNotCount() {
        assertThat(Runner.of(30, Sex.FEMALE).menstrualStatus(MenstrualStatus.ABSENT).breastfeeding(true).build().hasMissingOrIrregularPeriods()).isFalse();
        assertThat(Runner.of(30, Sex.FEMALE).menstrualStatus(MenstrualStatus.ABSENT).postpartum(20).build().hasMissingOrIrregularPeriods()).isFalse();
        assertThat(Runner.of(30, Sex.FEMALE).menstrualStatus(MenstrualStatus.ABSENT).postpartum(60).build().hasMissingOrIrregularPeriods()).isTrue();
    }

    @Test
    void pregnancyRelatedPainHasAFiftyTwoWeekWindow() {
        assertThat(Runner.of(30, Sex.FEMALE).postpartum(51).build().isPregnantOrPostpartum()).isTrue();
        assertThat(Runner.of(30, Sex.FEMALE).postpartum(52).build().isPregnantOrPostpartum()).isFalse();
    }

    @Test
    void theOverweightCutOffIsSexSpecific() {
        // a 13-year-old with a BMI of 22.2: over the boys' cut-off (21.91), under the girls' (22.58)
        Runner boy = Runner.of(13, Sex.MALE).heightCm(150.0).weightKg(50.0).build();
        Runner girl = Runner.of(13, Sex.FEMALE).heightCm(150.0).weightKg(50.0).build();
        assertThat(boy.isOverweightForAge()).isTrue();
        assertThat(girl.isOverweightForAge()).isFalse();
    }

    @Test
    void bothLegsIsTheSideOfTheNumbnessNotOfThePain() {
        assertThat(General.builder().legNumbnessOrWeakness(true).legNumbnessOrWeaknessSide(Side.BOTH).build().hasNumbnessOrWeaknessInBothLegs()).isTrue();
        assertThat(General.builder().legNumbnessOrWeakness(true).legNumbnessOrWeaknessSide(Side.LEFT).build().hasNumbnessOrWeaknessInBothLegs()).isFalse();
        assertThat(General.builder().legNumbnessOrWeakness(true).build().numbnessSideUnknown()).isTrue();
    }

    @Test
    void daysAreCountedInWords() {
        assertThat(Pain.daysInWords(1)).isEqualTo("1 day");
        assertThat(Pain.daysInWords(12)).isEqualTo("12 days");
    }
}
