package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.CAUDA_EQUINA_SYMPTOMS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
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
        Explanation then = assess(caseWith(Location.BUTTOCK).general(General.builder().saddleNumbness(true)));
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
        Explanation then = assess(caseWith(Location.LOWER_BACK).general(General.builder().bladderOrBowelChange(true)));
        // then it is an emergency
        assertFired(then, "A new bladder or bowel change with hip or back pain is a cauda equina emergency");
        assertThat(flag(then, CAUDA_EQUINA_SYMPTOMS).because()).contains("a new change in bladder or bowel control");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        // and given none, no flag
        assertNotFired(assess(caseWith(Location.LOWER_BACK).general(General.builder().bladderOrBowelChange(false))),
                "A new bladder or bowel change with hip or back pain is a cauda equina emergency");
    }

    static final String BOTH_LEGS = "Numbness or weakness in both legs is a cauda equina emergency";

    // v2: the rule "Nerve symptoms in both legs are a cauda equina emergency" (pain side BOTH with nerve symptoms) was
    // replaced by this one, which reads the side of the numbness (general.legNumbnessOrWeaknessSide), never of the pain.
    @Test
    void numbnessOrWeaknessInBothLegsIsACaudaEquinaEmergency() {
        // given numbness in both legs, with pain on the right
        Explanation then = assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).side(Side.RIGHT))
                .general(General.builder().legNumbnessOrWeakness(true).legNumbnessOrWeaknessSide(Side.BOTH)));
        // then it is treated as cauda equina, an emergency
        assertFired(then, BOTH_LEGS);
        assertThat(flag(then, CAUDA_EQUINA_SYMPTOMS).because()).contains("numbness or weakness in both legs");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        // and given the numbness on the LEFT with pain on BOTH sides, not (the side of the pain says nothing about it)
        Explanation left = assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).side(Side.BOTH))
                .general(General.builder().legNumbnessOrWeakness(true).legNumbnessOrWeaknessSide(Side.LEFT)));
        assertNotFired(left, BOTH_LEGS);
        assertThat(raised(left, CAUDA_EQUINA_SYMPTOMS)).isFalse();
        // and given tingling pain on both sides but the numbness not asked, not (v1 raised it here)
        assertNotFired(assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).side(Side.BOTH).qualities(Quality.TINGLING))), BOTH_LEGS);
        // and given numbness with its side unknown, not raised but asked
        Explanation unknownSide = assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).side(Side.BOTH))
                .general(General.builder().legNumbnessOrWeakness(true)));
        assertNotFired(unknownSide, BOTH_LEGS);
        assertThat(report(unknownSide).openQuestion("general.legNumbnessOrWeaknessSide")).isPresent();
    }
}
