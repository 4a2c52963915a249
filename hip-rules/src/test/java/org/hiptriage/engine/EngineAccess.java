package org.hiptriage.engine;

import org.hiptriage.engine.impl.DroolsTriage;

/** Test-only: an engine around a given {@link DroolsTriage} (the constructor is package-private). */
public final class EngineAccess {

    private EngineAccess() {
    }

    /** An engine over {@code triage}. */
    public static TriageEngine engine(DroolsTriage triage) {
        return new TriageEngine(triage);
    }
}
