package org.hiptriage.rules.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.HIP_FRACTURE;
import static org.hiptriage.model.report.FlagCode.FALL_WITH_FRAGILE_BONE;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of findings/falls.drl; the findings show in the FALL_WITH_FRAGILE_BONE flag and the HIP_FRACTURE condition they feed. */
class FallsRulesTest extends RuleTestSupport {

    /** Sudden pain 2 days ago after the given event, at the given places. */
    static Pain.Builder after(OnsetEvent event, Location... where) {
        return Pain.of(5, Onset.SUDDEN, 2, where).onsetEvent(event);
    }

    @Test
    void aRunnerOf60OrOverHasBoneThatBreaksMoreEasily() {
        // given a 62-year-old who fell and now limps, nothing else known
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(62)).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().limp(true)));
        // then the age is fragile bone, named in the flag
        assertFired(then, "A runner of 60 or over has bone that breaks more easily");
        assertThat(flag(then, FALL_WITH_FRAGILE_BONE).because()).contains("a limp after a fall or a blow, with age 62");
        // and given 59, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(59)).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().limp(true))), "A runner of 60 or over has bone that breaks more easily");
    }

    @Test
    void lowBoneDensityIsBoneThatBreaksMoreEasily() {
        // given a 35-year-old with low bone density who fell and limps
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().limp(true)).history(History.builder().lowBoneDensity(true)));
        // then the bone is fragile at any age
        assertFired(then, "Low bone density is bone that breaks more easily");
        assertThat(flag(then, FALL_WITH_FRAGILE_BONE).because()).contains("a limp after a fall or a blow, with low bone density");
        // and given bone density known normal, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().limp(true)).history(History.builder().lowBoneDensity(false))),
                "Low bone density is bone that breaks more easily");
        assertThat(raised(assess(caseWith(Location.LATERAL_HIP).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().limp(true))
                .history(History.builder().lowBoneDensity(false))), FALL_WITH_FRAGILE_BONE)).isFalse();
    }

    @Test
    void longTermSteroidTabletsMakeBoneBreakMoreEasily() {
        // given a runner on long-term steroids who took a blow and limps
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(after(OnsetEvent.DIRECT_BLOW, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().limp(true)).general(General.builder().longTermSteroids(true)));
        // then the steroids make the bone fragile
        assertFired(then, "Long-term steroid tablets make bone break more easily");
        assertThat(flag(then, FALL_WITH_FRAGILE_BONE).because()).contains("a limp after a fall or a blow, with long-term steroid tablets");
        // and given no steroids, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(after(OnsetEvent.DIRECT_BLOW, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().limp(true)).general(General.builder().longTermSteroids(false))),
                "Long-term steroid tablets make bone break more easily");
    }

    @Test
    void aLimpAfterAFallOrBlowIsASignOfABrokenHip() {
        // given a 70-year-old who fell on the outer hip and limps, still bearing weight
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(70)).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().limp(true).canBearWeight(true)));
        // then the limp is a sign of a broken hip, listed for it
        assertFired(then, "A limp after a fall or blow is a sign of a broken hip");
        assertThat(report(then).condition(HIP_FRACTURE).orElseThrow().because()).contains("a limp after a fall or a blow");
        // and given a limp after a sprint (no fall), not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(70)).pain(after(OnsetEvent.SPRINT_OR_KICK, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().limp(true))), "A limp after a fall or blow is a sign of a broken hip");
    }

    @Test
    void groinOrFrontOfHipPainAfterAFallOrBlowIsASignOfABrokenHip() {
        // given a 70-year-old with front-of-hip pain after a blow, function not asked
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP).runner(runner().age(70)).pain(after(OnsetEvent.DIRECT_BLOW, Location.FRONT_OF_HIP)));
        // then it is a sign of a broken hip, in the flag
        assertFired(then, "Groin or front-of-hip pain after a fall or blow is a sign of a broken hip");
        assertThat(flag(then, FALL_WITH_FRAGILE_BONE).because()).contains("groin or front-of-hip pain after a fall or a blow, with age 70");
        // and given only outer-hip pain after the fall, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(70)).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))),
                "Groin or front-of-hip pain after a fall or blow is a sign of a broken hip");
    }

    @Test
    void walkingThatHurtsAfterAFallOrBlowIsASignOfABrokenHip() {
        // given outer-hip pain after a fall in a 65-year-old, walking not pain-free
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(65)).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().painFreeWalking(false)));
        // then painful walking is a sign
        assertFired(then, "Walking that hurts after a fall or blow is a sign of a broken hip");
        assertThat(flag(then, FALL_WITH_FRAGILE_BONE).because()).contains("painful walking after a fall or a blow, with age 65");
        // and given walking unknown, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(65)).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))),
                "Walking that hurts after a fall or blow is a sign of a broken hip");
    }

    @Test
    void aLegThatLooksShorterOrTurnedOutIsASignOfABrokenHip() {
        // given a 40-year-old whose leg looks shorter after a fall
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(40)).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().legShortenedOrTurnedOut(true)));
        // then it is a sign, listed for the broken hip
        assertFired(then, "A leg that looks shorter or turned out is a sign of a broken hip");
        assertThat(report(then).condition(HIP_FRACTURE).orElseThrow().because()).contains("a leg that looks shorter or turned outwards");
        // and given the leg known to look normal, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(40)).pain(after(OnsetEvent.FALL, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().legShortenedOrTurnedOut(false))),
                "A leg that looks shorter or turned out is a sign of a broken hip");
    }
}
