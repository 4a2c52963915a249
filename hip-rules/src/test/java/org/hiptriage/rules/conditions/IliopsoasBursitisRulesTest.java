package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.ILIOPSOAS_BURSITIS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Quality;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/iliopsoas-bursitis.drl. */
class IliopsoasBursitisRulesTest extends FrontOfHipTestSupport {

    @Test
    void gradualPainAtTheFrontOfTheHipNearTheGroinFitsIliopsoasBursitis() {
        // given gradual front-of-hip pain, worse getting up from sitting
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.FRONT_OF_HIP, Location.GROIN).aggravators(Aggravator.RISING_FROM_SITTING)));
        // then the location and onset count for the bursitis
        assertFired(then, "Gradual pain at the front of the hip near the groin fits iliopsoas bursitis");
        assertThat(listed(then, ILIOPSOAS_BURSITIS).because()).contains("gradual pain at the front of the hip near the groin");
        // and a sudden onset does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP).onset(Onset.SUDDEN))),
                "Gradual pain at the front of the hip near the groin fits iliopsoas bursitis");
    }

    @Test
    void snappingOrClickingAtTheFrontOfTheHipFitsIliopsoasBursitis() {
        // given gradual front-of-hip pain with snapping, worse getting up from sitting
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP)
                .qualities(Quality.CLICKING).aggravators(Aggravator.RISING_FROM_SITTING)));
        // then the bursitis is LIKELY with the snapping among its reasons
        assertFired(then, "Snapping or clicking at the front of the hip fits iliopsoas bursitis");
        assertThat(listed(then, ILIOPSOAS_BURSITIS).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(listed(then, ILIOPSOAS_BURSITIS).because()).contains("snapping or clicking at the front of the hip");
        // and with the qualities unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner())
                .pain(pain(Location.FRONT_OF_HIP).aggravators(Aggravator.RISING_FROM_SITTING))),
                "Snapping or clicking at the front of the hip fits iliopsoas bursitis");
    }

    @Test
    void frontOfHipPainGettingUpFromSittingOrLiftingTheKneeFitsIliopsoasBursitis() {
        // given gradual front-of-hip pain worse getting up from sitting
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.FRONT_OF_HIP).aggravators(Aggravator.RISING_FROM_SITTING)));
        // then getting up counts for the bursitis
        assertFired(then, "Front-of-hip pain getting up from sitting or lifting the knee fits iliopsoas bursitis");
        assertThat(listed(then, ILIOPSOAS_BURSITIS).because()).contains("worse getting up from sitting or lifting the knee");
        // and with the aggravators unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP))),
                "Front-of-hip pain getting up from sitting or lifting the knee fits iliopsoas bursitis");
    }

    @Test
    void painOnResistedHipFlexionFitsIliopsoasBursitis() {
        // given gradual front-of-hip pain with snapping and pain on resisted hip flexion
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP).qualities(Quality.CLICKING))
                .exam(Exam.builder().painOnResistedHipFlexion(true)));
        // then the examination counts for the bursitis
        assertFired(then, "Pain on resisted hip flexion fits iliopsoas bursitis");
        assertThat(listed(then, ILIOPSOAS_BURSITIS).because()).contains("pain on resisted hip flexion on examination");
        // and without an examination it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP).qualities(Quality.CLICKING))),
                "Pain on resisted hip flexion fits iliopsoas bursitis");
    }

    @Test
    void aSuddenOnsetArguesAgainstIliopsoasBursitis() {
        // given sudden front-of-hip pain with snapping, worse getting up, painful on resisted hip flexion
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP).onset(Onset.SUDDEN)
                .qualities(Quality.CLICKING).aggravators(Aggravator.RISING_FROM_SITTING))
                .exam(Exam.builder().painOnResistedHipFlexion(true)));
        // then the sudden onset is listed against the bursitis
        assertFired(then, "A sudden onset argues against iliopsoas bursitis");
        assertThat(listed(then, ILIOPSOAS_BURSITIS).against()).contains("the pain began suddenly, unlike a bursitis");
    }

    @Test
    void lockingCatchingOrGivingWayPointsInsideTheJointRatherThanToTheIliopsoasBursa() {
        // given the typical bursitis history, but the hip also catches
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP)
                .qualities(Quality.CLICKING, Quality.CATCHING).aggravators(Aggravator.RISING_FROM_SITTING)));
        // then the catching is listed against the bursitis
        assertFired(then, "Locking, catching or giving way points inside the joint rather than to the iliopsoas bursa");
        assertThat(listed(then, ILIOPSOAS_BURSITIS).against()).contains("the hip locks, catches or gives way, which points inside the joint");
        // and clicking alone does not count against it
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP)
                .qualities(Quality.CLICKING).aggravators(Aggravator.RISING_FROM_SITTING))),
                "Locking, catching or giving way points inside the joint rather than to the iliopsoas bursa");
    }

    @Test
    void painWithUphillRunningOrSprintingButNotOnRisingFromSittingPointsToTheTendonMoreThanTheBursa() {
        // given gradual front-of-hip pain with snapping, worse lifting the knee and uphill, not getting up
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP)
                .qualities(Quality.CLICKING).aggravators(Aggravator.LIFTING_KNEE, Aggravator.UPHILL)));
        // then the loading pattern is listed against the bursitis
        assertFired(then, "Pain with uphill running or sprinting but not on rising from sitting points to the tendon more than the bursa");
        assertThat(listed(then, ILIOPSOAS_BURSITIS).against())
                .contains("worse uphill or sprinting but not getting up from sitting, a loading pattern of the tendon more than the bursa");
        // and when getting up hurts too it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP).qualities(Quality.CLICKING)
                .aggravators(Aggravator.LIFTING_KNEE, Aggravator.UPHILL, Aggravator.RISING_FROM_SITTING))),
                "Pain with uphill running or sprinting but not on rising from sitting points to the tendon more than the bursa");
    }
}
