package org.hiptriage.rules;

import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Likelihood;

/**
 * A condition whose evidence adds up to at least {@link Likelihood#POSSIBLE_SCORE}.
 *
 * @param condition the condition
 * @param score the sum of the weights for and against it
 */
public record Candidate(ConditionCode condition, int score) {

    /** LIKELY or POSSIBLE, from the score. */
    public Likelihood likelihood() {
        return Likelihood.ofScore(score);
    }

    /** True when the condition belongs to {@code group}. */
    public boolean isIn(ConditionGroup group) {
        return group.contains(condition);
    }

    /** True when the score makes the condition LIKELY. */
    public boolean isLikely() {
        return likelihood() == Likelihood.LIKELY;
    }
}
