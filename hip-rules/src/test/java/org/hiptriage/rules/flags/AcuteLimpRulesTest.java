package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.ACUTE_HIP_PAIN_WITH_LIMP;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/acute-limp.drl. */
class AcuteLimpRulesTest extends RuleTestSupport {

    static final String NO_INJURY = "New hip pain with a limp and no injury needs a same-day check for an infected joint";
    static final String AT_RISK = "A limp with hip pain in a runner at risk of infection needs a same-day check";

    @Test
    void newHipPainWithALimpAndNoInjuryNeedsASameDayCheckForAnInfectedJoint() {
        // given an 18-year-old with groin pain of 5 days, a limp, no injury named, fever not asked
        Explanation then = assess(caseWith(Location.GROIN).runner(runner().age(18)).pain(Pain.of(4, Onset.GRADUAL, 5, Location.GROIN))
                .function(FunctionStatus.builder().limp(true)));
        // then a same-day check, whether or not fever was asked
        assertFired(then, NO_INJURY);
        assertThat(flag(then, ACUTE_HIP_PAIN_WITH_LIMP).level()).isEqualTo(Level.URGENT);
        assertThat(flag(then, ACUTE_HIP_PAIN_WITH_LIMP).because()).contains("a limp with hip pain of 5 days and no injury to explain it");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given a 17-year-old (the adolescent rules apply instead), not
        assertNotFired(assess(caseWith(Location.GROIN).runner(runner().age(17)).pain(Pain.of(4, Onset.GRADUAL, 5, Location.GROIN))
                .function(FunctionStatus.builder().limp(true))), NO_INJURY);
        // and given pain of 15 days, or a limp after a sprint, not
        assertNotFired(assess(caseWith(Location.GROIN).pain(Pain.of(4, Onset.GRADUAL, 15, Location.GROIN))
                .function(FunctionStatus.builder().limp(true))), NO_INJURY);
        assertNotFired(assess(caseWith(Location.GROIN).pain(Pain.of(4, Onset.SUDDEN, 5, Location.GROIN).onsetEvent(OnsetEvent.SPRINT_OR_KICK))
                .function(FunctionStatus.builder().limp(true))), NO_INJURY);
        // and given no limp, not
        assertNotFired(assess(caseWith(Location.GROIN).pain(Pain.of(4, Onset.GRADUAL, 5, Location.GROIN))
                .function(FunctionStatus.builder().limp(false))), NO_INJURY);
    }

    @Test
    void aLimpWithHipPainInARunnerAtRiskOfInfectionNeedsASameDayCheck() {
        // given a limp with groin pain of 6 weeks that began in a sprint, in a runner with an inflammatory arthritis
        Explanation then = assess(caseWith(Location.GROIN).pain(Pain.of(4, Onset.SUDDEN, 42, Location.GROIN).onsetEvent(OnsetEvent.SPRINT_OR_KICK))
                .function(FunctionStatus.builder().limp(true)).general(General.builder().inflammatoryArthritis(true)));
        // then a same-day check, whatever started it
        assertFired(then, AT_RISK);
        assertThat(flag(then, ACUTE_HIP_PAIN_WITH_LIMP).because()).contains("a limp with hip pain in a runner with an inflammatory arthritis");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given pain of 43 days, not
        assertNotFired(assess(caseWith(Location.GROIN).pain(Pain.of(4, Onset.SUDDEN, 43, Location.GROIN).onsetEvent(OnsetEvent.SPRINT_OR_KICK))
                .function(FunctionStatus.builder().limp(true))
                .general(General.builder().inflammatoryArthritis(true))), AT_RISK);
        // and given the limp unknown, not
        assertNotFired(assess(caseWith(Location.GROIN).pain(Pain.of(4, Onset.SUDDEN, 20, Location.GROIN).onsetEvent(OnsetEvent.SPRINT_OR_KICK))
                .general(General.builder().inflammatoryArthritis(true))), AT_RISK);
    }
}
