package org.hiptriage.engine;

/**
 * Test-only, for the service's tests: an engine over the packaged rules plus hip-rules' injected faults
 * ({@code FaultInjectionTest.FAULTS}, from the hip-rules test-jar): a runner aged 91 makes a rule throw an
 * exception whose message quotes the runner.
 */
public final class FaultyEngine {

    /** The age that makes a rule throw, quoting the runner. */
    public static final int THROWING_AGE = 91;

    private FaultyEngine() {
    }

    /** A new engine over the faulty rule base (built once, compiled from DRL: it takes a moment). */
    public static TriageEngine create() {
        return EngineAccess.engine(FaultInjectionTest.faultyRuleBase());
    }
}
