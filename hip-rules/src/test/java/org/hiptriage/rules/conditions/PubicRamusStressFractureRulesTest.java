package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.PUBIC_RAMUS_STRESS_FRACTURE;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/pubic-ramus-stress-fracture.drl. */
class PubicRamusStressFractureRulesTest extends FrontOfHipTestSupport {

    /** Pubic pain during runs that hurts standing on one leg (score 4). */
    private static Pain.Builder pubicOnOneLeg(Location... where) {
        return pain(where).timing(Timing.DURING_RUN).aggravators(Aggravator.STANDING_ON_ONE_LEG);
    }

    @Test
    void pelvicPainThatComesWithRunningFitsAPubicRamusStressFracture() {
        // given pubic pain during runs, worse standing on one leg
        Explanation then = assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.PUBIC_BONE)));
        // then the pain with running counts for the fracture
        assertFired(then, "Pubic, groin, inner-thigh or buttock pain that comes with running is pelvic pain with running");
        assertFired(then, "Pelvic pain that comes with running fits a pubic ramus stress fracture");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).because()).contains("pain in the pubic bone that comes with running");
        // and with the timing unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(woman(28))
                .pain(pain(Location.PUBIC_BONE).aggravators(Aggravator.STANDING_ON_ONE_LEG))),
                "Pelvic pain that comes with running fits a pubic ramus stress fracture");
    }

    @Test
    void pelvicPainWithRunningThatAlsoHurtsStandingOnOneLegPointsToAPubicRamusStressFracture() {
        // given pubic pain during runs, worse standing on one leg
        Explanation then = assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.PUBIC_BONE)));
        // then the single-leg pain counts for the fracture
        assertFired(then, "Pelvic pain with running that also hurts standing on one leg points to a pubic ramus stress fracture");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).because()).contains("pelvic pain standing on one leg");
        // and single-leg pain that is not linked to running does not
        assertNotFired(assess(Assessment.builder().runner(woman(60))
                .pain(pain(Location.GROIN).aggravators(Aggravator.STANDING_ON_ONE_LEG))),
                "Pelvic pain with running that also hurts standing on one leg points to a pubic ramus stress fracture");
    }

    @Test
    void womenDistanceRunnersAreTheRunnersWhoGetPubicRamusStressFractures() {
        // given a woman running 60 km a week with pubic pain during runs on one leg
        Explanation then = assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.PUBIC_BONE))
                .history(History.builder().weeklyDistanceKm(60.0)));
        // then her profile adds to the fracture
        assertFired(then, "Women distance runners are the runners who get pubic ramus stress fractures");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).because())
                .contains("a woman distance runner, the group pubic ramus stress fractures affect most");
        // and for a man running as far it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pubicOnOneLeg(Location.PUBIC_BONE))
                .history(History.builder().weeklyDistanceKm(60.0))),
                "Women distance runners are the runners who get pubic ramus stress fractures");
    }

    @Test
    void aBoneStressRiskFactorWithPelvicPainSupportsAPubicRamusStressFracture() {
        // given pubic pain on one leg during runs in a runner with low energy availability
        Explanation then = assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.PUBIC_BONE))
                .history(History.builder().lowEnergyAvailability(true)));
        // then RED-S counts for the fracture
        assertFired(then, "A bone-stress risk factor with pelvic pain supports a pubic ramus stress fracture");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).because()).contains("low energy availability (RED-S)");
        // and an unknown energy availability does not
        assertNotFired(assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.PUBIC_BONE))),
                "A bone-stress risk factor with pelvic pain supports a pubic ramus stress fracture");
    }

    @Test
    void aLoadSpikeWithPelvicPainSupportsAPubicRamusStressFracture() {
        // given pubic pain on one leg during runs after a 40 % rise in distance
        Explanation then = assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.PUBIC_BONE))
                .history(History.builder().distanceIncreasePercent(40.0)));
        // then the load spike counts for the fracture
        assertFired(then, "A load spike with pelvic pain supports a pubic ramus stress fracture");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).because()).contains("running distance up 40 % on the 4 weeks before");
        // and a 10 % rise does not
        assertNotFired(assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.PUBIC_BONE))
                .history(History.builder().distanceIncreasePercent(10.0))),
                "A load spike with pelvic pain supports a pubic ramus stress fracture");
    }

    @Test
    void pelvicPainThatHasProgressedFromRunningToWalkingOrTheNightSupportsAPubicRamusStressFracture() {
        // given buttock pain during runs that now also comes when walking
        Explanation then = assess(Assessment.builder().runner(woman(28)).pain(pain(Location.BUTTOCK)
                .timing(Timing.DURING_RUN, Timing.WHEN_WALKING).aggravators(Aggravator.STANDING_ON_ONE_LEG)));
        // then the progression counts for the fracture
        assertFired(then, "Pelvic pain that has progressed from running to walking or the night supports a pubic ramus stress fracture");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).because())
                .contains("pelvic pain that has progressed from running to walking, rest or the night");
        // and with the pain only during runs it does not
        assertNotFired(assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.BUTTOCK))),
                "Pelvic pain that has progressed from running to walking or the night supports a pubic ramus stress fracture");
    }

    @Test
    void pubicGroinOrButtockPainOnHoppingSupportsAPubicRamusStressFracture() {
        // given pubic pain that hurts on hopping (as history)
        Explanation then = assess(Assessment.builder().runner(woman(28)).pain(pain(Location.PUBIC_BONE).aggravators(Aggravator.HOPPING)));
        // then hopping pain lists the fracture
        assertFired(then, "Pubic, groin or buttock pain on hopping supports a pubic ramus stress fracture");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).because()).contains("pain on hopping");
        // and a clinician's finding counts once, even with the history as well
        Explanation both = assess(Assessment.builder().runner(woman(28)).pain(pain(Location.PUBIC_BONE).aggravators(Aggravator.HOPPING))
                .exam(Exam.builder().hopTestPain(true)));
        assertThat(listed(both, PUBIC_RAMUS_STRESS_FRACTURE).score()).isEqualTo(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).score());
        // and an unknown hop does not fire
        assertNotFired(assess(Assessment.builder().runner(woman(28)).pain(pain(Location.PUBIC_BONE))),
                "Pubic, groin or buttock pain on hopping supports a pubic ramus stress fracture");
    }

    @Test
    void pelvicPainThatBeganInOneMovementArguesAgainstAPubicRamusStressFracture() {
        // given groin pain on one leg during runs that began suddenly on a turn, after a load spike
        Pain.Builder turn = pubicOnOneLeg(Location.GROIN).onset(Onset.SUDDEN).onsetEvent(OnsetEvent.CHANGE_OF_DIRECTION);
        Explanation then = assess(Assessment.builder().runner(woman(28)).pain(turn)
                .history(History.builder().distanceIncreasePercent(40.0)));
        // then the sudden onset is listed against the fracture, which stays listed
        assertFired(then, "Pelvic pain that began in one movement argues against a pubic ramus stress fracture");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).against()).contains("the pain began suddenly in one movement, as a muscle injury does");
        // and in a runner at risk of bone stress it never counts against
        assertNotFired(assess(Assessment.builder().runner(woman(28)).pain(turn)
                .history(History.builder().distanceIncreasePercent(40.0).lowEnergyAvailability(true))),
                "Pelvic pain that began in one movement argues against a pubic ramus stress fracture");
    }

    @Test
    void pubicPainInPregnancyWithoutABoneStressRiskIsMoreLikelyPelvicGirdlePainThanAStressFracture() {
        // given a pregnant runner with pubic pain during runs and walking, worse on one leg
        Explanation then = assess(Assessment.builder().runner(woman(31).pregnant(24)).pain(pain(Location.PUBIC_BONE)
                .timing(Timing.DURING_RUN, Timing.WHEN_WALKING).aggravators(Aggravator.STANDING_ON_ONE_LEG)));
        // then the pregnancy is listed against the fracture, which stays listed but below pelvic girdle pain
        assertFired(then, "Pubic pain in pregnancy without a bone-stress risk is more likely pelvic girdle pain than a stress fracture");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).against())
                .contains("pregnant with no bone-stress risk, when pubic pain is usually pelvic girdle pain");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(top(then)).isEqualTo(org.hiptriage.model.report.ConditionCode.PREGNANCY_RELATED_HIP_PAIN);
        // and after a load spike it does not count against
        assertNotFired(assess(Assessment.builder().runner(woman(31).pregnant(24)).pain(pain(Location.PUBIC_BONE)
                .timing(Timing.DURING_RUN).aggravators(Aggravator.STANDING_ON_ONE_LEG))
                .history(History.builder().distanceIncreasePercent(40.0))),
                "Pubic pain in pregnancy without a bone-stress risk is more likely pelvic girdle pain than a stress fracture");
    }

    @Test
    void painOnTheOutsideOfTheHipWithoutGroinOrPubicPainArguesAgainstAPubicRamusStressFracture() {
        // given outer hip and buttock pain during runs, worse standing on one leg, and no bone-stress risk
        Explanation then = assess(Assessment.builder().runner(woman(29))
                .pain(pubicOnOneLeg(Location.LATERAL_HIP, Location.BUTTOCK))
                .history(History.builder().distanceIncreasePercent(0.0)));
        // then the outer-hip location counts against the fracture, which drops off the list
        assertFired(then, "Pain on the outside of the hip without groin or pubic pain argues against a pubic ramus stress fracture");
        assertThat(then.report().condition(PUBIC_RAMUS_STRESS_FRACTURE)).isEmpty();
        // and with a load spike it never counts against
        Explanation spike = assess(Assessment.builder().runner(woman(29))
                .pain(pubicOnOneLeg(Location.LATERAL_HIP, Location.BUTTOCK))
                .history(History.builder().distanceIncreasePercent(40.0)));
        assertNotFired(spike, "Pain on the outside of the hip without groin or pubic pain argues against a pubic ramus stress fracture");
        assertThat(listed(spike, PUBIC_RAMUS_STRESS_FRACTURE).likelihood()).isNotNull();
        // and with groin pain as well it does not fire
        assertNotFired(assess(Assessment.builder().runner(woman(29)).pain(pubicOnOneLeg(Location.LATERAL_HIP, Location.GROIN))),
                "Pain on the outside of the hip without groin or pubic pain argues against a pubic ramus stress fracture");
    }

    @Test
    void buttockPainWithRunningThatAlsoHurtsStandingOnOneLegMayBeAPubicRamusStressFracture() {
        // given buttock pain during runs, worse standing on one leg, in a woman
        Explanation then = assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.BUTTOCK)));
        // then it counts for the fracture, less than groin or pubic pain would
        assertFired(then, "Buttock pain with running that also hurts standing on one leg may be a pubic ramus stress fracture");
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).because()).contains("buttock pain standing on one leg");
        assertNotFired(then, "Pelvic pain with running that also hurts standing on one leg points to a pubic ramus stress fracture");
        // and with pubic pain as well, the stronger rule speaks instead
        Explanation pubic = assess(Assessment.builder().runner(woman(28)).pain(pubicOnOneLeg(Location.BUTTOCK, Location.PUBIC_BONE)));
        assertNotFired(pubic, "Buttock pain with running that also hurts standing on one leg may be a pubic ramus stress fracture");
        assertFired(pubic, "Pelvic pain with running that also hurts standing on one leg points to a pubic ramus stress fracture");
    }
}
