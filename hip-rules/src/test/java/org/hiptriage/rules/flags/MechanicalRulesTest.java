package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.MECHANICAL_SYMPTOMS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Quality;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/mechanical.drl. */
class MechanicalRulesTest extends RuleTestSupport {

    @Test
    void lockingCatchingOrGivingWayShouldBeSeenByAClinician() {
        // given a hip that catches
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).qualities(Quality.CATCHING)));
        // then the mechanical flag sends the runner to a clinician
        assertFired(then, "Locking, catching or giving way should be seen by a clinician");
        assertThat(flag(then, MECHANICAL_SYMPTOMS).because()).contains("locking, catching or giving way of the hip");
        assertThat(flag(then, MECHANICAL_SYMPTOMS).level()).isEqualTo(Level.SEE_CLINICIAN);
        // and given clicking alone, no flag
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).qualities(Quality.CLICKING))),
                "Locking, catching or giving way should be seen by a clinician");
    }
}
