package org.hiptriage.rules.avoid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.*;
import static org.hiptriage.model.report.CareStepCode.*;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of avoid/stretching.drl. */
class StretchingRulesTest extends RuleTestSupport {

    @Test
    void noStaticHipFlexorStretchInTheFirstSixWeeksOfAHipFlexorTendinopathy() {
        // given a hip flexor tendinopathy of 10 days
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_TENDINOPATHY));
        // then S3 wins over S0/S1/S4, said in the reason, and stretching is withdrawn
        assertFired(then, "No static hip-flexor stretch in the first six weeks of a hip flexor tendinopathy");
        assertThat(avoid(then, STATIC_HIP_FLEXOR_STRETCH).reason()).contains("S3 advises no stretching in the first 6 weeks")
                .contains("S0, S1 and S4 recommend stretching in general: that applies after 6 weeks");
        assertThat(planned(then, GENTLE_STRETCHING)).isFalse();
        // and given 8 weeks of pain, not
        assertNotFired(assess(caseWith(Location.FRONT_OF_HIP).pain(Pain.of(3, Onset.GRADUAL, 56, Location.FRONT_OF_HIP)),
                likely(HIP_FLEXOR_TENDINOPATHY)), "No static hip-flexor stretch in the first six weeks of a hip flexor tendinopathy");
    }

    @Test
    void noStaticHipFlexorStretchInTheFirstSixWeeksOfAnotherHipFlexorProblem() {
        // given a hip flexor strain of 10 days
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_STRAIN));
        // then no hip-flexor stretch, naming the strain, and stretching is withdrawn
        assertFired(then, "No static hip-flexor stretch in the first six weeks of another hip-flexor problem");
        assertThat(avoid(then, STATIC_HIP_FLEXOR_STRETCH).reason()).contains("(hip flexor strain)").contains("S3");
        assertThat(planned(then, GENTLE_STRETCHING)).isFalse();
        // and given a gluteus medius strain, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(GLUTEUS_MEDIUS_STRAIN)),
                "No static hip-flexor stretch in the first six weeks of another hip-flexor problem");
    }

    @Test
    void noLongStaticStretchesJustBeforeARun() {
        // given a likely hip osteoarthritis (stretching in the plan)
        Explanation then = assess(caseWith(Location.GROIN).runner(runner().age(60)), likely(HIP_OSTEOARTHRITIS));
        // then long static stretches before runs are avoided
        assertFired(then, "No long static stretches just before a run");
        assertThat(planned(then, GENTLE_STRETCHING)).isTrue();
        assertThat(avoid(then, LONG_STATIC_STRETCH_BEFORE_RUN).reason()).contains("stretch after the run");
        // and given no stretching in the plan (no condition), not
        assertNotFired(assess(caseWith(Location.KNEE)), "No long static stretches just before a run");
    }

    @Test
    void aWarmUpIsDynamicWithoutLongStaticHolds() {
        // given a likely GTPS (a warm-up in the plan, no stretching)
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then long static holds before the run are avoided
        assertFired(then, "A warm-up is dynamic, without long static holds");
        assertThat(avoid(then, LONG_STATIC_STRETCH_BEFORE_RUN).reason()).contains("warm up with movement");
        assertThat(avoid(then, LONG_STATIC_STRETCH_BEFORE_RUN).sources()).contains("S0", "S4");
    }
}
