package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.CANNOT_BEAR_WEIGHT;
import static org.hiptriage.model.report.FlagCode.TRAUMA_CANNOT_BEAR_WEIGHT;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.Location;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/trauma.drl. */
class TraumaRulesTest extends RuleTestSupport {

    @Test
    void inabilityToBearWeightAfterAFallOrBlowIsAnEmergency() {
        // given a fall and a leg that cannot take weight
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).onsetEvent(OnsetEvent.FALL))
                .function(FunctionStatus.builder().canBearWeight(false)));
        // then it is an emergency
        assertFired(then, "Inability to bear weight after a fall or blow is an emergency");
        assertThat(flag(then, TRAUMA_CANNOT_BEAR_WEIGHT).because()).contains("cannot bear weight after a fall or a blow");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        // and given weight bearing unknown after the fall, no flag
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).onsetEvent(OnsetEvent.FALL))),
                "Inability to bear weight after a fall or blow is an emergency");
    }

    @Test
    void aChildOrAdolescentWhoCannotBearWeightIsAnEmergency() {
        // given a 12-year-old who cannot bear weight
        Explanation then = assess(caseWith(Location.KNEE).runner(runner().age(12))
                .function(FunctionStatus.builder().canBearWeight(false)));
        // then the weight-bearing flag is escalated to EMERGENCY
        assertFired(then, "A child or adolescent who cannot bear weight is an emergency");
        assertThat(flag(then, CANNOT_BEAR_WEIGHT).level()).isEqualTo(Level.EMERGENCY);
        assertThat(flag(then, CANNOT_BEAR_WEIGHT).because()).contains("a child or adolescent who cannot bear weight on the leg");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        // and given an adult, it stays URGENT
        Explanation adult = assess(caseWith(Location.KNEE).function(FunctionStatus.builder().canBearWeight(false)));
        assertNotFired(adult, "A child or adolescent who cannot bear weight is an emergency");
        assertThat(flag(adult, CANNOT_BEAR_WEIGHT).level()).isEqualTo(Level.URGENT);
    }
}
