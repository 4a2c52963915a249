package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.CAUDA_EQUINA_SYMPTOMS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Side;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/spine.drl. */
class SpineRulesTest extends RuleTestSupport {

    @Test
    void saddleNumbnessIsACaudaEquinaEmergency() {
        // given saddle numbness
        Explanation then = assess(caseWith(Location.BUTTOCK).general(general(g -> g.saddleNumbness = true)));
        // then it is an emergency
        assertFired(then, "Saddle numbness is a cauda equina emergency");
        assertThat(flag(then, CAUDA_EQUINA_SYMPTOMS).because()).contains("numbness between the legs (saddle numbness)");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        // and given it unknown, no flag
        assertNotFired(assess(caseWith(Location.BUTTOCK)), "Saddle numbness is a cauda equina emergency");
    }

    @Test
    void aNewBladderOrBowelChangeWithHipOrBackPainIsACaudaEquinaEmergency() {
        // given a new bladder change
        Explanation then = assess(caseWith(Location.LOWER_BACK).general(general(g -> g.bladderOrBowelChange = true)));
        // then it is an emergency
        assertFired(then, "A new bladder or bowel change with hip or back pain is a cauda equina emergency");
        assertThat(flag(then, CAUDA_EQUINA_SYMPTOMS).because()).contains("a new change in bladder or bowel control");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        // and given none, no flag
        assertNotFired(assess(caseWith(Location.LOWER_BACK).general(general(g -> g.bladderOrBowelChange = false))),
                "A new bladder or bowel change with hip or back pain is a cauda equina emergency");
    }

    @Test
    void nerveSymptomsInBothLegsAreACaudaEquinaEmergency() {
        // given tingling pain on both sides
        Explanation then = assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).side(Side.BOTH).qualities(Quality.TINGLING)));
        // then it is treated as cauda equina
        assertFired(then, "Nerve symptoms in both legs are a cauda equina emergency");
        assertThat(flag(then, CAUDA_EQUINA_SYMPTOMS).because()).contains("nerve symptoms in both legs");
        // and given one side, or the side unknown, no flag
        assertNotFired(assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).side(Side.LEFT).qualities(Quality.TINGLING))),
                "Nerve symptoms in both legs are a cauda equina emergency");
        assertNotFired(assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).qualities(Quality.TINGLING))),
                "Nerve symptoms in both legs are a cauda equina emergency");
    }
}
