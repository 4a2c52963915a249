package org.hiptriage.model.json;

import java.math.BigDecimal;
import org.hiptriage.model.validation.Problem;

/**
 * The contract's rules for a number given as an answer (contract §1), in one place for every reader: the
 * contract JSON reader ({@link AssessmentJson}) and the readers of a FHIR QuestionnaireResponse (the command
 * line's {@code questionnaire --to-case} and the service's hook), so that a number one entry point refuses is
 * refused at every other, with the same words. Numbers are taken exactly as written (never through a
 * {@code double} first): a whole number must have no fraction and fit an {@code int}; a number must be finite
 * as a {@code double} and have at most {@value AssessmentJson#MAX_NUMBER_LENGTH} digits written out in full
 * ({@code 1e-99999} would be 100,000). Ranges are the validator's.
 */
public final class ContractNumbers {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private ContractNumbers() {
    }

    /** What is wrong with {@code value} where a whole number belongs ({@code path}), or {@code null}. */
    public static Problem wholeProblem(String path, BigDecimal value) {
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            // toString, never toPlainString: 1e-999999999 would be a billion characters
            return new Problem(path, "must be a whole number", shown(value));
        }
        if (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
            return new Problem(path, "must be a whole number of a sensible size", shown(value));
        }
        return null;
    }

    /** What is wrong with {@code value} where a number belongs ({@code path}), or {@code null}. */
    public static Problem numberProblem(String path, BigDecimal value) {
        if (Double.isInfinite(value.doubleValue())) {
            return new Problem(path, "must be a finite number", shown(value));
        }
        return digitsWrittenOut(value) > AssessmentJson.MAX_NUMBER_LENGTH
                ? new Problem(path, "must be a number of at most " + AssessmentJson.MAX_NUMBER_LENGTH + " digits", shown(value))
                : null;
    }

    /** How many digits {@code value} has written out in full (123.45: 6, counting the place of the point; 1e-45: 46). */
    static long digitsWrittenOut(BigDecimal value) {
        return value.scale() <= 0 ? (long) value.precision() - value.scale() : Math.max(value.precision(), value.scale()) + 1L;
    }

    /** The number as it may be echoed in a message. */
    private static String shown(BigDecimal value) {
        return AssessmentJson.clip(value.toString(), 40);
    }
}
