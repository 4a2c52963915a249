package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.NEUROLOGICAL_SYMPTOMS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Quality;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/nerves.drl. */
class NervesRulesTest extends RuleTestSupport {

    @Test
    void numbnessTinglingOrWeaknessInTheLegShouldBeSeenByAClinician() {
        // given burning pain in the buttock
        Explanation then = assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).qualities(Quality.BURNING)));
        // then the neurological flag is raised with the finding as its reason
        assertFired(then, "Numbness, tingling or weakness in the leg should be seen by a clinician");
        assertThat(flag(then, NEUROLOGICAL_SYMPTOMS).because()).contains("numbness, tingling or burning");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        // and given no nerve quality known, no flag
        assertNotFired(assess(caseWith(Location.BUTTOCK)), "Numbness, tingling or weakness in the leg should be seen by a clinician");
    }
}
