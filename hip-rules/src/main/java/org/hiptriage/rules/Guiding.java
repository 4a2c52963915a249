package org.hiptriage.rules;

import org.hiptriage.model.report.ConditionCode;

/**
 * A condition the care plan is chosen for: it leads the list or is LIKELY. A care step that would harm a
 * guiding condition is avoided and withdrawn, whichever candidate brought it in.
 *
 * @param condition the condition
 * @param because why it guides the care, in words
 */
public record Guiding(ConditionCode condition, String because) {
}
