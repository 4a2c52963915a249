package org.hiptriage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.hiptriage.engine.Explanation;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.engine.impl.GivenConditionsTriage;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.General;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.TriageReport;

/**
 * Shared helpers for the rule tests: one engine for the whole test run, a plain baseline case to
 * vary, and assertions on which rules fired. A case is built the one way the model offers: {@link Assessment#builder()}
 * with each section's builder ({@code General.builder().fever(true)}), every field named, unset ones unknown.
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

    /** Assesses the case with these conditions put among the candidates (see {@link GivenCondition}). */
    protected static Explanation assess(Assessment.Builder given, GivenCondition... conditions) {
        return GivenConditionsTriage.explain(given.build(), Arrays.asList(conditions));
    }

    /** A condition given with a LIKELY weight. */
    protected static GivenCondition likely(ConditionCode condition) {
        return new GivenCondition(condition, 8);
    }

    /** A condition given with a POSSIBLE weight. */
    protected static GivenCondition possible(ConditionCode condition) {
        return new GivenCondition(condition, 4);
    }

    /** A plain case: the baseline runner with mild gradual pain at the given places. */
    protected static Assessment.Builder caseWith(Location... where) {
        return Assessment.builder().runner(runner()).pain(pain(where));
    }

    /** The disposition level. */
    protected static Level level(Explanation explanation) {
        return explanation.report().disposition().level();
    }

    /** The flag, which must be raised. */
    protected static Flag flag(Explanation explanation, FlagCode code) {
        return explanation.report().flag(code).orElseThrow(() -> new AssertionError("no flag " + code));
    }

    /** True when the flag is raised. */
    protected static boolean raised(Explanation explanation, FlagCode code) {
        return explanation.report().flag(code).isPresent();
    }

    /** The care step, which must be in the plan. */
    protected static CareStep step(Explanation explanation, CareStepCode code) {
        return explanation.report().careStep(code).orElseThrow(() -> new AssertionError("no care step " + code
                + " in " + explanation.report().careSteps().stream().map(CareStep::code).toList()));
    }

    /** True when the care step is in the plan. */
    protected static boolean planned(Explanation explanation, CareStepCode code) {
        return explanation.report().careStep(code).isPresent();
    }

    /** The avoid entry, which must be present. */
    protected static Avoid avoid(Explanation explanation, AvoidCode code) {
        return explanation.report().avoidEntry(code).orElseThrow(() -> new AssertionError("no avoid entry " + code));
    }

    /** True when the avoid entry is present. */
    protected static boolean avoided(Explanation explanation, AvoidCode code) {
        return explanation.report().avoidEntry(code).isPresent();
    }

    /**
     * General health with the three questions that screen for an emergency (fever, saddle numbness, a bladder or
     * bowel change) answered "no"; set more answers on it. Since contract v2 self-care is never advised while one of
     * them is unanswered.
     */
    protected static General.Builder screened() {
        return General.builder().fever(false).saddleNumbness(false).bladderOrBowelChange(false);
    }
}
