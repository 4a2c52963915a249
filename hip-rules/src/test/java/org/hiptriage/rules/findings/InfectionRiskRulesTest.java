package org.hiptriage.rules.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.ACUTE_HIP_PAIN_WITH_LIMP;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of findings/infection-risk.drl; the risk shows in the ACUTE_HIP_PAIN_WITH_LIMP flag it lowers the bar for. */
class InfectionRiskRulesTest extends RuleTestSupport {

    /** Groin pain of 30 days that began in a sprint (so the no-injury limp rule does not apply), with a limp. */
    static Pain.Builder afterASprint() {
        return Pain.of(4, Onset.SUDDEN, 30, Location.GROIN).onsetEvent(OnsetEvent.SPRINT_OR_KICK);
    }

    @Test
    void immunosuppressionRaisesTheRiskOfAnInfectedJoint() {
        // given a limp with groin pain of 30 days in a runner with diabetes or immunosuppression, fever not asked
        Explanation then = assess(caseWith(Location.GROIN).pain(afterASprint()).function(FunctionStatus.builder().limp(true))
                .general(General.builder().immunosuppressed(true)));
        // then the risk is found and named in the same-day flag
        assertFired(then, "Immunosuppression raises the risk of an infected joint");
        assertThat(flag(then, ACUTE_HIP_PAIN_WITH_LIMP).because()).contains("a limp with hip pain in a runner with immunosuppression or diabetes");
        // and given known not immunosuppressed, not, and no flag
        Explanation not = assess(caseWith(Location.GROIN).pain(afterASprint()).function(FunctionStatus.builder().limp(true))
                .general(General.builder().immunosuppressed(false)));
        assertNotFired(not, "Immunosuppression raises the risk of an infected joint");
        assertThat(raised(not, ACUTE_HIP_PAIN_WITH_LIMP)).isFalse();
    }

    @Test
    void anInflammatoryArthritisRaisesTheRiskOfAnInfectedJoint() {
        // given a limp with groin pain in a runner with rheumatoid arthritis
        Explanation then = assess(caseWith(Location.GROIN).pain(afterASprint()).function(FunctionStatus.builder().limp(true))
                .general(General.builder().inflammatoryArthritis(true)));
        // then the risk is found and named
        assertFired(then, "An inflammatory arthritis raises the risk of an infected joint");
        assertThat(flag(then, ACUTE_HIP_PAIN_WITH_LIMP).because()).contains("a limp with hip pain in a runner with an inflammatory arthritis");
        // and given it unknown, not
        assertNotFired(assess(caseWith(Location.GROIN).pain(afterASprint()).function(FunctionStatus.builder().limp(true))),
                "An inflammatory arthritis raises the risk of an infected joint");
    }
}
