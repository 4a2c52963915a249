package org.hiptriage.rules;

import org.hiptriage.model.report.CareStepCode;

/**
 * A care step a rule recommends.
 *
 * @param code the step
 * @param because why, in words
 * @param dose a dose for this case, or {@code null} for the step's usual dose
 */
public record CareAdvice(CareStepCode code, String because, String dose) {

    /** Advice with the step's usual dose. */
    public CareAdvice(CareStepCode code, String because) {
        this(code, because, null);
    }
}
