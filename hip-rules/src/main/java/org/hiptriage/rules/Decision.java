package org.hiptriage.rules;

import org.hiptriage.model.report.Level;

/**
 * The disposition the rules decided.
 *
 * @param level how soon the runner should be seen
 */
public record Decision(Level level) {

    /** True when the runner should be seen the same day or sooner: no running plan then. */
    public boolean isUrgentOrWorse() {
        return level.atLeastAsUrgentAs(Level.URGENT);
    }

    /** True when the runner may work on a return to running under this disposition. */
    public boolean allowsReturnToRunning() {
        return !isUrgentOrWorse();
    }
}
