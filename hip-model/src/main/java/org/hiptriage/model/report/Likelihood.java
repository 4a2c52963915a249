package org.hiptriage.model.report;

import org.hiptriage.model.Threshold;

/**
 * How well a presentation fits a condition. A condition's score is the sum of the weights of the
 * evidence for it (positive) and against it (negative).
 */
public enum Likelihood {
    /** Score of {@link #LIKELY_SCORE} or more: a typical presentation with key features present. */
    LIKELY,
    /** Score of {@link #POSSIBLE_SCORE} to {@link #LIKELY_SCORE} minus one: fits in part, worth keeping in mind. */
    POSSIBLE;

    /** The least score for LIKELY: {@link Threshold#LIKELY_SCORE} of the table of thresholds. */
    public static final int LIKELY_SCORE = Threshold.LIKELY_SCORE.whole(Threshold.Unit.EVIDENCE_POINTS);
    /** The least score for a condition to be listed at all: {@link Threshold#POSSIBLE_SCORE} of the table of thresholds. */
    public static final int POSSIBLE_SCORE = Threshold.POSSIBLE_SCORE.whole(Threshold.Unit.EVIDENCE_POINTS);

    /** The likelihood for a score, or {@code null} when the score is too low to list the condition. */
    public static Likelihood ofScore(int score) {
        if (score >= LIKELY_SCORE) {
            return LIKELY;
        }
        return score >= POSSIBLE_SCORE ? POSSIBLE : null;
    }
}
