package org.hiptriage.rules.avoid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.ANTI_INFLAMMATORY_DRUGS;
import static org.hiptriage.model.report.CareStepCode.PARACETAMOL_PAIN_RELIEF;
import static org.hiptriage.model.report.CareStepCode.SHORT_TERM_PAIN_RELIEF;
import static org.hiptriage.model.report.ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of avoid/anti-inflammatories.drl. */
class AntiInflammatoriesRulesTest extends RuleTestSupport {

    static final String RULE = "No anti-inflammatory drugs for a runner who should not take them";

    @Test
    void noAntiInflammatoryDrugsForARunnerWhoShouldNotTakeThem() {
        // given a runner on blood thinners with moderate pain of 10 days and a likely GTPS
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(5, Onset.GRADUAL, 10, Location.LATERAL_HIP))
                .general(screened().anticoagulants(true)), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then anti-inflammatories are avoided, with the reason in general and this runner's fact, and paracetamol offered
        assertFired(then, RULE);
        assertThat(avoid(then, ANTI_INFLAMMATORY_DRUGS).reason()).contains("paracetamol is the safer choice");
        assertThat(avoid(then, ANTI_INFLAMMATORY_DRUGS).because()).contains("blood thinners");
        assertThat(avoid(then, ANTI_INFLAMMATORY_DRUGS).sources()).isNotEmpty();
        assertThat(planned(then, SHORT_TERM_PAIN_RELIEF)).isFalse();
        assertThat(planned(then, PARACETAMOL_PAIN_RELIEF)).isTrue();
        // and given a 40-year-old man with no caution, not
        Explanation none = assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(5, Onset.GRADUAL, 10, Location.LATERAL_HIP))
                .general(screened().anticoagulants(false)), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertNotFired(none, RULE);
        assertThat(avoided(none, ANTI_INFLAMMATORY_DRUGS)).isFalse();
    }
}
