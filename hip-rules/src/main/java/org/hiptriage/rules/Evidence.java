package org.hiptriage.rules;

import org.hiptriage.model.report.ConditionCode;

/**
 * A weight for (positive) or against (negative) a condition.
 *
 * @param condition the condition weighed
 * @param weight how much it counts: typically 1 (weak) to 4 (key feature), negative against
 * @param because the fact in words
 */
public record Evidence(ConditionCode condition, int weight, String because) {

    /** Evidence for the condition. */
    public static Evidence supports(ConditionCode condition, int weight, String because) {
        return new Evidence(condition, Math.abs(weight), because);
    }

    /** Evidence against the condition. */
    public static Evidence argues(ConditionCode condition, int weight, String because) {
        return new Evidence(condition, -Math.abs(weight), because);
    }

    /** True when this evidence speaks for the condition. */
    public boolean isFor() {
        return weight > 0;
    }
}
