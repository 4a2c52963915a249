package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Runner;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.rules.RuleTestSupport;

/** Shared givens and assertions for the front-of-hip condition tests. */
abstract class FrontOfHipTestSupport extends RuleTestSupport {

    /** A woman of {@code age}. */
    static Runner.Builder woman(int age) {
        return Runner.of(age, Sex.FEMALE);
    }

    /** The condition as listed in the report; fails when it is not listed. */
    static Condition listed(Explanation then, ConditionCode code) {
        Optional<Condition> c = report(then).condition(code);
        assertThat(c).as(code + " is listed; conditions: " + summary(then)).isPresent();
        return c.orElseThrow();
    }

    /** Asserts the condition is not listed. */
    static void notListed(Explanation then, ConditionCode code) {
        assertThat(report(then).condition(code)).as(code + " is not listed; conditions: " + summary(then)).isEmpty();
    }

    /** The code of the top condition. */
    static ConditionCode top(Explanation then) {
        return report(then).topCondition().orElseThrow(() -> new AssertionError("no condition listed")).code();
    }

    /** The listed conditions with their scores, for failure messages. */
    static List<String> summary(Explanation then) {
        return report(then).conditions().stream().map(c -> c.code() + "=" + c.score()).toList();
    }
}
