package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.ADOLESCENT_HIP_PAIN;
import static org.hiptriage.model.report.FlagCode.ADOLESCENT_HIP_PAIN_WITH_LIMP;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/adolescent.drl. */
class AdolescentRulesTest extends RuleTestSupport {

    static final String RULE = "An adolescent with hip, thigh or knee pain and a limp needs a same-day check";

    @Test
    void anAdolescentWithHipThighOrKneePainAndALimpNeedsASameDayCheck() {
        // given a 13-year-old with knee pain only and a limp
        Explanation then = assess(caseWith(Location.KNEE).runner(runner().age(13))
                .function(FunctionStatus.builder().limp(true)));
        // then the flag is raised at URGENT and decides the disposition
        assertFired(then, RULE);
        assertThat(flag(then, ADOLESCENT_HIP_PAIN_WITH_LIMP).level()).isEqualTo(Level.URGENT);
        assertThat(flag(then, ADOLESCENT_HIP_PAIN_WITH_LIMP).because()).contains("a young runner with hip, thigh or knee pain and a limp");
        assertThat(flag(then, ADOLESCENT_HIP_PAIN_WITH_LIMP).sources()).anyMatch(s -> s.startsWith("Peck"));
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given the limp is unknown, or the runner is an adult, it is not raised
        assertNotFired(assess(caseWith(Location.KNEE).runner(runner().age(13))), RULE);
        assertNotFired(assess(caseWith(Location.KNEE).runner(runner().age(30))
                .function(FunctionStatus.builder().limp(true))), RULE);
    }

    static final String TWO_WEEKS = "A young runner with hip, groin, thigh or knee pain for two weeks or more needs the hip examined";

    @Test
    void aYoungRunnerWithHipGroinThighOrKneePainForTwoWeeksOrMoreNeedsTheHipExamined() {
        // given a 17-year-old with knee pain only, for 14 days, limp not asked
        Explanation then = assess(caseWith(Location.KNEE).runner(runner().age(17)).pain(Pain.of(3, Onset.GRADUAL, 14, Location.KNEE)));
        // then the hip is examined for a slipped growth plate, limp or not
        assertFired(then, TWO_WEEKS);
        assertThat(flag(then, ADOLESCENT_HIP_PAIN).level()).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(flag(then, ADOLESCENT_HIP_PAIN).because()).contains("a 17-year-old with pain in the knee for 14 days");
        assertThat(level(then).atLeastAsUrgentAs(Level.SEE_CLINICIAN)).isTrue();
        // and given an 8-year-old with thigh pain for 3 weeks, too
        assertFired(assess(caseWith(Location.FRONT_OF_THIGH).runner(runner().age(8)).pain(Pain.of(3, Onset.GRADUAL, 21, Location.FRONT_OF_THIGH))),
                TWO_WEEKS);
        // and given an 18-year-old, not (the band is 8 to 17)
        assertNotFired(assess(caseWith(Location.KNEE).runner(runner().age(18)).pain(Pain.of(3, Onset.GRADUAL, 14, Location.KNEE))), TWO_WEEKS);
        // and given 13 days, or pain only in the lower back, not
        assertNotFired(assess(caseWith(Location.KNEE).runner(runner().age(17)).pain(Pain.of(3, Onset.GRADUAL, 13, Location.KNEE))), TWO_WEEKS);
        assertNotFired(assess(caseWith(Location.LOWER_BACK).runner(runner().age(15)).pain(Pain.of(3, Onset.GRADUAL, 30, Location.LOWER_BACK))),
                TWO_WEEKS);
    }
}
