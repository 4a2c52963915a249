package org.hiptriage.rules;

import org.hiptriage.model.report.AvoidCode;

/**
 * Something a rule says to avoid.
 *
 * @param code what to avoid
 * @param reason why, in words: the harm it would do in this picture
 * @param facts which of this runner's facts made it apply, in words (the report's {@code avoid[].because})
 */
public record AvoidAdvice(AvoidCode code, String reason, String facts) {

    /** Advice whose facts are the reason itself (rules written before contract v2). */
    public AvoidAdvice(AvoidCode code, String reason) {
        this(code, reason, null);
    }
}
