package org.hiptriage.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.CareSoFar;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Surface;
import org.hiptriage.model.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Assessments built by hand through the Java API with invalid values — the records accept anything,
 * so the validator is the gate: every row is refused with its contract path, and the validator
 * itself never throws, whatever the records hold.
 */
class HandBuiltAssessmentTest {

    /** A 30-year-old woman, to add one invalid fact to. */
    static Runner.Builder woman() {
        return Runner.of(30, Sex.FEMALE);
    }

    /** Groin pain of 4 out of 10 for 20 days, to add one invalid fact to. */
    static Pain.Builder groinPain() {
        return Pain.of(4, Onset.GRADUAL, 20, Location.GROIN);
    }

    /** A valid case to add one invalid section to. */
    static Assessment.Builder valid() {
        return Assessment.builder().runner(woman()).pain(groinPain());
    }

    static Stream<Arguments> invalid() {
        List<Location> withNull = new ArrayList<>(Arrays.asList(Location.GROIN, null));
        return Stream.of(
                Arguments.of("no runner", Assessment.builder().pain(groinPain()).build(), "runner", "is required"),
                Arguments.of("no pain", Assessment.builder().runner(woman()).build(), "pain", "is required"),
                Arguments.of("age unknown", valid().runner(woman().age(null)).build(), "runner.age", "is required"),
                Arguments.of("age Integer.MIN_VALUE", valid().runner(woman().age(Integer.MIN_VALUE)).build(),
                        "runner.age", "must be 8 to 100"),
                Arguments.of("age Integer.MAX_VALUE", valid().runner(woman().age(Integer.MAX_VALUE)).build(),
                        "runner.age", "must be 8 to 100"),
                Arguments.of("sex unknown", valid().runner(woman().sex(null)).build(), "runner.sex", "is required"),
                Arguments.of("height NaN", valid().runner(woman().heightCm(Double.NaN)).build(),
                        "runner.heightCm", "must be 100 to 230"),
                Arguments.of("height +infinity", valid().runner(woman().heightCm(Double.POSITIVE_INFINITY)).build(),
                        "runner.heightCm", "must be 100 to 230"),
                Arguments.of("weight Double.MIN_VALUE", valid().runner(woman().weightKg(Double.MIN_VALUE)).build(),
                        "runner.weightKg", "must be 25 to 250"),
                Arguments.of("weight -infinity", valid().runner(woman().weightKg(Double.NEGATIVE_INFINITY)).build(),
                        "runner.weightKg", "must be 25 to 250"),
                Arguments.of("pregnant and male", valid().runner(Runner.of(30, Sex.MALE).pregnant(20)).build(),
                        "runner.pregnancy", "PREGNANT is not possible with sex MALE"),
                Arguments.of("postpartum 105 weeks", valid().runner(woman().postpartum(105)).build(),
                        "runner.weeksPregnantOrPostpartum", "must be 0 to 104"),
                Arguments.of("pregnant without weeks", valid().runner(woman().pregnancy(Pregnancy.PREGNANT)).build(),
                        "runner.weeksPregnantOrPostpartum", "is required when pregnancy is PREGNANT"),
                Arguments.of("male with absent periods", valid()
                        .runner(Runner.of(30, Sex.MALE).menstrualStatus(MenstrualStatus.ABSENT)).build(),
                        "runner.menstrualStatus", "must be NOT_APPLICABLE or absent with sex MALE"),
                Arguments.of("male with irregular periods", valid()
                        .runner(Runner.of(30, Sex.MALE).menstrualStatus(MenstrualStatus.IRREGULAR)).build(),
                        "runner.menstrualStatus", "must be NOT_APPLICABLE or absent with sex MALE"),
                Arguments.of("male breastfeeding", valid().runner(Runner.of(30, Sex.MALE).breastfeeding(true)).build(),
                        "runner.breastfeeding", "cannot be true with sex MALE"),
                Arguments.of("no locations",
                        valid().pain(Pain.builder().severity(4).onset(Onset.GRADUAL).durationDays(20)).build(),
                        "pain.locations", "is required"),
                Arguments.of("empty locations", valid().pain(groinPain().locations()).build(),
                        "pain.locations", "must name at least one location"),
                Arguments.of("a null location", valid().pain(groinPain().locations(withNull)).build(),
                        "pain.locations[1]", "must be a code"),
                Arguments.of("a repeated location",
                        valid().pain(groinPain().locations(Location.GROIN, Location.KNEE, Location.GROIN)).build(),
                        "pain.locations[2]", "must not repeat a code"),
                Arguments.of("a repeated quality", valid().pain(groinPain().qualities(Quality.SHARP, Quality.SHARP)).build(),
                        "pain.qualities[1]", "must not repeat a code"),
                Arguments.of("a repeated timing", valid().pain(groinPain().timing(Timing.AT_NIGHT, Timing.AT_NIGHT)).build(),
                        "pain.timing[1]", "must not repeat a code"),
                Arguments.of("a repeated aggravator", valid()
                        .pain(groinPain().aggravators(Aggravator.STAIRS, Aggravator.STAIRS)).build(),
                        "pain.aggravators[1]", "must not repeat a code"),
                Arguments.of("a repeated radiation", valid()
                        .pain(groinPain().radiatesTo(Location.KNEE, Location.KNEE)).build(),
                        "pain.radiatesTo[1]", "must not repeat a code"),
                Arguments.of("severity unknown", valid().pain(groinPain().severity(null)).build(),
                        "pain.severity", "is required"),
                Arguments.of("severity -1", valid().pain(groinPain().severity(-1)).build(),
                        "pain.severity", "must be 0 to 10"),
                Arguments.of("severity 11", valid().pain(groinPain().severity(11)).build(),
                        "pain.severity", "must be 0 to 10"),
                Arguments.of("duration unknown", valid().pain(groinPain().durationDays(null)).build(),
                        "pain.durationDays", "is required"),
                Arguments.of("duration 3651", valid().pain(groinPain().durationDays(3651)).build(),
                        "pain.durationDays", "must be 0 to 3650"),
                Arguments.of("onset unknown", valid().pain(groinPain().onset(null)).build(),
                        "pain.onset", "is required"),
                Arguments.of("pain-free walking without bearing weight",
                        valid().function(FunctionStatus.builder().canBearWeight(false).painFreeWalking(true)).build(),
                        "function.painFreeWalking", "cannot be true"),
                Arguments.of("weekly distance NaN", valid().history(History.builder().weeklyDistanceKm(Double.NaN)).build(),
                        "history.weeklyDistanceKm", "must be 0 to 400"),
                Arguments.of("increase -101 %", valid().history(History.builder().distanceIncreasePercent(-101.0)).build(),
                        "history.distanceIncreasePercent", "must be -100 to 1000"),
                Arguments.of("shoes Double.MAX_VALUE", valid()
                        .history(History.builder().shoeDistanceKm(Double.MAX_VALUE)).build(),
                        "history.shoeDistanceKm", "must be 0 to 10000"),
                Arguments.of("a null surface", valid()
                        .history(History.builder().surfaces(Arrays.asList((Surface) null))).build(),
                        "history.surfaces[0]", "must be a code"),
                Arguments.of("a repeated surface", valid()
                        .history(History.builder().surfaces(Surface.ROAD, Surface.ROAD)).build(),
                        "history.surfaces[1]", "must not repeat"),
                Arguments.of("8 rest days a week", valid().history(History.builder().restDaysPerWeek(8)).build(),
                        "history.restDaysPerWeek", "must be 0 to 7"),
                Arguments.of("sitting 25 hours", valid().history(History.builder().sittingHoursPerDay(25.0)).build(),
                        "history.sittingHoursPerDay", "must be 0 to 24"),
                Arguments.of("rested longer than the pain", valid().careSoFar(CareSoFar.builder().restedDays(21)).build(),
                        "careSoFar.restedDays", "must be at most pain.durationDays (20)"),
                Arguments.of("rested -1 days", valid().careSoFar(CareSoFar.builder().restedDays(-1)).build(),
                        "careSoFar.restedDays", "must be 0 to 3650"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void aHandBuiltInvalidAssessmentIsRefusedWithItsContractPath(String label, Assessment assessment, String path, String phrase) {
        List<Problem> problems = AssessmentValidator.validate(assessment);
        assertThat(problems).as(label).anyMatch(p -> p.path().equals(path) && p.message().contains(phrase));
        assertThat(problems).doesNotHaveDuplicates();
        assertThatThrownBy(() -> AssessmentValidator.requireValid(assessment)).isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining(path);
    }

    @Test
    void aNullAssessmentIsAProblemNotACrash() {
        assertThat(AssessmentValidator.validate(null)).extracting(Problem::message).containsExactly("$: must be an assessment, was null");
    }

    @Test
    void maleWithMenstrualStatusNotApplicableOrUnknownIsValid() {
        for (MenstrualStatus status : new MenstrualStatus[] {null, MenstrualStatus.NOT_APPLICABLE}) {
            assertThat(AssessmentValidator.validate(valid()
                    .runner(Runner.of(30, Sex.MALE).breastfeeding(false).menstrualStatus(status)).build())).isEmpty();
        }
        // the contract allows every status for FEMALE and OTHER
        for (Sex sex : new Sex[] {Sex.FEMALE, Sex.OTHER}) {
            for (MenstrualStatus status : MenstrualStatus.values()) {
                assertThat(AssessmentValidator.validate(valid()
                        .runner(Runner.of(30, sex).breastfeeding(true).menstrualStatus(status)).build())).isEmpty();
            }
        }
    }

    /** Seeded: records filled with arbitrary values, extremes, nulls and nulls inside lists. */
    @Test
    void theValidatorNeverThrowsWhateverTheRecordsHold() {
        Random random = new Random(6);
        Integer[] ints = {null, Integer.MIN_VALUE, -1, 0, 1, 7, 8, 42, 100, 101, 104, 3650, 3651, Integer.MAX_VALUE};
        Double[] doubles = {null, Double.NaN, Double.NEGATIVE_INFINITY, -Double.MAX_VALUE, -101.0, -0.0, 0.0, Double.MIN_VALUE, 24.5,
                100.0, 230.0, 1000.0, 10001.0, Double.POSITIVE_INFINITY};
        Boolean[] bools = {null, true, false};
        for (int i = 0; i < 20_000; i++) {
            Runner runner = random.nextInt(20) == 0 ? null : Runner.builder().age(pick(random, ints))
                    .sex(pick(random, withNull(Sex.values()))).pregnancy(pick(random, withNull(Pregnancy.values())))
                    .weeksPregnantOrPostpartum(pick(random, ints)).breastfeeding(pick(random, bools))
                    .menstrualStatus(pick(random, withNull(MenstrualStatus.values()))).heightCm(pick(random, doubles))
                    .weightKg(pick(random, doubles)).build();
            Pain pain = random.nextInt(20) == 0 ? null : Pain.builder().locations(list(random, Location.values()))
                    .radiatesTo(list(random, Location.values())).severity(pick(random, ints))
                    .onset(pick(random, withNull(Onset.values()))).durationDays(pick(random, ints))
                    .qualities(list(random, Quality.values())).timing(list(random, Timing.values()))
                    .aggravators(list(random, Aggravator.values())).build();
            Assessment assessment = Assessment.builder().runner(runner).pain(pain)
                    .function(FunctionStatus.builder().canBearWeight(pick(random, bools)).limp(pick(random, bools))
                            .painFreeWalking(pick(random, bools)))
                    .history(History.builder().weeklyDistanceKm(pick(random, doubles))
                            .distanceIncreasePercent(pick(random, doubles)).shoeDistanceKm(pick(random, doubles))
                            .surfaces(list(random, Surface.values())).restDaysPerWeek(pick(random, ints))
                            .sittingHoursPerDay(pick(random, doubles)))
                    .careSoFar(CareSoFar.builder().restedDays(pick(random, ints))).build();
            List<Problem> problems = AssessmentValidator.validate(assessment);
            assertThat(problems).as("case " + i).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        }
    }

    @SafeVarargs
    private static <T> T[] withNull(T... values) {
        T[] out = Arrays.copyOf(values, values.length + 1);
        return out;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> List<T> list(Random random, T[] values) {
        int kind = random.nextInt(5);
        if (kind == 0) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            out.add(random.nextInt(12) == 0 ? null : values[random.nextInt(values.length)]);
        }
        return out;
    }
}
