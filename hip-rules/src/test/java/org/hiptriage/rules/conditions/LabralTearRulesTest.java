package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.LABRAL_TEAR;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Location;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/labral-tear.drl (the 35-year-old baseline runner adds 1 for age). */
class LabralTearRulesTest extends FrontOfHipTestSupport {

    @Test
    void groinOrFrontOfHipPainWithClickingFitsALabralTear() {
        // given groin pain with clicking
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).qualities(Quality.CLICKING)));
        // then the clicking counts for a labral tear
        assertFired(then, "Groin or front-of-hip pain with clicking fits a labral tear");
        assertThat(listed(then, LABRAL_TEAR).because()).contains("clicking in the hip");
        // and outer-hip clicking does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP).qualities(Quality.CLICKING))),
                "Groin or front-of-hip pain with clicking fits a labral tear");
    }

    @Test
    void lockingCatchingOrGivingWayOfTheHipPointsToALabralTear() {
        // given groin pain with catching
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).qualities(Quality.CATCHING)));
        // then the mechanical symptom counts for a labral tear
        assertFired(then, "Locking, catching or giving way with groin or front-of-hip pain is a mechanical hip symptom");
        assertFired(then, "Locking, catching or giving way of the hip points to a labral tear");
        assertThat(listed(then, LABRAL_TEAR).because()).contains("the hip locks, catches or gives way");
        // and with the qualities unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))),
                "Locking, catching or giving way of the hip points to a labral tear");
    }

    @Test
    void groinPainOnSittingSquattingOrCrossingTheLegsFitsFemoroacetabularImpingement() {
        // given groin pain worse squatting
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).aggravators(Aggravator.SQUATTING)));
        // then the positional pain counts for FAI
        assertFired(then, "Groin pain on sitting, squatting or crossing the legs fits femoroacetabular impingement");
        assertThat(listed(then, LABRAL_TEAR).because()).contains("groin or front-of-hip pain on sitting, squatting or crossing the legs");
        // and pain that comes after sitting counts the same way
        assertFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP).timing(Timing.AFTER_SITTING))),
                "Groin pain on sitting, squatting or crossing the legs fits femoroacetabular impingement");
    }

    @Test
    void stiffnessWithGroinPainFitsFemoroacetabularImpingement() {
        // given groin pain with clicking and stiffness
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.GROIN).qualities(Quality.CLICKING, Quality.STIFFNESS)));
        // then stiffness adds a little
        assertFired(then, "Stiffness with groin pain fits femoroacetabular impingement");
        assertThat(listed(then, LABRAL_TEAR).because()).contains("stiffness of the hip");
        assertThat(listed(then, LABRAL_TEAR).score()).isEqualTo(4);
    }

    @Test
    void aPositiveFadirTestSupportsALabralTearOrImpingement() {
        // given groin pain and a positive FADIR test
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))
                .exam(Exam.builder().fadirPositive(true)));
        // then the examination counts for the labrum
        assertFired(then, "A positive FADIR test supports a labral tear or impingement");
        assertThat(listed(then, LABRAL_TEAR).because()).contains("pain on the FADIR test on examination");
        // and without an examination it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))),
                "A positive FADIR test supports a labral tear or impingement");
    }

    @Test
    void aPositiveFaberTestAddsALittleToALabralTear() {
        // given groin pain with clicking and a positive FABER test
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).qualities(Quality.CLICKING))
                .exam(Exam.builder().faberPositive(true)));
        // then FABER adds one point
        assertFired(then, "A positive FABER test adds a little to a labral tear");
        assertThat(listed(then, LABRAL_TEAR).because()).contains("pain on the FABER test on examination");
        assertThat(listed(then, LABRAL_TEAR).score()).isEqualTo(4);
    }

    @Test
    void groinPainInAYoungerActiveAdultFitsFemoroacetabularImpingement() {
        // given a 35-year-old with groin pain and clicking
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).qualities(Quality.CLICKING)));
        // then the age adds to FAI
        assertFired(then, "Groin pain in a younger active adult fits femoroacetabular impingement");
        assertThat(listed(then, LABRAL_TEAR).because()).contains("a younger active adult, the group FAI affects");
        // and at 60 it does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(60)).pain(pain(Location.GROIN).qualities(Quality.CLICKING))),
                "Groin pain in a younger active adult fits femoroacetabular impingement");
    }

    @Test
    void aNegativeFadirTestArguesAgainstALabralTear() {
        // given clicking and catching groin pain, but a painless FADIR test
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.GROIN).qualities(Quality.CLICKING, Quality.CATCHING))
                .exam(Exam.builder().fadirPositive(false)));
        // then the examination is listed against the labrum and it drops to POSSIBLE
        assertFired(then, "A negative FADIR test argues against a labral tear");
        assertThat(listed(then, LABRAL_TEAR).against()).contains("the FADIR test was painless on examination");
        assertThat(listed(then, LABRAL_TEAR).likelihood()).isEqualTo(Likelihood.POSSIBLE);
        // and without an examination it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).qualities(Quality.CLICKING, Quality.CATCHING))),
                "A negative FADIR test argues against a labral tear");
    }

    @Test
    void groinPainOver50PointsToJointWearMoreThanALabralTear() {
        // given a 55-year-old with clicking and catching groin pain
        Explanation then = assess(Assessment.builder().runner(runner().age(55))
                .pain(pain(Location.GROIN).qualities(Quality.CLICKING, Quality.CATCHING)));
        // then the age is listed against the labrum
        assertFired(then, "Groin pain over 50 points to joint wear more than a labral tear");
        assertThat(listed(then, LABRAL_TEAR).against()).contains("50 or over, when joint pain is more often osteoarthritis");
        // and at 35 it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).qualities(Quality.CLICKING))),
                "Groin pain over 50 points to joint wear more than a labral tear");
    }
}
