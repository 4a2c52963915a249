package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.SUSPECTED_STRESS_FRACTURE;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Exam;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/stress-fracture.drl. */
class StressFractureRulesTest extends RuleTestSupport {

    @Test
    void groinPainWithRunningInARunnerAtRiskOfBoneStressRaisesASuspectedStressFracture() {
        // given groin pain with running and a previous stress fracture
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))
                .history(History.builder().priorStressFracture(true)));
        // then a stress fracture is suspected, URGENT
        assertFired(then, "Groin pain with running in a runner at risk of bone stress raises a suspected stress fracture");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).contains("pain in the groin that comes with running with a previous stress fracture");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given no known risk, it is not raised by this rule
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))),
                "Groin pain with running in a runner at risk of bone stress raises a suspected stress fracture");
    }

    @Test
    void groinPainWithRunningAfterALoadSpikeRaisesASuspectedStressFracture() {
        // given groin pain with running after distance rose 50 %
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))
                .history(History.builder().distanceIncreasePercent(50.0)));
        // then a stress fracture is suspected
        assertFired(then, "Groin pain with running after a load spike raises a suspected stress fracture");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).contains("pain in the groin that comes with running after running distance up 50 % on the 4 weeks before");
        // and given the change in distance unknown, not by this rule
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))),
                "Groin pain with running after a load spike raises a suspected stress fracture");
    }

    @Test
    void groinPainWithRunningThatNowHurtsOnWalkingOrAtNightRaisesASuspectedStressFracture() {
        // given groin pain with running that now comes on walking
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN, Timing.WHEN_WALKING)));
        // then a stress fracture is suspected
        assertFired(then, "Groin pain with running that now hurts on walking or at night raises a suspected stress fracture");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).contains("pain in the groin that comes with running, and pain that now comes with walking, at rest or at night");
        // and given pain only during runs, not by this rule
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))),
                "Groin pain with running that now hurts on walking or at night raises a suspected stress fracture");
    }

    @Test
    void aStressFractureAmongTheCandidateConditionsRaisesASuspectedStressFracture() {
        // given a pubic ramus stress fracture that is only POSSIBLE
        Explanation then = assess(caseWith(Location.PUBIC_BONE), possible(ConditionCode.PUBIC_RAMUS_STRESS_FRACTURE));
        // then it is still managed as a suspected stress fracture
        assertFired(then, "A stress fracture among the candidate conditions raises a suspected stress fracture");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).contains("the evidence makes a pubic ramus stress fracture possible");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given a likely femoral neck stress fracture, the flag says so
        Explanation likely = assess(caseWith(Location.GROIN), likely(ConditionCode.FEMORAL_NECK_STRESS_FRACTURE));
        assertThat(flag(likely, SUSPECTED_STRESS_FRACTURE).because()).contains("the evidence makes a femoral neck stress fracture likely");
    }

    @Test
    void groinOrPubicPainOnHoppingRaisesASuspectedStressFracture() {
        // given groin pain a clinician found on hopping
        Explanation then = assess(caseWith(Location.GROIN).exam(Exam.builder().hopTestPain(true)));
        // then a stress fracture is suspected
        assertFired(then, "Groin or pubic pain on hopping raises a suspected stress fracture");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).contains("groin, pubic or buttock pain on hopping");
        // and given hopping reported as history, too
        assertFired(assess(caseWith(Location.PUBIC_BONE).pain(pain(Location.PUBIC_BONE).aggravators(Aggravator.HOPPING))),
                "Groin or pubic pain on hopping raises a suspected stress fracture");
        // and given no examination, not
        assertNotFired(assess(caseWith(Location.GROIN)), "Groin or pubic pain on hopping raises a suspected stress fracture");
    }

    @Test
    void pubicOrGroinPainStandingOnOneLegInAWomanDistanceRunnerAtRiskRaisesASuspectedStressFracture() {
        // given a woman with pubic pain standing on one leg after a load spike
        Explanation then = assess(caseWith(Location.PUBIC_BONE).runner(runner().sex(Sex.FEMALE))
                .pain(pain(Location.PUBIC_BONE).aggravators(Aggravator.STANDING_ON_ONE_LEG))
                .history(History.builder().distanceIncreasePercent(35.0)));
        // then a stress fracture is suspected
        assertFired(then, "Pubic or groin pain standing on one leg in a woman distance runner at risk raises a suspected stress fracture");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).contains("pubic or groin pain standing on one leg with running distance up 35 % on the 4 weeks before");
        // and given no known risk, not
        assertNotFired(assess(caseWith(Location.PUBIC_BONE).runner(runner().sex(Sex.FEMALE))
                .pain(pain(Location.PUBIC_BONE).aggravators(Aggravator.STANDING_ON_ONE_LEG))),
                "Pubic or groin pain standing on one leg in a woman distance runner at risk raises a suspected stress fracture");
    }

    static final String RISK = "Gradual groin, front-of-hip or pubic pain in a runner with a bone-stress risk raises a suspected stress fracture";
    static final String SPIKE = "Gradual groin pain in a distance runner after a load spike raises a suspected stress fracture";

    // v2: "Gradual groin pain in a distance runner with a bone-stress risk or a load spike..." (30 km a week) was split in two:
    // a bone-stress risk now counts at any weekly distance, a load spike from History.DISTANCE_RUNNER_KM_PER_WEEK (40 km).
    @Test
    void gradualGroinFrontOfHipOrPubicPainInARunnerWithABoneStressRiskRaisesASuspectedStressFracture() {
        // given gradual front-of-hip pain, timing and weekly distance unknown, with low energy availability
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP).history(History.builder().lowEnergyAvailability(true)));
        // then bone stress is screened for, URGENT
        assertFired(then, RISK);
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).contains("gradual pain in the front of the hip with low energy availability (RED-S)");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given only 10 km a week, still (any weekly distance)
        assertFired(assess(caseWith(Location.PUBIC_BONE)
                .history(History.builder().weeklyDistanceKm(10.0).lowBoneDensity(true))), RISK);
        // and given a sudden onset, not
        assertNotFired(assess(caseWith(Location.GROIN).pain(Pain.of(3, Onset.SUDDEN, 10, Location.GROIN))
                .history(History.builder().lowEnergyAvailability(true))), RISK);
        // and given no known risk, not
        assertNotFired(assess(caseWith(Location.GROIN)
                .history(History.builder().lowEnergyAvailability(false).lowBoneDensity(false).priorStressFracture(false))),
                RISK);
        // and given outer-hip pain with the risk, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).history(History.builder().lowEnergyAvailability(true))), RISK);
    }

    @Test
    void gradualGroinPainInADistanceRunnerAfterALoadSpikeRaisesASuspectedStressFracture() {
        // given gradual groin pain, timing unknown, at 40 km a week after distance rose 50 %
        Explanation then = assess(caseWith(Location.GROIN)
                .history(History.builder().weeklyDistanceKm(40.0).distanceIncreasePercent(50.0)));
        // then bone stress is screened for
        assertFired(then, SPIKE);
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because())
                .contains("gradual groin pain in a distance runner (40 km a week) after running distance up 50 % on the 4 weeks before");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given 39 km a week, or the distance unknown, not
        assertNotFired(assess(caseWith(Location.GROIN)
                .history(History.builder().weeklyDistanceKm(39.0).distanceIncreasePercent(50.0))), SPIKE);
        assertNotFired(assess(caseWith(Location.GROIN).history(History.builder().distanceIncreasePercent(50.0))), SPIKE);
        // and given 60 km a week with a bone-stress risk but no spike, not by this rule
        assertNotFired(assess(caseWith(Location.GROIN)
                .history(History.builder().weeklyDistanceKm(60.0).lowEnergyAvailability(true))), SPIKE);
    }
}
