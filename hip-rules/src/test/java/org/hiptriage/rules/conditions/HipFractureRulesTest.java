package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.HIP_FRACTURE;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.report.Level;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/hip-fracture.drl. */
class HipFractureRulesTest extends ConditionRulesTestSupport {

    static Pain.Builder afterA(OnsetEvent event, Location... where) {
        return Pain.of(5, Onset.SUDDEN, 1, where).onsetEvent(event);
    }

    static Assessment.Builder fall(int age, Location... where) {
        return caseWith(where).runner(runner().age(age)).pain(afterA(OnsetEvent.FALL, where));
    }

    @Test
    void aFallOrBlowOnFragileBoneSupportsABrokenHip() {
        // given a 70-year-old who fell and now limps
        Explanation then = assess(fall(70, Location.LATERAL_HIP).function(FunctionStatus.builder().limp(true)));
        // then the fall on fragile bone counts towards a broken hip
        assertSupports(then, HIP_FRACTURE, "A fall or blow on fragile bone supports a broken hip", "a fall or a blow with age 70");
        // and given the same at 50, not
        assertNotFired(assess(fall(50, Location.LATERAL_HIP).function(FunctionStatus.builder().limp(true))),
                "A fall or blow on fragile bone supports a broken hip");
    }

    @Test
    void aSignOfABrokenHipAfterAFallOrBlowSupportsABrokenHip() {
        // given a 40-year-old with groin pain and a limp after a fall
        Explanation then = assess(fall(40, Location.GROIN).function(FunctionStatus.builder().limp(true)));
        // then each sign counts, and a broken hip is listed even at 40
        assertSupports(then, HIP_FRACTURE, "A sign of a broken hip after a fall or blow supports a broken hip", "a limp after a fall or a blow");
        assertThat(listed(then, HIP_FRACTURE).because()).contains("groin or front-of-hip pain after a fall or a blow");
        // and given groin pain and a limp that came on gradually without a fall, not
        Explanation noFall = assess(caseWith(Location.GROIN).runner(runner().age(40))
                .function(FunctionStatus.builder().limp(true)));
        assertNotFired(noFall, "A sign of a broken hip after a fall or blow supports a broken hip");
        assertThat(report(noFall).condition(HIP_FRACTURE)).isEmpty();
    }

    @Test
    void aLegThatCannotBearWeightAfterAFallOrBlowSupportsABrokenHip() {
        // given a 30-year-old who cannot bear weight after a fall on the outer hip
        Explanation then = assess(fall(30, Location.LATERAL_HIP).function(FunctionStatus.builder().canBearWeight(false)));
        // then it counts towards a broken hip
        assertSupports(then, HIP_FRACTURE, "A leg that cannot bear weight after a fall or blow supports a broken hip",
                "cannot bear weight after a fall or a blow");
        // and given the leg bears weight, not
        assertNotFired(assess(fall(30, Location.LATERAL_HIP).function(FunctionStatus.builder().canBearWeight(true))),
                "A leg that cannot bear weight after a fall or blow supports a broken hip");
    }

    @Test
    void aLegThatLooksShorterOrTurnedOutStronglySupportsABrokenHip() {
        // given a leg that looks shorter after a fall
        Explanation then = assess(fall(45, Location.LATERAL_HIP)
                .function(FunctionStatus.builder().legShortenedOrTurnedOut(true)));
        // then a broken hip is listed
        assertSupports(then, HIP_FRACTURE, "A leg that looks shorter or turned out strongly supports a broken hip",
                "the leg looks shorter or turned outwards");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        // and given it known to look normal, not
        assertNotFired(assess(fall(45, Location.LATERAL_HIP)
                .function(FunctionStatus.builder().legShortenedOrTurnedOut(false))),
                "A leg that looks shorter or turned out strongly supports a broken hip");
    }

    @Test
    void walkingWithoutPainAndWithoutALimpAfterAFallArguesAgainstABrokenHip() {
        // given a 75-year-old on long-term steroids with groin pain after a fall, who bears weight, walks without pain and does not limp
        Explanation then = assess(fall(75, Location.GROIN).general(General.builder().longTermSteroids(true))
                .function(FunctionStatus.builder().canBearWeight(true).painFreeWalking(true).limp(false)));
        // then that argues against it (it is still listed: the fall on fragile bone and the groin pain)
        assertArgues(then, HIP_FRACTURE, "Walking without pain and without a limp after a fall argues against a broken hip",
                "walks without pain and without a limp");
        // and given the limp not asked, the argument is not made (all three must be known)
        assertNotFired(assess(fall(75, Location.GROIN)
                .function(FunctionStatus.builder().canBearWeight(true).painFreeWalking(true))),
                "Walking without pain and without a limp after a fall argues against a broken hip");
    }
}
