package org.hiptriage.rules;

import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;

/**
 * An escalation flag raised by a rule.
 *
 * @param code the flag
 * @param level its urgency: the code's least level or, when a rule escalates it, higher
 * @param because the facts in words
 */
public record RaisedFlag(FlagCode code, Level level, String because) {

    /** Never lets a flag fall below its least level. */
    public RaisedFlag {
        if (level == null || code.leastLevel().moreUrgentThan(level)) {
            level = code.leastLevel();
        }
    }

    /** A flag at its least level. */
    public RaisedFlag(FlagCode code, String because) {
        this(code, code.leastLevel(), because);
    }

    /** True when the flag is URGENT or EMERGENCY. */
    public boolean isUrgentOrWorse() {
        return level.atLeastAsUrgentAs(Level.URGENT);
    }
}
