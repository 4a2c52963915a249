package org.hiptriage.engine.impl;

import java.util.Map;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.conf.KieBaseMutabilityOption;

/**
 * Test-only access to the engine's inside: a knowledge base with extra (fault-injecting) DRL, how
 * the knowledge base was built, the sessions in use and idle, and an engine that never reuses one. It lives in the test sources, so production code cannot reach the
 * package-private constructor it uses.
 */
public final class TestHooks {

    private TestHooks() {
    }

    /** The packaged rule base plus {@code extraDrl} (written into {@code org/hiptriage/rules/findings/}), compiled at run time. */
    public static DroolsTriage packagedRulesPlus(String extraDrl) {
        return new DroolsTriage(KnowledgeBases.fromDrl(Map.of("org/hiptriage/rules/findings/injected-faults-for-tests.drl", extraDrl)),
                RuleBaseVersion.packaged());
    }

    /** True when the engine's knowledge base accepts changes after it was built (it should not: that costs every session). */
    public static boolean mutable(DroolsTriage triage) {
        return ((InternalRuleBase) triage.kieBase()).getConfiguration().getOption(KieBaseMutabilityOption.KEY).isMutabilityEnabled();
    }

    /** How many rule sessions of the engine's knowledge base are alive and not idle: in use by a case, or leaked. */
    public static int sessionsInUse(DroolsTriage triage) {
        return triage.sessions().liveSessions() - triage.sessions().idleSessions();
    }

    /** How many reset sessions wait idle for the next case. */
    public static int idleSessions(DroolsTriage triage) {
        return triage.sessions().idleSessions();
    }

    /** The most idle sessions an engine keeps. */
    public static int maxIdleSessions() {
        return SessionPool.DEFAULT_IDLE_SESSIONS;
    }

    /** An engine over the same knowledge base that gives every case a brand-new session (the reference for reuse). */
    public static DroolsTriage freshSessionForEveryCase(DroolsTriage triage) {
        return new DroolsTriage(triage.kieBase(), triage.ruleBaseVersion(), 0);
    }
}
