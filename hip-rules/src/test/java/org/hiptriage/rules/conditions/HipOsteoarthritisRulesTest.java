package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.HIP_OSTEOARTHRITIS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/hip-osteoarthritis.drl. */
class HipOsteoarthritisRulesTest extends FrontOfHipTestSupport {

    /** Gradual groin pain, stiff in the morning. */
    private static Pain.Builder morningStiffGroin() {
        return pain(Location.GROIN).qualities(Quality.STIFFNESS).timing(Timing.NEXT_MORNING);
    }

    @Test
    void hipPainInARunnerOf50OrOverFitsOsteoarthritis() {
        // given a 58-year-old with groin pain stiff in the morning
        Explanation then = assess(Assessment.builder().runner(runner().age(58)).pain(morningStiffGroin()));
        // then the age counts for osteoarthritis
        assertFired(then, "Hip pain in a runner of 50 or over fits osteoarthritis");
        assertThat(listed(then, HIP_OSTEOARTHRITIS).because()).contains("50 or over, the age at which hip arthritis becomes common");
        // and at 45 it does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(45)).pain(morningStiffGroin())),
                "Hip pain in a runner of 50 or over fits osteoarthritis");
    }

    @Test
    void stiffnessOfTheHipInTheMorningOrAfterSittingIsTypicalOfOsteoarthritis() {
        // given a 58-year-old with groin pain stiff in the morning
        Explanation then = assess(Assessment.builder().runner(runner().age(58)).pain(morningStiffGroin()));
        // then the morning stiffness counts for osteoarthritis
        assertFired(then, "Stiffness of the hip in the morning or after sitting is typical of osteoarthritis");
        assertThat(listed(then, HIP_OSTEOARTHRITIS).because()).contains("stiffness of the hip in the morning or after sitting");
        // and stiffness without a known time does not fire
        assertNotFired(assess(Assessment.builder().runner(runner().age(58)).pain(pain(Location.GROIN).qualities(Quality.STIFFNESS))),
                "Stiffness of the hip in the morning or after sitting is typical of osteoarthritis");
    }

    @Test
    void limitedHipMovementSupportsOsteoarthritis() {
        // given a 58-year-old with groin pain and limited hip movement
        Explanation then = assess(Assessment.builder().runner(runner().age(58)).pain(pain(Location.GROIN))
                .function(FunctionStatus.builder().limitedHipMotion(true)));
        // then the limited movement counts for osteoarthritis
        assertFired(then, "Limited hip movement supports osteoarthritis");
        assertThat(listed(then, HIP_OSTEOARTHRITIS).because()).contains("the hip's movement is limited");
        // and with the movement unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner().age(58)).pain(pain(Location.GROIN))),
                "Limited hip movement supports osteoarthritis");
    }

    @Test
    void hipPainOnWalkingOrWeightBearingOver50FitsOsteoarthritis() {
        // given a 58-year-old whose groin hurts when walking
        Explanation then = assess(Assessment.builder().runner(runner().age(58)).pain(pain(Location.GROIN).timing(Timing.WHEN_WALKING)));
        // then weight-bearing pain counts for osteoarthritis
        assertFired(then, "Hip pain on walking or weight bearing over 50 fits osteoarthritis");
        assertThat(listed(then, HIP_OSTEOARTHRITIS).because()).contains("hip pain on walking or weight bearing");
        // and at 35 it does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).timing(Timing.WHEN_WALKING))),
                "Hip pain on walking or weight bearing over 50 fits osteoarthritis");
    }

    @Test
    void hipArthritisInTheFamilyAddsToOsteoarthritis() {
        // given a 58-year-old with groin pain and hip arthritis in the family
        Explanation then = assess(Assessment.builder().runner(runner().age(58)).pain(pain(Location.GROIN))
                .history(History.builder().familyHistoryHipArthritis(true)));
        // then the family history adds to osteoarthritis
        assertFired(then, "Hip arthritis in the family adds to osteoarthritis");
        assertThat(listed(then, HIP_OSTEOARTHRITIS).because()).contains("hip arthritis in the family");
        // and an unknown family history does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(58)).pain(pain(Location.GROIN))),
                "Hip arthritis in the family adds to osteoarthritis");
    }

    @Test
    void aPreviousHipInjuryAddsToOsteoarthritis() {
        // given a 58-year-old with groin pain and a previous hip injury
        Explanation then = assess(Assessment.builder().runner(runner().age(58)).pain(pain(Location.GROIN))
                .history(History.builder().priorHipInjury(true)));
        // then the old injury adds to osteoarthritis
        assertFired(then, "A previous hip injury adds to osteoarthritis");
        assertThat(listed(then, HIP_OSTEOARTHRITIS).because()).contains("a previous hip injury");
        // and no known injury does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(58)).pain(pain(Location.GROIN))
                .history(History.builder().priorHipInjury(false))), "A previous hip injury adds to osteoarthritis");
    }

    @Test
    void anAgeUnder40ArguesAgainstOsteoarthritis() {
        // given a 35-year-old with morning stiffness and limited hip movement
        Explanation then = assess(Assessment.builder().runner(runner()).pain(morningStiffGroin())
                .function(FunctionStatus.builder().limitedHipMotion(true)));
        // then the age is listed against osteoarthritis, which stays only POSSIBLE
        assertFired(then, "An age under 40 argues against osteoarthritis");
        assertThat(listed(then, HIP_OSTEOARTHRITIS).against()).contains("under 40, when hip arthritis is uncommon");
        assertThat(listed(then, HIP_OSTEOARTHRITIS).likelihood()).isEqualTo(Likelihood.POSSIBLE);
        // and at 45 it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner().age(45)).pain(morningStiffGroin())),
                "An age under 40 argues against osteoarthritis");
    }

    @Test
    void painThatBeganInOneMovementArguesAgainstOsteoarthritis() {
        // given a 58-year-old, stiff in the morning, whose pain began suddenly in an overstretch
        Explanation then = assess(Assessment.builder().runner(runner().age(58))
                .pain(morningStiffGroin().onset(Onset.SUDDEN).onsetEvent(OnsetEvent.OVERSTRETCH)));
        // then the sudden onset is listed against osteoarthritis
        assertFired(then, "Pain that began in one movement argues against osteoarthritis");
        assertThat(listed(then, HIP_OSTEOARTHRITIS).against()).contains("the pain began suddenly in one movement, unlike arthritis");
        // and a gradual onset does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(58)).pain(morningStiffGroin())),
                "Pain that began in one movement argues against osteoarthritis");
    }
}
