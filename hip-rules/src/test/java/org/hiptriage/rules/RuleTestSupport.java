package org.hiptriage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.hiptriage.engine.Explanation;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.engine.impl.GivenConditionsTriage;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.CareSoFar;
import org.hiptriage.model.Exam;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Surface;
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
import org.hiptriage.model.Side;
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

    /** Training history and risk factors, unknown unless set. */
    public static final class HistoryFacts {
        public Double weeklyDistanceKm, distanceIncreasePercent, shoeDistanceKm, sittingHoursPerDay;
        public List<Surface> surfaces;
        public Boolean hills, speedWork, priorHipInjury, priorStressFracture, lowBoneDensity, lowEnergyAvailability,
                legLengthDifference, footProblems, familyHistoryHipArthritis;
        public Integer restDaysPerWeek;
    }

    /** A history with only the facts the test sets. */
    protected static History history(Consumer<HistoryFacts> set) {
        HistoryFacts h = new HistoryFacts();
        set.accept(h);
        return new History(h.weeklyDistanceKm, h.distanceIncreasePercent, h.shoeDistanceKm, h.surfaces, h.hills, h.speedWork,
                h.restDaysPerWeek, h.sittingHoursPerDay, h.priorHipInjury, h.priorStressFracture, h.lowBoneDensity,
                h.lowEnergyAvailability, h.legLengthDifference, h.footProblems, h.familyHistoryHipArthritis);
    }

    /** General-health screening answers, unknown unless set. */
    public static final class GeneralFacts {
        public Boolean fever, unexplainedWeightLoss, cancerHistory, nightSweats, bladderOrBowelChange, saddleNumbness,
                legNumbnessOrWeakness, longTermSteroids, immunosuppressed, inflammatoryArthritis, anticoagulants,
                stomachOrKidneyProblems, calfOrThighSwelling, recentSurgeryOrLongTravel, abdominalOrPelvicSymptoms,
                groinLump;
        public Side legNumbnessOrWeaknessSide;
    }

    /** General health with only the answers the test sets. */
    protected static General general(Consumer<GeneralFacts> set) {
        GeneralFacts g = new GeneralFacts();
        set.accept(g);
        return new General(g.fever, g.unexplainedWeightLoss, g.cancerHistory, g.nightSweats, g.bladderOrBowelChange,
                g.saddleNumbness, g.legNumbnessOrWeakness, g.legNumbnessOrWeaknessSide, g.longTermSteroids, g.immunosuppressed,
                g.inflammatoryArthritis, g.anticoagulants, g.stomachOrKidneyProblems, g.calfOrThighSwelling,
                g.recentSurgeryOrLongTravel, g.abdominalOrPelvicSymptoms, g.groinLump);
    }

    /**
     * General health with the three questions that screen for an emergency (fever, saddle numbness, a bladder or
     * bowel change) answered "no", then the answers the test sets. Since contract v2 self-care is never advised
     * while one of them is unanswered.
     */
    protected static General screened(Consumer<GeneralFacts> set) {
        return general(g -> {
            g.fever = false;
            g.saddleNumbness = false;
            g.bladderOrBowelChange = false;
            set.accept(g);
        });
    }

    /** General health with only the three emergency screens answered "no". */
    protected static General screened() {
        return screened(g -> { });
    }

    /** What the runner can still do, unknown unless set. */
    public static final class FunctionFacts {
        public Boolean canBearWeight, limp, limitedHipMotion, dailyActivitiesLimited, painFreeWalking, legShortenedOrTurnedOut;
    }

    /** Function with only the facts the test sets. */
    protected static FunctionStatus function(Consumer<FunctionFacts> set) {
        FunctionFacts f = new FunctionFacts();
        set.accept(f);
        return new FunctionStatus(f.canBearWeight, f.limp, f.limitedHipMotion, f.dailyActivitiesLimited, f.painFreeWalking, f.legShortenedOrTurnedOut);
    }

    /** The care tried so far, unknown unless set. */
    public static final class CareFacts {
        public Integer restedDays;
        public Boolean ice, painMedication, physicalTherapy;
    }

    /** Care so far with only the facts the test sets. */
    protected static CareSoFar careSoFar(Consumer<CareFacts> set) {
        CareFacts c = new CareFacts();
        set.accept(c);
        return new CareSoFar(c.restedDays, c.ice, c.painMedication, c.physicalTherapy);
    }

    /** Examination findings, unknown unless set. */
    public static final class ExamFacts {
        public Boolean greaterTrochanterTenderness, painOnResistedHipFlexion, fadirPositive, faberPositive, hopTestPain,
                ischialTuberosityTenderness, adductorSqueezePain, trendelenburgSign, straightLegRaisePositive,
                painfulInternalRotation, limitedInternalRotation, focalBonyTenderness, singleLegStancePain;
    }

    /** An examination with only the findings the test sets. */
    protected static Exam exam(Consumer<ExamFacts> set) {
        ExamFacts e = new ExamFacts();
        set.accept(e);
        return new Exam(e.greaterTrochanterTenderness, e.painOnResistedHipFlexion, e.fadirPositive, e.faberPositive,
                e.hopTestPain, e.ischialTuberosityTenderness, e.adductorSqueezePain, e.trendelenburgSign,
                e.straightLegRaisePositive, e.painfulInternalRotation, e.limitedInternalRotation, e.focalBonyTenderness,
                e.singleLegStancePain);
    }
}
