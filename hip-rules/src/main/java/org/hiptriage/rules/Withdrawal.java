package org.hiptriage.rules;

import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;

/**
 * A care step taken out of the plan because the plan also says to avoid what it involves.
 *
 * @param step the step withdrawn
 * @param avoided what is avoided
 */
public record Withdrawal(CareStepCode step, AvoidCode avoided) {
}
