package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hiptriage.engine.Explanation;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.rules.RuleTestSupport;

/**
 * Helpers for the evidence-rule tests of the lateral-hip, buttock and growing-skeleton conditions:
 * assertions that a rule fired and put its words for or against a listed condition.
 */
abstract class ConditionRulesTestSupport extends RuleTestSupport {

    /** The listed condition; fails when it is not listed. */
    static Condition listed(Explanation then, ConditionCode code) {
        assertThat(report(then).condition(code)).as(code + " listed").isPresent();
        return report(then).condition(code).orElseThrow();
    }

    /** Asserts the rule fired and its words are among the reasons for the listed condition. */
    static void assertSupports(Explanation then, ConditionCode code, String rule, String because) {
        assertFired(then, rule);
        Condition condition = listed(then, code);
        assertThat(condition.because()).as("because of " + code).contains(because);
        assertThat(condition.rules()).as("rules of " + code).contains(rule);
    }

    /** Asserts the rule fired and its words are among the reasons against the listed condition. */
    static void assertArgues(Explanation then, ConditionCode code, String rule, String against) {
        assertFired(then, rule);
        Condition condition = listed(then, code);
        assertThat(condition.against()).as("against " + code).contains(against);
        assertThat(condition.rules()).as("rules of " + code).contains(rule);
    }

    /** The condition's score, or 0 when it is not listed. */
    static int score(Explanation then, ConditionCode code) {
        return report(then).condition(code).map(Condition::score).orElse(0);
    }

    /** The codes of the listed conditions, best first. */
    static List<ConditionCode> ranking(Explanation then) {
        return report(then).conditions().stream().map(Condition::code).toList();
    }
}
