package org.hiptriage.model.report;

/**
 * How well a presentation fits a condition. A condition's score is the sum of the weights of the
 * evidence for it (positive) and against it (negative).
 */
public enum Likelihood {
    /** Score of {@value #LIKELY_SCORE} or more: a typical presentation with key features present. */
    LIKELY,
    /** Score of {@value #POSSIBLE_SCORE} to {@value #LIKELY_SCORE} minus one: fits in part, worth keeping in mind. */
    POSSIBLE;

    /** The least score for LIKELY. */
    public static final int LIKELY_SCORE = 6;
    /** The least score for a condition to be listed at all. */
    public static final int POSSIBLE_SCORE = 3;

    /** The likelihood for a score, or {@code null} when the score is too low to list the condition. */
    public static Likelihood ofScore(int score) {
        if (score >= LIKELY_SCORE) {
            return LIKELY;
        }
        return score >= POSSIBLE_SCORE ? POSSIBLE : null;
    }
}
