package org.hiptriage.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.CareSoFar;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Side;
import org.hiptriage.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of contract §1: ranges, required fields, lists and contradictions; all problems at once. */
class AssessmentValidatorTest {

    private static Runner.Builder runner() {
        return Runner.of(30, Sex.FEMALE);
    }

    private static Pain.Builder pain() {
        return Pain.of(4, Onset.GRADUAL, 10, Location.GROIN);
    }

    private static List<String> problems(Assessment.Builder b) {
        return AssessmentValidator.validate(b.build()).stream().map(Problem::message).toList();
    }

    /** A history with only the number {@code field} known. */
    private static History.Builder history(String field, double value) {
        History.Builder h = History.builder();
        return switch (field) {
            case "weeklyDistanceKm" -> h.weeklyDistanceKm(value);
            case "distanceIncreasePercent" -> h.distanceIncreasePercent(value);
            case "shoeDistanceKm" -> h.shoeDistanceKm(value);
            case "sittingHoursPerDay" -> h.sittingHoursPerDay(value);
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    void aMinimalCompleteAssessmentIsValid() {
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain()))).isEmpty();
    }

    @ParameterizedTest(name = "runner.age {0} valid: {1}")
    @CsvSource({"7,false", "8,true", "100,true", "101,false"})
    void ageIsWholeYearsFrom8To100(int age, boolean valid) {
        List<String> found = problems(Assessment.builder().runner(runner().age(age)).pain(pain()));
        assertThat(found.isEmpty()).isEqualTo(valid);
        if (!valid) {
            assertThat(found).containsExactly("runner.age: must be 8 to 100 (whole years), was " + age);
        }
    }

    @ParameterizedTest(name = "pain.severity {0} valid: {1}")
    @CsvSource({"-1,false", "0,true", "10,true", "11,false"})
    void severityIs0To10(int severity, boolean valid) {
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain().severity(severity))).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "pain.durationDays {0} valid: {1}")
    @CsvSource({"-1,false", "0,true", "3650,true", "3651,false"})
    void durationIs0To3650Days(int days, boolean valid) {
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain().durationDays(days))).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} weeks {1} valid: {2}")
    @CsvSource({"POSTPARTUM,0,true", "POSTPARTUM,104,true", "POSTPARTUM,105,false", "POSTPARTUM,-1,false",
            "PREGNANT,42,true", "PREGNANT,43,false"})
    void weeksPregnantOrPostpartumHaveTheirRanges(Pregnancy pregnancy, int weeks, boolean valid) {
        assertThat(problems(Assessment.builder().runner(runner().pregnancy(pregnancy).weeksPregnantOrPostpartum(weeks))
                .pain(pain())).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "heightCm {0}, weightKg {1} valid: {2}")
    @CsvSource({"100,25,true", "230,250,true", "99.9,60,false", "230.1,60,false", "170,24.9,false", "170,250.5,false"})
    void heightAndWeightHaveTheirRanges(double height, double weight, boolean valid) {
        assertThat(problems(Assessment.builder().runner(runner().heightCm(height).weightKg(weight)).pain(pain())).isEmpty())
                .isEqualTo(valid);
    }

    @ParameterizedTest(name = "history field {0} = {1} valid: {2}")
    @CsvSource({"weeklyDistanceKm,0,true", "weeklyDistanceKm,400,true", "weeklyDistanceKm,400.5,false",
            "weeklyDistanceKm,-1,false",
            "distanceIncreasePercent,-100,true", "distanceIncreasePercent,1000,true", "distanceIncreasePercent,-101,false",
            "distanceIncreasePercent,1001,false",
            "shoeDistanceKm,0,true", "shoeDistanceKm,10000,true", "shoeDistanceKm,10001,false",
            "sittingHoursPerDay,0,true", "sittingHoursPerDay,24,true", "sittingHoursPerDay,24.5,false"})
    void historyNumbersHaveTheirRanges(String field, double value, boolean valid) {
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain()).history(history(field, value))).isEmpty())
                .isEqualTo(valid);
    }

    @ParameterizedTest(name = "restDaysPerWeek {0} valid: {1}")
    @CsvSource({"0,true", "7,true", "8,false", "-1,false"})
    void restDaysPerWeekIs0To7(int days, boolean valid) {
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain())
                .history(History.builder().restDaysPerWeek(days)))
                .isEmpty()).isEqualTo(valid);
    }

    @Test
    void nanAndInfiniteNumbersAreRefused() {
        assertThat(problems(Assessment.builder().runner(runner().heightCm(Double.NaN).weightKg(Double.POSITIVE_INFINITY)).pain(pain())))
                .containsExactly("runner.heightCm: must be 100 to 230 (centimetres), was NaN",
                        "runner.weightKg: must be 25 to 250 (kilograms), was Infinity");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThat(problems(Assessment.builder())).containsExactly("runner: is required, was missing", "pain: is required, was missing");
        assertThat(problems(Assessment.builder().runner(Runner.builder()).pain(Pain.builder())))
                .containsExactly("runner.age: is required, was missing", "runner.sex: is required, was missing",
                        "pain.locations: is required (at least one location), was missing",
                        "pain.severity: is required, was missing", "pain.onset: is required, was missing",
                        "pain.durationDays: is required, was missing");
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain().locations())))
                .containsExactly("pain.locations: must name at least one location, was []");
    }

    @Test
    void weeksAreRequiredUnlessNotPregnantAndRefusedWhenNotPregnant() {
        assertThat(problems(Assessment.builder().runner(runner().pregnancy(Pregnancy.PREGNANT)).pain(pain())))
                .containsExactly("runner.weeksPregnantOrPostpartum: is required when pregnancy is PREGNANT, was missing");
        assertThat(problems(Assessment.builder().runner(runner().pregnancy(Pregnancy.NOT_PREGNANT).weeksPregnantOrPostpartum(3)).pain(pain())))
                .containsExactly("runner.weeksPregnantOrPostpartum: must be absent when pregnancy is NOT_PREGNANT, was 3");
        // contract v2: an absent pregnancy is unknown, and weeks without it are refused in those words
        assertThat(problems(Assessment.builder().runner(runner().weeksPregnantOrPostpartum(3)).pain(pain())))
                .containsExactly("runner.weeksPregnantOrPostpartum: must be absent unless pregnancy is PREGNANT or POSTPARTUM, was 3");
    }

    @Test
    void theSideOfTheNumbnessNeedsTheNumbness() {
        // contract v2 §4: legNumbnessOrWeaknessSide without legNumbnessOrWeakness true is an error
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain())
                .general(General.builder().legNumbnessOrWeaknessSide(Side.BOTH))))
                .containsExactly("general.legNumbnessOrWeaknessSide: must be absent unless general.legNumbnessOrWeakness is true, was BOTH");
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain())
                .general(General.builder().legNumbnessOrWeakness(true).legNumbnessOrWeaknessSide(Side.BOTH)))).isEmpty();
    }

    @Test
    void contradictionsAreRefused() {
        assertThat(problems(Assessment.builder().runner(Runner.of(30, Sex.MALE).pregnant(20)).pain(pain())))
                .containsExactly("runner.pregnancy: PREGNANT is not possible with sex MALE");
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain().durationDays(5))
                .careSoFar(CareSoFar.builder().restedDays(6))))
                .containsExactly("careSoFar.restedDays: must be at most pain.durationDays (5), was 6");
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain())
                .function(FunctionStatus.builder().canBearWeight(false).painFreeWalking(true))))
                .containsExactly("function.painFreeWalking: cannot be true when function.canBearWeight is false, was true");
        assertThat(problems(Assessment.builder().runner(runner()).pain(pain().aggravators(Aggravator.WALKING).timing(Timing.WHEN_WALKING))
                .function(FunctionStatus.builder().canBearWeight(true).painFreeWalking(true))))
                .containsExactly("pain.aggravators: cannot contain WALKING when function.painFreeWalking is true, was WALKING",
                        "pain.timing: cannot contain WHEN_WALKING when function.painFreeWalking is true, was WHEN_WALKING");
    }

    @Test
    void repeatedAndNullCodesAreRefusedWithTheirIndex() {
        Pain.Builder p = Pain.builder().locations(java.util.Arrays.asList(Location.GROIN, null, Location.GROIN)).severity(3)
                .onset(Onset.GRADUAL).durationDays(5);
        assertThat(problems(Assessment.builder().runner(runner()).pain(p)))
                .containsExactly("pain.locations[1]: must be a code, was null", "pain.locations[2]: must not repeat a code, was GROIN");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Assessment bad = Assessment.builder().runner(Runner.of(5, Sex.MALE).postpartum(200))
                .pain(pain().severity(12).durationDays(-3)).careSoFar(CareSoFar.builder().restedDays(4000)).build();
        assertThat(AssessmentValidator.validate(bad)).extracting(Problem::path).containsExactly("runner.age", "runner.weeksPregnantOrPostpartum",
                "runner.pregnancy", "pain.severity", "pain.durationDays", "careSoFar.restedDays");
        assertThatThrownBy(() -> AssessmentValidator.requireValid(bad))
                .isInstanceOf(InvalidAssessmentException.class)
                .satisfies(e -> assertThat(((InvalidAssessmentException) e).problems()).hasSize(6))
                .hasMessageContaining("pain.severity: must be 0 to 10");
    }
}
