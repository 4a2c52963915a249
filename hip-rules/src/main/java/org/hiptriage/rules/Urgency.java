package org.hiptriage.rules;

import org.hiptriage.model.report.Level;

/**
 * One reason the runner should be seen at a given level; the most urgent one decides the disposition.
 *
 * @param level how soon
 * @param because why, in words
 */
public record Urgency(Level level, String because) {

    /** True when this urgency is more urgent than {@code other}. */
    public boolean moreUrgentThan(Level other) {
        return level.moreUrgentThan(other);
    }
}
