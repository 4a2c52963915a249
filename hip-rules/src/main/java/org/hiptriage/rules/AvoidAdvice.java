package org.hiptriage.rules;

import org.hiptriage.model.report.AvoidCode;

/**
 * Something a rule says to avoid.
 *
 * @param code what to avoid
 * @param reason why, in words
 */
public record AvoidAdvice(AvoidCode code, String reason) {
}
