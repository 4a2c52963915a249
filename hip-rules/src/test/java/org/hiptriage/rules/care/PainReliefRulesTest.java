package org.hiptriage.rules.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.CareStepCode.PARACETAMOL_PAIN_RELIEF;
import static org.hiptriage.model.report.CareStepCode.SHORT_TERM_PAIN_RELIEF;
import static org.hiptriage.model.report.ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of care/pain-relief.drl. */
class PainReliefRulesTest extends RuleTestSupport {

    @Test
    void shortTermPainReliefHelpsARunnerKeepMovingInTheFirstDays() {
        // given moderate pain (5/10) for 10 days and a likely GTPS
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(5, Onset.GRADUAL, 10, Location.LATERAL_HIP)),
                likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then short-term pain relief, from S0 and S2
        assertFired(then, "Short-term pain relief helps a runner keep moving in the first days");
        assertThat(step(then, SHORT_TERM_PAIN_RELIEF).because()).contains("moderate pain in the first two weeks");
        assertThat(step(then, SHORT_TERM_PAIN_RELIEF).sources()).contains("S0", "S2");
        // and given mild pain (3/10), not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)),
                "Short-term pain relief helps a runner keep moving in the first days");
        // and given the same pain with a fever (an emergency), not: the clinician decides, and it could mask the fever
        Explanation fever = assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(5, Onset.GRADUAL, 10, Location.LATERAL_HIP))
                .general(General.builder().fever(true)),
                likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertNotFired(fever, "Short-term pain relief helps a runner keep moving in the first days");
        assertThat(fever.report().careStep(SHORT_TERM_PAIN_RELIEF)).isEmpty();
    }

    static final String PARACETAMOL = "When anti-inflammatories are not safe, the pain relief offered is paracetamol";

    @Test
    void whenAntiInflammatoriesAreNotSafeThePainReliefOfferedIsParacetamol() {
        // given a 66-year-old with moderate pain of 10 days, a likely GTPS and the emergency screens answered "no" (a SELF_CARE case)
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(66)).pain(Pain.of(5, Onset.GRADUAL, 10, Location.LATERAL_HIP))
                .general(screened()), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then paracetamol, not the general pain relief, saying why
        assertThat(level(then)).isEqualTo(org.hiptriage.model.report.Level.SELF_CARE);
        assertFired(then, PARACETAMOL);
        assertThat(step(then, PARACETAMOL_PAIN_RELIEF).because()).contains("moderate pain in the first two weeks; no anti-inflammatories because of age 66");
        assertThat(planned(then, SHORT_TERM_PAIN_RELIEF)).isFalse();
        assertNotFired(then, "Short-term pain relief helps a runner keep moving in the first days");
        // and given a 30-year-old woman whose pregnancy was not asked, paracetamol too
        assertThat(step(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(30).sex(org.hiptriage.model.Sex.FEMALE))
                .pain(Pain.of(5, Onset.GRADUAL, 10, Location.LATERAL_HIP)).general(screened()), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)),
                PARACETAMOL_PAIN_RELIEF).because()).anyMatch(b -> b.contains("pregnancy has not been ruled out"));
        // and given a 40-year-old man without a caution, the general pain relief instead
        Explanation none = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(40)).pain(Pain.of(5, Onset.GRADUAL, 10, Location.LATERAL_HIP))
                .general(screened()), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertNotFired(none, PARACETAMOL);
        assertThat(planned(none, SHORT_TERM_PAIN_RELIEF)).isTrue();
        // and given a known pregnancy, neither: the midwife or doctor decides
        Explanation pregnant = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(30).sex(org.hiptriage.model.Sex.FEMALE).pregnant(20))
                .pain(Pain.of(5, Onset.GRADUAL, 10, Location.LATERAL_HIP)).general(screened()), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertNotFired(pregnant, PARACETAMOL);
        assertThat(planned(pregnant, PARACETAMOL_PAIN_RELIEF) || planned(pregnant, SHORT_TERM_PAIN_RELIEF)).isFalse();
    }
}
