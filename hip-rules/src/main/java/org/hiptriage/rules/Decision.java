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

    /** The decision in words, for a rule's reasons: "a same-day assessment is needed". */
    public String inWords() {
        return level == Level.EMERGENCY ? "an emergency assessment is needed" : "a same-day assessment is needed";
    }

    /** True when the runner may work on a return to running under this disposition. */
    public boolean allowsReturnToRunning() {
        return !isUrgentOrWorse();
    }
}
