package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.HIP_FLEXOR_TENDINOPATHY;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/hip-flexor-tendinopathy.drl. */
class HipFlexorTendinopathyRulesTest extends FrontOfHipTestSupport {

    /** Gradual front-of-hip pain worse lifting the knee and uphill: the typical tendinopathy (score 7). */
    private static Pain.Builder typical(Location... where) {
        return pain(where).aggravators(Aggravator.LIFTING_KNEE, Aggravator.UPHILL);
    }

    @Test
    void deepFrontOfHipOrGroinPainOfGradualOnsetFitsHipFlexorTendinopathy() {
        // given gradual front-of-hip pain on stairs
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.FRONT_OF_HIP).aggravators(Aggravator.STAIRS)));
        // then the gradual front-of-hip pain counts for the tendinopathy
        assertFired(then, "Deep front-of-hip or groin pain of gradual onset fits hip flexor tendinopathy");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).because()).contains("gradual pain at the front of the hip or in the groin");
        // and outer-hip pain does not
        Explanation lateral = assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP)));
        assertNotFired(lateral, "Deep front-of-hip or groin pain of gradual onset fits hip flexor tendinopathy");
    }

    @Test
    void frontOfHipPainWhenLiftingTheKneeIsTheHallmarkOfAHipFlexorProblem() {
        // given gradual front-of-hip pain worse lifting the knee
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.FRONT_OF_HIP).aggravators(Aggravator.LIFTING_KNEE)));
        // then lifting the knee counts for the tendinopathy
        assertFired(then, "Front-of-hip pain when lifting the knee is the hallmark of a hip flexor problem");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).because()).contains("worse lifting the knee");
        // and with the aggravators unknown it does not fire
        Explanation unknown = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP)));
        assertNotFired(unknown, "Front-of-hip pain when lifting the knee is the hallmark of a hip flexor problem");
    }

    @Test
    void frontOfHipPainRunningUphillSprintingOrOnStairsFitsHipFlexorTendinopathy() {
        // given the typical tendinopathy: worse lifting the knee and uphill
        Explanation then = assess(Assessment.builder().runner(runner()).pain(typical(Location.FRONT_OF_HIP)));
        // then it is LIKELY, uphill running among its reasons
        assertFired(then, "Front-of-hip pain running uphill, sprinting or on stairs fits hip flexor tendinopathy");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).because()).contains("worse running uphill, sprinting or on stairs");
    }

    @Test
    void painOnResistedHipFlexionSupportsAHipFlexorProblem() {
        // given gradual front-of-hip pain and pain on resisted hip flexion
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP))
                .exam(Exam.builder().painOnResistedHipFlexion(true)));
        // then the tendinopathy is LIKELY with the finding as a reason
        assertFired(then, "Pain on resisted hip flexion supports a hip flexor problem");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).because()).contains("pain on resisted hip flexion on examination");
        // and without an examination it does not fire
        Explanation unexamined = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP)));
        assertNotFired(unexamined, "Pain on resisted hip flexion supports a hip flexor problem");
    }

    @Test
    void aSuddenOnsetDuringASprintOrKickPointsToAStrainRatherThanATendinopathy() {
        // given front-of-hip pain that began suddenly in a sprint, painful on resisted hip flexion
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.FRONT_OF_HIP).onset(Onset.SUDDEN).onsetEvent(OnsetEvent.SPRINT_OR_KICK))
                .exam(Exam.builder().painOnResistedHipFlexion(true)));
        // then the sudden onset keeps the tendinopathy off the list and the strain ranks first
        assertFired(then, "A sudden onset during a sprint or kick points to a strain rather than a tendinopathy");
        notListed(then, HIP_FLEXOR_TENDINOPATHY);
        assertThat(top(then)).isEqualTo(ConditionCode.HIP_FLEXOR_STRAIN);
    }

    @Test
    void painAtNightOrAtRestArguesAgainstATendonProblemOfTheHipFlexors() {
        // given gradual front-of-hip pain worse lifting the knee that also comes at night
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.FRONT_OF_HIP).aggravators(Aggravator.LIFTING_KNEE).timing(Timing.AT_NIGHT)));
        // then the night pain is listed against the tendinopathy
        assertFired(then, "Pain at night or at rest argues against a tendon problem of the hip flexors");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against()).contains("pain at night or at rest, unusual for a tendon");
        // and with the timing unknown it does not fire
        Explanation unknown = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.FRONT_OF_HIP).aggravators(Aggravator.LIFTING_KNEE)));
        assertNotFired(unknown, "Pain at night or at rest argues against a tendon problem of the hip flexors");
    }

    @Test
    void painlessResistedHipFlexionArguesAgainstHipFlexorTendinopathy() {
        // given the typical history but painless resisted hip flexion
        Explanation then = assess(Assessment.builder().runner(runner()).pain(typical(Location.FRONT_OF_HIP))
                .exam(Exam.builder().painOnResistedHipFlexion(false)));
        // then the examination counts against the tendinopathy, which drops to POSSIBLE
        assertFired(then, "Painless resisted hip flexion argues against hip flexor tendinopathy");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against()).contains("resisted hip flexion was painless on examination");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).likelihood()).isEqualTo(Likelihood.POSSIBLE);
        // and an unexamined hip is not held against it
        Explanation unexamined = assess(Assessment.builder().runner(runner()).pain(typical(Location.FRONT_OF_HIP)));
        assertNotFired(unexamined, "Painless resisted hip flexion argues against hip flexor tendinopathy");
    }

    @Test
    void groinPainOnCoughingOrSneezingPointsAwayFromTheHipFlexorTendon() {
        // given the typical history in the groin, also worse coughing
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN)
                .aggravators(Aggravator.LIFTING_KNEE, Aggravator.UPHILL, Aggravator.COUGHING_OR_SNEEZING)));
        // then coughing is listed against the tendinopathy
        assertFired(then, "Groin pain on coughing or sneezing points away from the hip flexor tendon");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against())
                .contains("worse coughing or sneezing, which points to the abdominal wall (athletic pubalgia)");
        // and without coughing it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(typical(Location.GROIN))),
                "Groin pain on coughing or sneezing points away from the hip flexor tendon");
    }

    @Test
    void frontOfHipPainInPregnancyOrAfterBirthIsBetterExplainedAsPregnancyRelatedHipPain() {
        // given the typical history in a runner 20 weeks pregnant
        Explanation then = assess(Assessment.builder().runner(woman(31).pregnant(20)).pain(typical(Location.FRONT_OF_HIP)));
        // then pregnancy is listed against the plain tendinopathy, and the pregnancy-related pattern ranks above it
        assertFired(then, "Front-of-hip pain in pregnancy or after birth is better explained as pregnancy-related hip pain");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against())
                .contains("pregnant or recently given birth: the pregnancy-related pattern explains hip-flexor pain better");
        assertThat(top(then)).isEqualTo(ConditionCode.PREGNANCY_RELATED_HIP_PAIN);
        // and for a woman who is not pregnant it does not fire
        assertNotFired(assess(Assessment.builder().runner(woman(31)).pain(typical(Location.FRONT_OF_HIP))),
                "Front-of-hip pain in pregnancy or after birth is better explained as pregnancy-related hip pain");
    }

    @Test
    void clickingOrSnappingAtTheFrontOfTheHipPointsToTheBursaOrTheJointRatherThanTheTendon() {
        // given the typical history with clicking
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(typical(Location.FRONT_OF_HIP).qualities(Quality.CLICKING)));
        // then the clicking is listed against the tendinopathy
        assertFired(then, "Clicking or snapping at the front of the hip points to the bursa or the joint rather than the tendon");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against())
                .contains("clicking or snapping at the front of the hip, more typical of iliopsoas bursitis or the joint");
        // and with the qualities unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(typical(Location.FRONT_OF_HIP))),
                "Clicking or snapping at the front of the hip points to the bursa or the joint rather than the tendon");
    }

    @Test
    void limitedHipMovementPointsToTheJointRatherThanTheHipFlexorTendon() {
        // given the typical history and a hip whose movement is limited
        Explanation then = assess(Assessment.builder().runner(runner()).pain(typical(Location.FRONT_OF_HIP))
                .function(FunctionStatus.builder().limitedHipMotion(true)));
        // then the limited movement is listed against the tendinopathy
        assertFired(then, "Limited hip movement points to the joint rather than the hip flexor tendon");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against())
                .contains("the hip's movement is limited, which points to the joint rather than a tendon");
        // and a hip known to move fully is not held against it
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(typical(Location.FRONT_OF_HIP))
                .function(FunctionStatus.builder().limitedHipMotion(false))),
                "Limited hip movement points to the joint rather than the hip flexor tendon");
    }

    @Test
    void innerThighPainPointsToTheAdductorsRatherThanTheHipFlexorTendon() {
        // given the typical history felt in the groin and inner thigh
        Explanation then = assess(Assessment.builder().runner(runner()).pain(typical(Location.GROIN, Location.INNER_THIGH)));
        // then the inner thigh is listed against the tendinopathy
        assertFired(then, "Inner-thigh pain points to the adductors rather than the hip flexor tendon");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against())
                .contains("the pain is in the inner thigh, where the adductors are, not the front of the hip");
        // and when the front of the hip hurts too it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(typical(Location.FRONT_OF_HIP, Location.INNER_THIGH))),
                "Inner-thigh pain points to the adductors rather than the hip flexor tendon");
    }
}
