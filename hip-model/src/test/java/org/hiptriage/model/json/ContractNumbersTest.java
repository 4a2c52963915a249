package org.hiptriage.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contract reader's rules for numbers, which every other reader of a case shares ({@link ContractNumbers}):
 * a number written with more digits than 40 when written out in full (1e-99999) is refused, even where the
 * double it would round to (0) is in range; what a person writes is read as it is.
 */
class ContractNumbersTest {

    private static String with(String field, String number) {
        String example = AssessmentJsonTest.CONTRACT_EXAMPLE;
        String[] at = field.split("\\.");
        String replaced = example.replaceFirst("\"" + at[1] + "\": [^,}\\s]+", "\"" + at[1] + "\": " + number);
        assertThat(replaced).isNotEqualTo(example);
        return replaced;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "history.distanceIncreasePercent | 1e-99999 | history.distanceIncreasePercent: must be a number of at most 40 digits, was 1E-99999",
        "history.distanceIncreasePercent | 1e-45    | history.distanceIncreasePercent: must be a number of at most 40 digits, was 1E-45",
        "history.weeklyDistanceKm        | 3e-41    | history.weeklyDistanceKm: must be a number of at most 40 digits, was 3E-41",
        "runner.heightCm                 | 1e309    | runner.heightCm: must be a finite number, was 1E+309",
        "pain.severity                   | 1e-99999 | pain.severity: must be a whole number, was 1E-99999",
        "pain.severity                   | 5.5      | pain.severity: must be a whole number, was 5.5",
        "runner.age                      | 1e10     | runner.age: must be a whole number of a sensible size, was 1E+10",
    })
    void aNumberNoAnswerCanBeIsRefusedWithItsPath(String field, String number, String message) {
        assertThatThrownBy(() -> AssessmentJson.parse(with(field, number)))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).containsExactly(message));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "history.distanceIncreasePercent | 0.000001",
        "history.distanceIncreasePercent | -1e1",
        "runner.heightCm                 | 1.68e2",
        "runner.heightCm                 | 168.00000000000000000000000000000000001",
        "pain.severity                   | 5.0",
        "pain.severity                   | 5e0",
    })
    void aNumberWrittenSomeOtherWayIsStillRead(String field, String number) {
        assertThat(AssessmentJson.parse(with(field, number))).isNotNull();
    }
}
