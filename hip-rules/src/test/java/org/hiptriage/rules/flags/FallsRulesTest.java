package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.FALL_WITH_FRAGILE_BONE;
import static org.hiptriage.model.report.FlagCode.TRAUMA_CANNOT_BEAR_WEIGHT;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/falls.drl. */
class FallsRulesTest extends RuleTestSupport {

    static final String FRAGILE = "A fall with fragile bone and a sign of a broken hip needs an X-ray today";
    static final String SHORTENED = "A leg that looks shorter or turned out is an emergency";

    static Pain.Builder afterAFall(Location... where) {
        return Pain.of(4, Onset.SUDDEN, 1, where).onsetEvent(OnsetEvent.FALL);
    }

    @Test
    void aFallWithFragileBoneAndASignOfABrokenHipNeedsAnXRayToday() {
        // given a 68-year-old who fell on the outer hip, still walks on it, but limps
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(68)).pain(afterAFall(Location.LATERAL_HIP))
                .function(FunctionStatus.builder().canBearWeight(true).limp(true)));
        // then an X-ray today, even though the leg bears weight
        assertFired(then, FRAGILE);
        assertThat(flag(then, FALL_WITH_FRAGILE_BONE).level()).isEqualTo(Level.URGENT);
        assertThat(flag(then, FALL_WITH_FRAGILE_BONE).because()).contains("a limp after a fall or a blow, with age 68");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given the same fall at 45 (no fragile bone), not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(45)).pain(afterAFall(Location.LATERAL_HIP))
                .function(FunctionStatus.builder().canBearWeight(true).limp(true))), FRAGILE);
        // and given fragile bone but no sign (walks pain-free, no limp, outer hip only), not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(68)).pain(afterAFall(Location.LATERAL_HIP))
                .function(FunctionStatus.builder().canBearWeight(true).limp(false).painFreeWalking(true))), FRAGILE);
    }

    @Test
    void aLegThatLooksShorterOrTurnedOutIsAnEmergency() {
        // given a leg that looks shorter after a fall, weight bearing not asked
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(afterAFall(Location.LATERAL_HIP))
                .function(FunctionStatus.builder().legShortenedOrTurnedOut(true)));
        // then an emergency
        assertFired(then, SHORTENED);
        assertThat(flag(then, TRAUMA_CANNOT_BEAR_WEIGHT).level()).isEqualTo(Level.EMERGENCY);
        assertThat(flag(then, TRAUMA_CANNOT_BEAR_WEIGHT).because()).contains("the leg looks shorter or turned outwards");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        // and given the leg known to look normal, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(afterAFall(Location.LATERAL_HIP))
                .function(FunctionStatus.builder().legShortenedOrTurnedOut(false))), SHORTENED);
    }
}
