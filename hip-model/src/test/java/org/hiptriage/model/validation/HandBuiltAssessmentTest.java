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

    static Runner runner(Integer age, Sex sex) {
        return new Runner(age, sex, null, null, null, null, null, null);
    }

    static Pain pain(Integer severity, Integer days, List<Location> locations) {
        return new Pain(null, locations, null, severity, Onset.GRADUAL, null, days, null, null, null, null);
    }

    static Assessment of(Runner runner, Pain pain) {
        return new Assessment(runner, pain, null, null, null, null, null);
    }

    static final Runner OK_RUNNER = runner(30, Sex.FEMALE);
    static final Pain OK_PAIN = pain(4, 20, List.of(Location.GROIN));

    static History history(Double weekly, Double increase, Double shoes, List<Surface> surfaces, Integer restDays, Double sitting) {
        return new History(weekly, increase, shoes, surfaces, null, null, restDays, sitting, null, null, null, null, null, null, null);
    }

    static Assessment withHistory(History history) {
        return new Assessment(OK_RUNNER, OK_PAIN, null, null, history, null, null);
    }

    static Stream<Arguments> invalid() {
        List<Location> withNull = new ArrayList<>(Arrays.asList(Location.GROIN, null));
        return Stream.of(
                Arguments.of("no runner", of(null, OK_PAIN), "runner", "is required"),
                Arguments.of("no pain", of(OK_RUNNER, null), "pain", "is required"),
                Arguments.of("age unknown", of(runner(null, Sex.FEMALE), OK_PAIN), "runner.age", "is required"),
                Arguments.of("age Integer.MIN_VALUE", of(runner(Integer.MIN_VALUE, Sex.FEMALE), OK_PAIN), "runner.age", "must be 8 to 100"),
                Arguments.of("age Integer.MAX_VALUE", of(runner(Integer.MAX_VALUE, Sex.FEMALE), OK_PAIN), "runner.age", "must be 8 to 100"),
                Arguments.of("sex unknown", of(runner(30, null), OK_PAIN), "runner.sex", "is required"),
                Arguments.of("height NaN", of(new Runner(30, Sex.FEMALE, null, null, null, null, Double.NaN, null), OK_PAIN),
                        "runner.heightCm", "must be 100 to 230"),
                Arguments.of("height +infinity", of(new Runner(30, Sex.FEMALE, null, null, null, null, Double.POSITIVE_INFINITY, null), OK_PAIN),
                        "runner.heightCm", "must be 100 to 230"),
                Arguments.of("weight Double.MIN_VALUE", of(new Runner(30, Sex.FEMALE, null, null, null, null, null, Double.MIN_VALUE), OK_PAIN),
                        "runner.weightKg", "must be 25 to 250"),
                Arguments.of("weight -infinity", of(new Runner(30, Sex.FEMALE, null, null, null, null, null, Double.NEGATIVE_INFINITY), OK_PAIN),
                        "runner.weightKg", "must be 25 to 250"),
                Arguments.of("pregnant and male", of(new Runner(30, Sex.MALE, Pregnancy.PREGNANT, 20, null, null, null, null), OK_PAIN),
                        "runner.pregnancy", "PREGNANT is not possible with sex MALE"),
                Arguments.of("postpartum 105 weeks", of(new Runner(30, Sex.FEMALE, Pregnancy.POSTPARTUM, 105, null, null, null, null), OK_PAIN),
                        "runner.weeksPregnantOrPostpartum", "must be 0 to 104"),
                Arguments.of("pregnant without weeks", of(new Runner(30, Sex.FEMALE, Pregnancy.PREGNANT, null, null, null, null, null), OK_PAIN),
                        "runner.weeksPregnantOrPostpartum", "is required when pregnancy is PREGNANT"),
                Arguments.of("male with absent periods", of(new Runner(30, Sex.MALE, null, null, null, MenstrualStatus.ABSENT, null, null), OK_PAIN),
                        "runner.menstrualStatus", "must be NOT_APPLICABLE or absent with sex MALE"),
                Arguments.of("male with irregular periods", of(new Runner(30, Sex.MALE, null, null, null, MenstrualStatus.IRREGULAR, null, null), OK_PAIN),
                        "runner.menstrualStatus", "must be NOT_APPLICABLE or absent with sex MALE"),
                Arguments.of("male breastfeeding", of(new Runner(30, Sex.MALE, null, null, true, null, null, null), OK_PAIN),
                        "runner.breastfeeding", "cannot be true with sex MALE"),
                Arguments.of("no locations", of(OK_RUNNER, pain(4, 20, null)), "pain.locations", "is required"),
                Arguments.of("empty locations", of(OK_RUNNER, pain(4, 20, List.of())), "pain.locations", "must name at least one location"),
                Arguments.of("a null location", of(OK_RUNNER, pain(4, 20, withNull)), "pain.locations[1]", "must be a code"),
                Arguments.of("a repeated location", of(OK_RUNNER, pain(4, 20, List.of(Location.GROIN, Location.KNEE, Location.GROIN))),
                        "pain.locations[2]", "must not repeat a code"),
                Arguments.of("a repeated quality", of(OK_RUNNER, new Pain(null, List.of(Location.GROIN), null, 4, Onset.GRADUAL, null, 20, null,
                        List.of(Quality.SHARP, Quality.SHARP), null, null)), "pain.qualities[1]", "must not repeat a code"),
                Arguments.of("a repeated timing", of(OK_RUNNER, new Pain(null, List.of(Location.GROIN), null, 4, Onset.GRADUAL, null, 20, null,
                        null, List.of(Timing.AT_NIGHT, Timing.AT_NIGHT), null)), "pain.timing[1]", "must not repeat a code"),
                Arguments.of("a repeated aggravator", of(OK_RUNNER, new Pain(null, List.of(Location.GROIN), null, 4, Onset.GRADUAL, null, 20, null,
                        null, null, List.of(Aggravator.STAIRS, Aggravator.STAIRS))), "pain.aggravators[1]", "must not repeat a code"),
                Arguments.of("a repeated radiation", of(OK_RUNNER, new Pain(null, List.of(Location.GROIN), List.of(Location.KNEE, Location.KNEE), 4,
                        Onset.GRADUAL, null, 20, null, null, null, null)), "pain.radiatesTo[1]", "must not repeat a code"),
                Arguments.of("severity unknown", of(OK_RUNNER, pain(null, 20, List.of(Location.GROIN))), "pain.severity", "is required"),
                Arguments.of("severity -1", of(OK_RUNNER, pain(-1, 20, List.of(Location.GROIN))), "pain.severity", "must be 0 to 10"),
                Arguments.of("severity 11", of(OK_RUNNER, pain(11, 20, List.of(Location.GROIN))), "pain.severity", "must be 0 to 10"),
                Arguments.of("duration unknown", of(OK_RUNNER, pain(4, null, List.of(Location.GROIN))), "pain.durationDays", "is required"),
                Arguments.of("duration 3651", of(OK_RUNNER, pain(4, 3651, List.of(Location.GROIN))), "pain.durationDays", "must be 0 to 3650"),
                Arguments.of("onset unknown", of(OK_RUNNER, new Pain(null, List.of(Location.GROIN), null, 4, null, null, 20, null, null, null, null)),
                        "pain.onset", "is required"),
                Arguments.of("pain-free walking without bearing weight", new Assessment(OK_RUNNER, OK_PAIN,
                        new FunctionStatus(false, null, null, null, true, null), null, null, null, null), "function.painFreeWalking", "cannot be true"),
                Arguments.of("weekly distance NaN", withHistory(history(Double.NaN, null, null, null, null, null)), "history.weeklyDistanceKm", "must be 0 to 400"),
                Arguments.of("increase -101 %", withHistory(history(null, -101.0, null, null, null, null)), "history.distanceIncreasePercent", "must be -100 to 1000"),
                Arguments.of("shoes Double.MAX_VALUE", withHistory(history(null, null, Double.MAX_VALUE, null, null, null)), "history.shoeDistanceKm", "must be 0 to 10000"),
                Arguments.of("a null surface", withHistory(history(null, null, null, Arrays.asList((Surface) null), null, null)), "history.surfaces[0]", "must be a code"),
                Arguments.of("a repeated surface", withHistory(history(null, null, null, List.of(Surface.ROAD, Surface.ROAD), null, null)), "history.surfaces[1]", "must not repeat"),
                Arguments.of("8 rest days a week", withHistory(history(null, null, null, null, 8, null)), "history.restDaysPerWeek", "must be 0 to 7"),
                Arguments.of("sitting 25 hours", withHistory(history(null, null, null, null, null, 25.0)), "history.sittingHoursPerDay", "must be 0 to 24"),
                Arguments.of("rested longer than the pain", new Assessment(OK_RUNNER, OK_PAIN, null, null, null, new CareSoFar(21, null, null, null), null),
                        "careSoFar.restedDays", "must be at most pain.durationDays (20)"),
                Arguments.of("rested -1 days", new Assessment(OK_RUNNER, OK_PAIN, null, null, null, new CareSoFar(-1, null, null, null), null),
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
            assertThat(AssessmentValidator.validate(of(new Runner(30, Sex.MALE, null, null, false, status, null, null), OK_PAIN))).isEmpty();
        }
        // the contract allows every status for FEMALE and OTHER
        for (Sex sex : new Sex[] {Sex.FEMALE, Sex.OTHER}) {
            for (MenstrualStatus status : MenstrualStatus.values()) {
                assertThat(AssessmentValidator.validate(of(new Runner(30, sex, null, null, true, status, null, null), OK_PAIN))).isEmpty();
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
            Runner runner = random.nextInt(20) == 0 ? null : new Runner(pick(random, ints), pick(random, withNull(Sex.values())),
                    pick(random, withNull(Pregnancy.values())), pick(random, ints), pick(random, bools),
                    pick(random, withNull(MenstrualStatus.values())), pick(random, doubles), pick(random, doubles));
            Pain pain = random.nextInt(20) == 0 ? null : new Pain(null, list(random, Location.values()), list(random, Location.values()),
                    pick(random, ints), pick(random, withNull(Onset.values())), null, pick(random, ints), null,
                    list(random, Quality.values()), list(random, Timing.values()), list(random, Aggravator.values()));
            Assessment assessment = new Assessment(runner, pain,
                    new FunctionStatus(pick(random, bools), pick(random, bools), null, null, pick(random, bools), null), null,
                    history(pick(random, doubles), pick(random, doubles), pick(random, doubles), list(random, Surface.values()),
                            pick(random, ints), pick(random, doubles)),
                    new CareSoFar(pick(random, ints), null, null, null), null);
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
