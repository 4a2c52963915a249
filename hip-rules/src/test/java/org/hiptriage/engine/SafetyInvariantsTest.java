package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Trend;
import org.hiptriage.model.Pain;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.testing.RandomAssessments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The safety invariants, on 10,000 seeded random valid assessments (seed printed on failure). */
class SafetyInvariantsTest {

    static final long SEED = 20261122L;
    static final int CASES = 10_000;

    private static TriageEngine engine;
    private static SafetyInvariants invariants;

    @BeforeAll
    static void engine() {
        engine = TriageEngine.create();
        invariants = new SafetyInvariants(engine);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void everyReportKeepsEverySafetyPromise() {
        RandomAssessments random = new RandomAssessments(SEED);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < CASES && broken.size() < 20; i++) {
            Assessment a = random.next();
            TriageReport r = engine.assess(a);
            List<String> v = new ArrayList<>(invariants.violations(a, r));
            v.addAll(invariants.completeRuleBaseViolations(a, r));
            if (!v.isEmpty()) {
                broken.add("seed " + SEED + " case " + i + ": " + v + "\n  " + a);
            }
            if (!engine.assess(a).equals(r)) {
                broken.add("seed " + SEED + " case " + i + ": the same input gave a different report\n  " + a);
            }
        }
        assertThat(broken).as("broken safety promises").isEmpty();
    }

    @Test
    void addingARedFlagFactNeverLowersTheDisposition() {
        RandomAssessments random = new RandomAssessments(SEED + 1);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < CASES / 5; i++) {
            Assessment a = random.next();
            var before = engine.assess(a).disposition().level();
            for (Assessment worse : redFlagVariants(a)) {
                var after = engine.assess(worse).disposition().level();
                if (before.moreUrgentThan(after)) {
                    broken.add("case " + i + ": " + before + " became " + after + " for " + worse);
                }
            }
        }
        assertThat(broken).as("dispositions lowered by a red-flag fact").isEmpty();
    }

    /** The case with one red-flag fact added at a time, kept valid. */
    // v2: every other fact of the case is kept, the v2 general answers and legShortenedOrTurnedOut too; dropping them (as the
    // first v2 cut did) removed red flags such as numbness in both legs and made the variant look "less urgent".
    static List<Assessment> redFlagVariants(Assessment a) {
        General g = a.general();
        FunctionStatus f = a.function();
        Pain p = a.pain();
        List<Assessment> out = new ArrayList<>();
        out.add(new Assessment(a.runner(), p, f, new General(true, g.unexplainedWeightLoss(), g.cancerHistory(), g.nightSweats(),
                g.bladderOrBowelChange(), g.saddleNumbness(), g.legNumbnessOrWeakness(), g.legNumbnessOrWeaknessSide(), g.longTermSteroids(), g.immunosuppressed(), g.inflammatoryArthritis(), g.anticoagulants(), g.stomachOrKidneyProblems(), g.calfOrThighSwelling(), g.recentSurgeryOrLongTravel(), g.abdominalOrPelvicSymptoms(), g.groinLump()), a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), p, f, new General(g.fever(), g.unexplainedWeightLoss(), true, g.nightSweats(),
                g.bladderOrBowelChange(), g.saddleNumbness(), g.legNumbnessOrWeakness(), g.legNumbnessOrWeaknessSide(), g.longTermSteroids(), g.immunosuppressed(), g.inflammatoryArthritis(), g.anticoagulants(), g.stomachOrKidneyProblems(), g.calfOrThighSwelling(), g.recentSurgeryOrLongTravel(), g.abdominalOrPelvicSymptoms(), g.groinLump()), a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), p, f, new General(g.fever(), g.unexplainedWeightLoss(), g.cancerHistory(), g.nightSweats(),
                g.bladderOrBowelChange(), true, g.legNumbnessOrWeakness(), g.legNumbnessOrWeaknessSide(), g.longTermSteroids(), g.immunosuppressed(), g.inflammatoryArthritis(), g.anticoagulants(), g.stomachOrKidneyProblems(), g.calfOrThighSwelling(), g.recentSurgeryOrLongTravel(), g.abdominalOrPelvicSymptoms(), g.groinLump()), a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), p, new FunctionStatus(false, f.limp(), f.limitedHipMotion(), f.dailyActivitiesLimited(),
                Boolean.TRUE.equals(f.painFreeWalking()) ? null : f.painFreeWalking(), f.legShortenedOrTurnedOut()), g, a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), p, f, new General(g.fever(), true, g.cancerHistory(), g.nightSweats(),
                g.bladderOrBowelChange(), g.saddleNumbness(), g.legNumbnessOrWeakness(), g.legNumbnessOrWeaknessSide(), g.longTermSteroids(), g.immunosuppressed(), g.inflammatoryArthritis(), g.anticoagulants(), g.stomachOrKidneyProblems(), g.calfOrThighSwelling(), g.recentSurgeryOrLongTravel(), g.abdominalOrPelvicSymptoms(), g.groinLump()), a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), p, f, new General(g.fever(), g.unexplainedWeightLoss(), g.cancerHistory(), g.nightSweats(),
                true, g.saddleNumbness(), g.legNumbnessOrWeakness(), g.legNumbnessOrWeaknessSide(), g.longTermSteroids(), g.immunosuppressed(), g.inflammatoryArthritis(), g.anticoagulants(), g.stomachOrKidneyProblems(), g.calfOrThighSwelling(), g.recentSurgeryOrLongTravel(), g.abdominalOrPelvicSymptoms(), g.groinLump()), a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), p, f, new General(g.fever(), g.unexplainedWeightLoss(), g.cancerHistory(), g.nightSweats(),
                g.bladderOrBowelChange(), g.saddleNumbness(), true, g.legNumbnessOrWeaknessSide(), g.longTermSteroids(), g.immunosuppressed(), g.inflammatoryArthritis(), g.anticoagulants(), g.stomachOrKidneyProblems(), g.calfOrThighSwelling(), g.recentSurgeryOrLongTravel(), g.abdominalOrPelvicSymptoms(), g.groinLump()), a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), new Pain(p.side(), p.locations(), p.radiatesTo(), p.severity(), p.onset(), OnsetEvent.FALL,
                p.durationDays(), p.trend(), p.qualities(), p.timing(), p.aggravators()),
                new FunctionStatus(false, f.limp(), f.limitedHipMotion(), f.dailyActivitiesLimited(),
                        Boolean.TRUE.equals(f.painFreeWalking()) ? null : f.painFreeWalking(), f.legShortenedOrTurnedOut()), g, a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), new Pain(p.side(), p.locations(), p.radiatesTo(), p.severity(), p.onset(), p.onsetEvent(),
                p.durationDays(), Trend.WORSE_WITH_EVERY_RUN, p.qualities(), p.timing(), p.aggravators()), f, g, a.history(), a.careSoFar(), a.exam()));
        History h = a.history();
        out.add(new Assessment(a.runner(), p, f, g, new History(h.weeklyDistanceKm(), h.distanceIncreasePercent(), h.shoeDistanceKm(),
                h.surfaces(), h.hills(), h.speedWork(), h.restDaysPerWeek(), h.sittingHoursPerDay(), h.priorHipInjury(), true,
                h.lowBoneDensity(), true, h.legLengthDifference(), h.footProblems(), h.familyHistoryHipArthritis()), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), new Pain(p.side(), p.locations(), p.radiatesTo(), 9, p.onset(), p.onsetEvent(),
                p.durationDays(), p.trend(), p.qualities(), p.timing(), p.aggravators()), f, g, a.history(), a.careSoFar(), a.exam()));
        // contract v2 red flags: a shortened leg, abdominal or pelvic symptoms, a groin lump, a swollen leg,
        // numbness in both legs, immunosuppression
        out.add(new Assessment(a.runner(), p, new FunctionStatus(f.canBearWeight(), f.limp(), f.limitedHipMotion(),
                f.dailyActivitiesLimited(), f.painFreeWalking(), true), g, a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), p, f, new General(g.fever(), g.unexplainedWeightLoss(), g.cancerHistory(), g.nightSweats(),
                g.bladderOrBowelChange(), g.saddleNumbness(), g.legNumbnessOrWeakness(), g.legNumbnessOrWeaknessSide(), g.longTermSteroids(),
                g.immunosuppressed(), g.inflammatoryArthritis(), g.anticoagulants(), g.stomachOrKidneyProblems(), g.calfOrThighSwelling(),
                g.recentSurgeryOrLongTravel(), true, true), a.history(), a.careSoFar(), a.exam()));
        out.add(new Assessment(a.runner(), p, f, new General(g.fever(), g.unexplainedWeightLoss(), g.cancerHistory(), g.nightSweats(),
                g.bladderOrBowelChange(), g.saddleNumbness(), true, org.hiptriage.model.Side.BOTH, g.longTermSteroids(),
                true, g.inflammatoryArthritis(), g.anticoagulants(), g.stomachOrKidneyProblems(), true,
                true, g.abdominalOrPelvicSymptoms(), g.groinLump()), a.history(), a.careSoFar(), a.exam()));
        return out;
    }
}
