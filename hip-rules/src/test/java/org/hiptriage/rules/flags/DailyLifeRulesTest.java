package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.DAILY_ACTIVITIES_LIMITED;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.Location;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/daily-life.drl. */
class DailyLifeRulesTest extends RuleTestSupport {

    @Test
    void painThatLimitsDailyActivitiesShouldBeSeenByAClinician() {
        // given pain that limits daily activities
        Explanation then = assess(caseWith(Location.GROIN).function(FunctionStatus.builder().dailyActivitiesLimited(true)));
        // then the flag sends the runner to a clinician
        assertFired(then, "Pain that limits daily activities should be seen by a clinician");
        assertThat(flag(then, DAILY_ACTIVITIES_LIMITED).because()).contains("the pain limits daily activities");
        assertThat(flag(then, DAILY_ACTIVITIES_LIMITED).sources()).contains("S1");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        // and given it unknown, no flag
        assertNotFired(assess(caseWith(Location.GROIN)), "Pain that limits daily activities should be seen by a clinician");
    }

    @Test
    void aLimitedRangeOfHipMovementShouldBeSeenByAClinician() {
        // given limited hip motion
        Explanation then = assess(caseWith(Location.GROIN).function(FunctionStatus.builder().limitedHipMotion(true)));
        // then the same flag is raised with that reason
        assertFired(then, "A limited range of hip movement should be seen by a clinician");
        assertThat(flag(then, DAILY_ACTIVITIES_LIMITED).because()).contains("the hip's movement is limited");
        // and given full motion, no flag
        assertThat(raised(assess(caseWith(Location.GROIN)
                .function(FunctionStatus.builder().limitedHipMotion(false))), DAILY_ACTIVITIES_LIMITED)).isFalse();
    }
}
