package org.hiptriage.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.IMPACT_ACTIVITY;
import static org.hiptriage.model.report.CareStepCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of review/contradictions.drl. */
class ContradictionsRulesTest extends RuleTestSupport {

    @Test
    void aCareStepThatThePlanAlsoSaysToAvoidIsWithdrawn() {
        // given 8 weeks after birth with a likely GTPS: running steps planned, impact avoided
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().sex(Sex.FEMALE).postpartum(8)),
                likely(ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then every step that has her running is withdrawn, the rest stays
        assertFired(then, "A care step that the plan also says to avoid is withdrawn");
        assertThat(avoid(then, IMPACT_ACTIVITY)).isNotNull();
        for (var code : new org.hiptriage.model.report.CareStepCode[] {RETURN_TO_RUN_TEST, WALK_RUN_PROGRESSION, DYNAMIC_WARM_UP,
                COOL_DOWN, SOFT_FLAT_SURFACES}) {
            assertThat(planned(then, code)).as(code.name()).isFalse();
        }
        assertThat(planned(then, HIP_STRENGTHENING)).isTrue();
        // and given 16 weeks after birth, nothing is withdrawn
        Explanation later = assess(caseWith(Location.LATERAL_HIP).runner(runner().sex(Sex.FEMALE).postpartum(16)),
                likely(ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertNotFired(later, "A care step that the plan also says to avoid is withdrawn");
        assertThat(planned(later, RETURN_TO_RUN_TEST)).isTrue();
    }
}
