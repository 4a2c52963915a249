package org.hiptriage.rules.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.CareStepCode.*;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of care/hip-flexor.drl. */
class HipFlexorRulesTest extends RuleTestSupport {

    @Test
    void eccentricHipFlexorLoadingTreatsAHipFlexorTendinopathy() {
        // given a likely hip flexor tendinopathy
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_TENDINOPATHY));
        // then eccentric loading with S3's dose
        assertFired(then, "Eccentric hip-flexor loading treats a hip flexor tendinopathy");
        assertThat(step(then, ECCENTRIC_HIP_FLEXOR_LOADING).dose()).startsWith("2 sets of 15, twice a day");
        assertThat(step(then, ECCENTRIC_HIP_FLEXOR_LOADING).sources()).containsExactly("S3");
        // and given a strain instead, not
        assertNotFired(assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_STRAIN)),
                "Eccentric hip-flexor loading treats a hip flexor tendinopathy");
    }

    @Test
    void gentleStretchingOfTheHipMusclesHelpsOncePainHasSettled() {
        // given a likely piriformis syndrome
        Explanation then = assess(caseWith(Location.BUTTOCK), likely(PIRIFORMIS_SYNDROME));
        // then gentle stretching
        assertFired(then, "Gentle stretching of the hip muscles helps once pain has settled");
        assertThat(step(then, GENTLE_STRETCHING).because()).contains("tight hip muscles add to the load on a sore hip (piriformis (deep gluteal) syndrome)");
        // and given a hip flexor tendinopathy of 60 days, stretching is fine
        assertThat(planned(assess(caseWith(Location.FRONT_OF_HIP).pain(Pain.of(3, Onset.GRADUAL, 60, Location.FRONT_OF_HIP)),
                likely(HIP_FLEXOR_TENDINOPATHY)), GENTLE_STRETCHING)).isTrue();
        // and given GTPS or proximal hamstring tendinopathy (compressed by stretching), not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)),
                "Gentle stretching of the hip muscles helps once pain has settled");
        assertNotFired(assess(caseWith(Location.SIT_BONE), likely(PROXIMAL_HAMSTRING_TENDINOPATHY)),
                "Gentle stretching of the hip muscles helps once pain has settled");
    }
}
