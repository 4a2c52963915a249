package org.hiptriage.rules.avoid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.HILLS_AND_SPEED_WORK;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of avoid/training.drl. */
class TrainingRulesTest extends RuleTestSupport {

    @Test
    void noHillsOrSpeedWorkWhileAHipFlexorProblemSettles() {
        // given a likely hip flexor tendinopathy
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_TENDINOPATHY));
        // then hills and speed work wait
        assertFired(then, "No hills or speed work while a hip flexor problem settles");
        // v2: the reason says why in general, the because names this runner's condition
        assertThat(avoid(then, HILLS_AND_SPEED_WORK).reason()).contains("Uphill running and sprints load the hip flexors hardest");
        assertThat(avoid(then, HILLS_AND_SPEED_WORK).because()).contains("hip flexor tendinopathy");
        // and given GTPS, not
        assertThat(avoided(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)), HILLS_AND_SPEED_WORK)).isFalse();
    }

    @Test
    void noHillsOrSpeedWorkWhileAHamstringOrAdductorTendonSettles() {
        // given a likely proximal hamstring tendinopathy
        Explanation then = assess(caseWith(Location.SIT_BONE), likely(PROXIMAL_HAMSTRING_TENDINOPATHY));
        // then hills and speed work wait
        assertFired(then, "No hills or speed work while a hamstring or adductor tendon settles");
        // v2: the condition moved from the reason to the because
        assertThat(avoid(then, HILLS_AND_SPEED_WORK).because()).contains("proximal hamstring tendinopathy");
        assertThat(avoid(then, HILLS_AND_SPEED_WORK).sources()).contains("S2");
    }

    @Test
    void noDownhillRunningWhileTheItBandSettles() {
        // given a likely IT band syndrome
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(ILIOTIBIAL_BAND_SYNDROME));
        // then hills wait, downhill named
        assertFired(then, "No downhill running while the IT band settles");
        assertThat(avoid(then, HILLS_AND_SPEED_WORK).reason()).contains("Downhill running irritates the IT band (S2)");
    }
}
