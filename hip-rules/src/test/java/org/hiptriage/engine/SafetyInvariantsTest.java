package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Side;
import org.hiptriage.model.Trend;
import org.hiptriage.model.Pain;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.testing.RandomAssessments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The safety invariants, on seeded random valid assessments (seed printed on failure): 3,000 in every build, and as many
 * as {@code -Dhiptriage.safety.cases=N} asks for (the soak profile runs 100,000).
 */
class SafetyInvariantsTest {

    static final long SEED = 20261122L;
    // 3,000 in a build (10,000 before issue 13 item 8 asked for a build of 4 minutes; the soak profile runs 100,000)
    static final int CASES = Integer.getInteger("hiptriage.safety.cases", 3_000);

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
        History h = a.history();
        // a runner who cannot bear weight cannot be walking pain-free either: that answer is dropped to keep the case valid
        FunctionStatus cannotBearWeight = f.toBuilder().canBearWeight(false)
                .painFreeWalking(Boolean.TRUE.equals(f.painFreeWalking()) ? null : f.painFreeWalking()).build();
        List<Assessment> out = new ArrayList<>();
        out.add(a.toBuilder().general(g.toBuilder().fever(true)).build());
        out.add(a.toBuilder().general(g.toBuilder().cancerHistory(true)).build());
        out.add(a.toBuilder().general(g.toBuilder().saddleNumbness(true)).build());
        out.add(a.toBuilder().function(cannotBearWeight).build());
        out.add(a.toBuilder().general(g.toBuilder().unexplainedWeightLoss(true)).build());
        out.add(a.toBuilder().general(g.toBuilder().bladderOrBowelChange(true)).build());
        out.add(a.toBuilder().general(g.toBuilder().legNumbnessOrWeakness(true)).build());
        out.add(a.toBuilder().pain(p.toBuilder().onsetEvent(OnsetEvent.FALL)).function(cannotBearWeight).build());
        out.add(a.toBuilder().pain(p.toBuilder().trend(Trend.WORSE_WITH_EVERY_RUN)).build());
        out.add(a.toBuilder().history(h.toBuilder().priorStressFracture(true).lowEnergyAvailability(true)).build());
        out.add(a.toBuilder().pain(p.toBuilder().severity(9)).build());
        // contract v2 red flags: a shortened leg, abdominal or pelvic symptoms, a groin lump, a swollen leg,
        // numbness in both legs, immunosuppression
        out.add(a.toBuilder().function(f.toBuilder().legShortenedOrTurnedOut(true)).build());
        out.add(a.toBuilder().general(g.toBuilder().abdominalOrPelvicSymptoms(true).groinLump(true)).build());
        out.add(a.toBuilder().general(g.toBuilder().legNumbnessOrWeakness(true).legNumbnessOrWeaknessSide(Side.BOTH)
                .immunosuppressed(true).calfOrThighSwelling(true).recentSurgeryOrLongTravel(true)).build());
        return out;
    }
}
