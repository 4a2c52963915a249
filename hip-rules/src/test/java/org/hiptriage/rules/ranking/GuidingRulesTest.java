package org.hiptriage.rules.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.COMPRESSIVE_TENDON_STRETCHING;
import static org.hiptriage.model.report.AvoidCode.DEEP_HIP_FLEXION_LOADING;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of ranking/guiding.drl. A guiding condition is not in the report itself; it shows in the
 * avoid entries chosen so as not to harm it (avoid/harm-to-the-leading-condition.drl), whose because says why it guides.
 */
class GuidingRulesTest extends RuleTestSupport {

    static final String LEADS = "The condition that leads the list guides the care";
    static final String LIKELY = "A likely condition that does not lead the list also guides the care";

    @Test
    void theConditionThatLeadsTheListGuidesTheCare() {
        // given GTPS only POSSIBLE, but the only condition listed
        Explanation then = assess(caseWith(Location.LATERAL_HIP), possible(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then it leads, and the care avoids harming it
        assertFired(then, LEADS);
        assertThat(avoid(then, COMPRESSIVE_TENDON_STRETCHING).because()).anyMatch(b -> b.endsWith("leads the list"));
        // and given a POSSIBLE GTPS below a LIKELY labral tear, it neither leads nor guides
        Explanation below = assess(caseWith(Location.GROIN), likely(LABRAL_TEAR), possible(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertFired(below, LEADS);
        assertThat(avoided(below, COMPRESSIVE_TENDON_STRETCHING)).isFalse();
        // and given no condition at all, nothing guides
        assertNotFired(assess(caseWith(Location.KNEE).runner(runner().age(40))), LEADS);
    }

    @Test
    void aLikelyConditionThatDoesNotLeadTheListAlsoGuidesTheCare() {
        // given a LIKELY labral tear that does not lead (a hip flexor tendinopathy scores higher)
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_TENDINOPATHY), likely(HIP_FLEXOR_TENDINOPATHY),
                likely(LABRAL_TEAR));
        // then the labral tear still guides the care, because it is likely
        assertFired(then, LIKELY);
        assertThat(avoid(then, DEEP_HIP_FLEXION_LOADING).because()).anyMatch(b -> b.endsWith("is likely"));
        // and given the labral tear LIKELY and leading alone, it guides as the leader, not by this rule
        assertNotFired(assess(caseWith(Location.FRONT_OF_HIP), likely(LABRAL_TEAR)), LIKELY);
        // and given the labral tear only POSSIBLE under the tendinopathy, it does not guide
        Explanation possibleOnly = assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_TENDINOPATHY), possible(LABRAL_TEAR));
        assertThat(avoided(possibleOnly, DEEP_HIP_FLEXION_LOADING)).isFalse();
    }
}
