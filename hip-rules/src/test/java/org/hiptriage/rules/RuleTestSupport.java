package org.hiptriage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hiptriage.engine.Explanation;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.TriageReport;

/**
 * Shared helpers for the rule tests: one engine for the whole test run, a plain baseline case to
 * vary, and assertions on which rules fired.
 */
public abstract class RuleTestSupport {

    private static final class Holder {
        static final TriageEngine ENGINE = TriageEngine.create();
    }

    /** The engine shared by every rule test (the knowledge base is built once). */
    protected static TriageEngine engine() {
        return Holder.ENGINE;
    }

    /** A 35-year-old male runner; vary it in each test. */
    protected static Runner.Builder runner() {
        return Runner.of(35, Sex.MALE);
    }

    /** Mild, gradual pain of 10 days at the given places; vary it in each test. */
    protected static Pain.Builder pain(Location... where) {
        return Pain.of(3, Onset.GRADUAL, 10, where);
    }

    /** Assesses the case and records every rule that fired. */
    protected static Explanation assess(Assessment.Builder given) {
        return engine().explain(given.build());
    }

    /** The names of the rules that fired. */
    protected static List<String> fired(Explanation explanation) {
        return explanation.firedRules().stream().map(RuleInfo::name).toList();
    }

    /** Asserts the rule fired. */
    protected static void assertFired(Explanation explanation, String rule) {
        assertThat(fired(explanation)).as("rules that fired").contains(rule);
    }

    /** Asserts the rule did not fire. */
    protected static void assertNotFired(Explanation explanation, String rule) {
        assertThat(fired(explanation)).as("rules that fired").doesNotContain(rule);
    }

    /** The report of an explanation. */
    protected static TriageReport report(Explanation explanation) {
        return explanation.report();
    }
}
