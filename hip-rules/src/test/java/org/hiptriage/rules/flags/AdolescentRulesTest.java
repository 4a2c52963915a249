package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.ADOLESCENT_HIP_PAIN_WITH_LIMP;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/adolescent.drl. */
class AdolescentRulesTest extends RuleTestSupport {

    static final String RULE = "An adolescent with hip, thigh or knee pain and a limp needs a same-day check";

    @Test
    void anAdolescentWithHipThighOrKneePainAndALimpNeedsASameDayCheck() {
        // given a 13-year-old with knee pain only and a limp
        Explanation then = assess(caseWith(Location.KNEE).runner(runner().age(13)).function(function(f -> f.limp = true)));
        // then the flag is raised at URGENT and decides the disposition
        assertFired(then, RULE);
        assertThat(flag(then, ADOLESCENT_HIP_PAIN_WITH_LIMP).level()).isEqualTo(Level.URGENT);
        assertThat(flag(then, ADOLESCENT_HIP_PAIN_WITH_LIMP).because()).contains("a young runner with hip, thigh or knee pain and a limp");
        assertThat(flag(then, ADOLESCENT_HIP_PAIN_WITH_LIMP).sources()).anyMatch(s -> s.startsWith("Peck"));
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given the limp is unknown, or the runner is an adult, it is not raised
        assertNotFired(assess(caseWith(Location.KNEE).runner(runner().age(13))), RULE);
        assertNotFired(assess(caseWith(Location.KNEE).runner(runner().age(30)).function(function(f -> f.limp = true))), RULE);
    }
}
