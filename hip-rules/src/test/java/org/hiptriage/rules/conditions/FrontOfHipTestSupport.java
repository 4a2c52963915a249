package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Exam;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.History;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Runner;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.rules.RuleTestSupport;

/** Shared givens for the front-of-hip condition tests: exam, history and function built field by field. */
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

    /** An examination; set only the findings a test needs. */
    static final class ExamBuilder {
        private Boolean trochanter, resistedFlexion, fadir, faber, hop, sitBone, squeeze, trendelenburg, slr;

        ExamBuilder resistedHipFlexionPain(Boolean v) { resistedFlexion = v; return this; }
        ExamBuilder fadir(Boolean v) { fadir = v; return this; }
        ExamBuilder faber(Boolean v) { faber = v; return this; }
        ExamBuilder hopPain(Boolean v) { hop = v; return this; }
        ExamBuilder squeezePain(Boolean v) { squeeze = v; return this; }

        Exam build() {
            return new Exam(trochanter, resistedFlexion, fadir, faber, hop, sitBone, squeeze, trendelenburg, slr, null, null, null, null);
        }
    }

    static ExamBuilder exam() {
        return new ExamBuilder();
    }

    /** A training history; set only the facts a test needs. */
    static final class HistoryBuilder {
        private Double weeklyKm, increase;
        private Boolean priorHipInjury, lowEnergy, familyHistory;

        HistoryBuilder weeklyKm(double v) { weeklyKm = v; return this; }
        HistoryBuilder increasePercent(double v) { increase = v; return this; }
        HistoryBuilder priorHipInjury(Boolean v) { priorHipInjury = v; return this; }
        HistoryBuilder lowEnergyAvailability(Boolean v) { lowEnergy = v; return this; }
        HistoryBuilder familyHistoryHipArthritis(Boolean v) { familyHistory = v; return this; }

        History build() {
            return new History(weeklyKm, increase, null, null, null, null, null, null, priorHipInjury, null, null,
                    lowEnergy, null, null, familyHistory);
        }
    }

    static HistoryBuilder history() {
        return new HistoryBuilder();
    }

    /** Function with only the hip's movement known. */
    static FunctionStatus limitedMotion(boolean limited) {
        return new FunctionStatus(null, null, limited, null, null, null);
    }

    /** Function with only pain-free walking known. */
    static FunctionStatus walkingPainFree(boolean painFree) {
        return new FunctionStatus(null, null, null, null, painFree, null);
    }
}
