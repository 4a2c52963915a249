package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.NO_IMPROVEMENT;
import static org.hiptriage.model.report.FlagCode.PERSISTENT_DESPITE_REST;
import static org.hiptriage.model.report.FlagCode.WORSE_WITH_EVERY_RUN;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.CareSoFar;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Trend;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/persistence.drl. */
class PersistenceRulesTest extends RuleTestSupport {

    @Test
    void painLastingMoreThanAWeekDespiteRestShouldBeSeenByAClinician() {
        // given 10 days of stable pain despite 5 days of rest
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).trend(Trend.STABLE))
                .careSoFar(CareSoFar.builder().restedDays(5)));
        // then the flag is raised and says how long
        assertFired(then, "Pain lasting more than a week despite rest should be seen by a clinician");
        assertThat(flag(then, PERSISTENT_DESPITE_REST).because()).contains("pain for 10 days despite 5 days of rest");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        // and given the rest unknown, or the pain improving, no flag
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)), "Pain lasting more than a week despite rest should be seen by a clinician");
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).trend(Trend.IMPROVING))
                .careSoFar(CareSoFar.builder().restedDays(5))),
                "Pain lasting more than a week despite rest should be seen by a clinician");
    }

    @Test
    void painThatGetsWorseWithEveryRunShouldBeSeenByAClinician() {
        // given pain worse with every run
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).trend(Trend.WORSE_WITH_EVERY_RUN)));
        // then the flag is raised
        assertFired(then, "Pain that gets worse with every run should be seen by a clinician");
        assertThat(flag(then, WORSE_WITH_EVERY_RUN).because()).contains("the pain gets worse with every run");
        // and given a stable trend, no flag
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).trend(Trend.STABLE))),
                "Pain that gets worse with every run should be seen by a clinician");
    }

    @Test
    void painThatIsNotImprovingAfterTwoWeeksOfSelfCareShouldBeSeenByAClinician() {
        // given 20 days of stable pain despite ice
        Explanation then = assess(caseWith(Location.GROIN).pain(Pain.of(3, Onset.GRADUAL, 20, Location.GROIN).trend(Trend.STABLE))
                .careSoFar(CareSoFar.builder().ice(true)));
        // then no improvement is flagged
        assertFired(then, "Pain that is not improving after two weeks of self-care should be seen by a clinician");
        assertThat(flag(then, NO_IMPROVEMENT).because()).contains("pain for 20 days without improving despite self-care");
        // and given the trend unknown, no flag
        assertNotFired(assess(caseWith(Location.GROIN).pain(Pain.of(3, Onset.GRADUAL, 20, Location.GROIN))
                .careSoFar(CareSoFar.builder().ice(true))),
                "Pain that is not improving after two weeks of self-care should be seen by a clinician");
    }

    @Test
    void painThatKeepsGettingWorseForMoreThanAWeekShouldBeSeenByAClinician() {
        // given 10 days of worsening pain, with nothing known of the care tried
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).trend(Trend.WORSENING)));
        // then no improvement is flagged, citing S4
        assertFired(then, "Pain that keeps getting worse for more than a week should be seen by a clinician");
        assertThat(flag(then, NO_IMPROVEMENT).because()).contains("the pain has been getting worse over 10 days");
        assertThat(flag(then, NO_IMPROVEMENT).sources()).contains("S4");
        // and given only 5 days, or an unknown trend, no flag
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(3, Onset.GRADUAL, 5, Location.LATERAL_HIP).trend(Trend.WORSENING))),
                "Pain that keeps getting worse for more than a week should be seen by a clinician");
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)), "Pain that keeps getting worse for more than a week should be seen by a clinician");
    }

    static final String SIX_WEEKS = "Six weeks of pain that is not known to be improving should be seen by a clinician";

    @Test
    void sixWeeksOfPainThatIsNotKnownToBeImprovingShouldBeSeenByAClinician() {
        // given 42 days of pain, trend and rest not asked
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(3, Onset.GRADUAL, 42, Location.LATERAL_HIP)));
        // then no improvement is flagged, whatever rest was tried
        assertFired(then, SIX_WEEKS);
        assertThat(flag(then, NO_IMPROVEMENT).because()).contains("pain for 42 days that is not getting better");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        // and given 41 days, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(3, Onset.GRADUAL, 41, Location.LATERAL_HIP))), SIX_WEEKS);
        // and given 60 days of improving pain, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(3, Onset.GRADUAL, 60, Location.LATERAL_HIP).trend(Trend.IMPROVING))),
                SIX_WEEKS);
    }
}
