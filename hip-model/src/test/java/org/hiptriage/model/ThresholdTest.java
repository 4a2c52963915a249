package org.hiptriage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hiptriage.model.report.Likelihood;
import org.hiptriage.model.report.Source;
import org.hiptriage.model.validation.ContractRange;
import org.junit.jupiter.api.Test;

/** The table of thresholds: every entry says what it is and where it comes from, and the model reads its values. */
class ThresholdTest {

    @Test
    void everyThresholdHasAValueAUnitAMeaningAndAKnownSource() {
        for (Threshold t : Threshold.values()) {
            assertThat(t.unit()).as(t.name()).isNotNull();
            assertThat(t.meaning()).as(t.name() + ": a meaning in plain words, a sentence").isNotBlank().endsWith(".");
            assertThat(t.sourceKeys()).as(t.name() + ": at least one source (CONVENTION when no trial settles it)").isNotEmpty();
            for (String key : t.sourceKeys()) {
                assertThat(Source.byKey(key)).as(t.name() + " cites " + key + ", a key of Source").isPresent();
            }
            assertThat(t.valueInWords()).as(t.name()).isNotBlank();
        }
    }

    @Test
    void aThresholdIsReadInItsOwnUnitOnly() {
        // given a number of days, then it reads as days and is refused as years: no rule compares days with an age
        assertThat(Threshold.NEW_PAIN_MAX_DAYS.whole(Threshold.Unit.DAYS)).isEqualTo(14);
        assertThatThrownBy(() -> Threshold.NEW_PAIN_MAX_DAYS.whole(Threshold.Unit.YEARS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEW_PAIN_MAX_DAYS is in days, not years");
        assertThatThrownBy(() -> Pain.builder().durationDays(3).build().lastedAtMost(Threshold.FRAGILE_BONE_AGE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModelReadsItsThresholdsFromTheTable() {
        // the constants other code names are the table's values
        assertThat(Runner.ADOLESCENT_MAX_AGE).isEqualTo(17);
        assertThat(History.DISTANCE_RUNNER_KM_PER_WEEK).isEqualTo(Threshold.DISTANCE_RUNNER_KM_PER_WEEK.value());
        assertThat(Likelihood.POSSIBLE_SCORE).isEqualTo(3);
        assertThat(Likelihood.LIKELY_SCORE).isEqualTo(6);
        // and the helpers behave at the edges of the table's values
        assertThat(Runner.of(17, Sex.MALE).build().isAdult()).isFalse();
        assertThat(Runner.of(18, Sex.MALE).build().isAdult()).isTrue();
        assertThat(Runner.builder().sex(Sex.MALE).build().isAdult()).as("an unknown age is not adult").isFalse();
        assertThat(Pain.builder().durationDays(41).build().lastedLessThan(Threshold.EARLY_TENDON_PAIN_DAYS)).isTrue();
        assertThat(Pain.builder().durationDays(42).build().lastedLessThan(Threshold.EARLY_TENDON_PAIN_DAYS)).isFalse();
        assertThat(Pain.builder().build().lastedLessThan(Threshold.EARLY_TENDON_PAIN_DAYS)).as("unknown duration").isFalse();
        assertThat(CareSoFar.builder().restedDays(1).build().triedSelfCare()).isTrue();
        assertThat(CareSoFar.builder().restedDays(0).build().triedSelfCare()).isFalse();
    }

    @Test
    void theOverweightTablesCoverEveryChildsAgeTheContractAccepts() {
        // from the youngest age the contract accepts to the oldest adolescent, then the adult cut-off
        for (Threshold table : new Threshold[] {Threshold.OVERWEIGHT_BMI_BOYS, Threshold.OVERWEIGHT_BMI_GIRLS}) {
            assertThat(table.isByAge()).isTrue();
            assertThat(table.firstAge()).isEqualTo(ContractRange.AGE.min()).isEqualTo(Runner.SLIPPED_EPIPHYSIS_MIN_AGE);
            assertThat(table.lastAge()).isEqualTo(Runner.ADOLESCENT_MAX_AGE);
        }
        assertThat(Threshold.OVERWEIGHT_BMI_BOYS.forAge(13)).isEqualTo(21.91);
        assertThat(Threshold.OVERWEIGHT_BMI_GIRLS.valueInWords()).startsWith("18.35 at 8, 19.07 at 9,").endsWith("24.70 at 17");
        assertThat(Threshold.ADOLESCENT_MAX_AGE.valueInWords()).isEqualTo("17");
        assertThat(Threshold.OVERWEIGHT_BMI_BOYS.forAge(8)).isEqualTo(18.44);
        assertThat(Threshold.OVERWEIGHT_BMI_BOYS.forAge(17)).isEqualTo(24.46);
    }
}
