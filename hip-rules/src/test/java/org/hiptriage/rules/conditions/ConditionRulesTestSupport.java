package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Exam;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Surface;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.rules.RuleTestSupport;

/**
 * Helpers for the evidence-rule tests of the lateral-hip, buttock and growing-skeleton conditions:
 * compact examination, function, general and history facts (everything not named stays unknown) and
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

    // --- examination findings; null = not examined

    static Exam trochanter(boolean tender) {
        return new Exam(tender, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Exam trendelenburg(boolean positive) {
        return new Exam(null, null, null, null, null, null, null, positive, null, null, null, null, null);
    }

    static Exam sitBone(boolean tender) {
        return new Exam(null, null, null, null, null, tender, null, null, null, null, null, null, null);
    }

    static Exam straightLegRaise(boolean positive) {
        return new Exam(null, null, null, null, null, null, null, null, positive, null, null, null, null);
    }

    // --- function: canBearWeight, limp, limitedHipMotion; the rest unknown

    static FunctionStatus function(Boolean canBearWeight, Boolean limp, Boolean limitedHipMotion) {
        return new FunctionStatus(canBearWeight, limp, limitedHipMotion, null, null, null);
    }

    // --- general health

    static General fever(boolean fever) {
        return new General(fever, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static General legNumbnessOrWeakness() {
        return new General(null, null, null, null, null, null, true, null, null, null, null, null, null, null, null, null, null);
    }

    // --- history

    static History surfaces(Surface... surfaces) {
        return new History(null, null, null, List.of(surfaces), null, null, null, null, null, null, null, null, null, null, null);
    }

    static History distanceIncrease(double percent) {
        return new History(null, percent, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static History shoeKm(double km) {
        return new History(null, null, km, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static History speedWork(boolean speedWork) {
        return new History(null, null, null, null, null, speedWork, null, null, null, null, null, null, null, null, null);
    }
}
