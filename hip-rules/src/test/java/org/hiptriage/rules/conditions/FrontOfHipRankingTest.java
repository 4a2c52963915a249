package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.ADDUCTOR_TENDINOPATHY;
import static org.hiptriage.model.report.ConditionCode.ATHLETIC_PUBALGIA;
import static org.hiptriage.model.report.ConditionCode.FEMORAL_NECK_STRESS_FRACTURE;
import static org.hiptriage.model.report.ConditionCode.HIP_FLEXOR_STRAIN;
import static org.hiptriage.model.report.ConditionCode.HIP_FLEXOR_TENDINOPATHY;
import static org.hiptriage.model.report.ConditionCode.HIP_OSTEOARTHRITIS;
import static org.hiptriage.model.report.ConditionCode.ILIOPSOAS_BURSITIS;
import static org.hiptriage.model.report.ConditionCode.LABRAL_TEAR;
import static org.hiptriage.model.report.ConditionCode.PREGNANCY_RELATED_HIP_PAIN;
import static org.hiptriage.model.report.ConditionCode.PUBIC_RAMUS_STRESS_FRACTURE;

import java.util.List;
import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/**
 * Typical front-of-hip and groin presentations: the expected condition ranks first and is LIKELY,
 * and the runner-up's {@code against} says why it lost.
 */
class FrontOfHipRankingTest extends FrontOfHipTestSupport {

    private static List<ConditionCode> ranking(Explanation then) {
        return report(then).conditions().stream().map(c -> c.code()).toList();
    }

    private static void topIsLikely(Explanation then, ConditionCode expected) {
        assertThat(top(then)).as("top of " + summary(then)).isEqualTo(expected);
        assertThat(listed(then, expected).likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void aSuddenPullInASprintIsAHipFlexorStrainNotATendinopathyOrAFracture() {
        // given a 24-year-old whose front of hip hurt suddenly in a sprint, worse lifting the knee, during runs
        Explanation then = assess(Assessment.builder().runner(runner().age(24)).pain(pain(Location.FRONT_OF_HIP)
                .onset(Onset.SUDDEN).onsetEvent(OnsetEvent.SPRINT_OR_KICK).durationDays(3).timing(Timing.DURING_RUN)
                .aggravators(Aggravator.LIFTING_KNEE, Aggravator.SPRINTING)));
        // then the strain ranks first; the sudden onset keeps the tendinopathy and the fracture off the list
        topIsLikely(then, HIP_FLEXOR_STRAIN);
        notListed(then, HIP_FLEXOR_TENDINOPATHY);
        notListed(then, FEMORAL_NECK_STRESS_FRACTURE);
        assertFired(then, "A sudden onset during a sprint or kick points to a strain rather than a tendinopathy");
    }

    @Test
    void gradualPainLiftingTheKneeAndUphillIsAHipFlexorTendinopathyAheadOfTheBursa() {
        // given gradual front-of-hip pain during runs, worse lifting the knee, uphill and sprinting
        Explanation then = assess(Assessment.builder().runner(runner().age(29)).pain(pain(Location.FRONT_OF_HIP).durationDays(18)
                .timing(Timing.DURING_RUN, Timing.AFTER_RUN).aggravators(Aggravator.LIFTING_KNEE, Aggravator.UPHILL, Aggravator.SPRINTING)));
        // then the tendinopathy ranks first and the bursitis, second, says why it lost
        topIsLikely(then, HIP_FLEXOR_TENDINOPATHY);
        assertThat(ranking(then).get(1)).isEqualTo(ILIOPSOAS_BURSITIS);
        assertThat(listed(then, ILIOPSOAS_BURSITIS).against())
                .contains("worse uphill or sprinting but not getting up from sitting, a loading pattern of the tendon more than the bursa");
        notListed(then, HIP_FLEXOR_STRAIN);
    }

    @Test
    void snappingPainGettingUpFromSittingIsIliopsoasBursitisAheadOfTheTendon() {
        // given a 40-year-old with gradual pain at the front of the hip near the groin, snapping, worse getting up and lifting the knee
        Explanation then = assess(Assessment.builder().runner(woman(40)).pain(pain(Location.FRONT_OF_HIP, Location.GROIN)
                .qualities(Quality.CLICKING).aggravators(Aggravator.RISING_FROM_SITTING, Aggravator.LIFTING_KNEE)));
        // then the bursitis ranks first and the tendinopathy's against names the snapping
        topIsLikely(then, ILIOPSOAS_BURSITIS);
        assertThat(ranking(then).get(1)).isEqualTo(HIP_FLEXOR_TENDINOPATHY);
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against())
                .contains("clicking or snapping at the front of the hip, more typical of iliopsoas bursitis or the joint");
    }

    @Test
    void clickingCatchingGroinPainOnSittingAndSquattingIsALabralTearAheadOfTheBursaAndTendon() {
        // given a 27-year-old with clicking and catching groin pain, worse sitting, squatting and lifting the knee
        Explanation then = assess(Assessment.builder().runner(runner().age(27)).pain(pain(Location.GROIN).durationDays(60)
                .qualities(Quality.CLICKING, Quality.CATCHING)
                .aggravators(Aggravator.PROLONGED_SITTING, Aggravator.SQUATTING, Aggravator.LIFTING_KNEE)));
        // then the labral tear ranks first; the bursitis and tendinopathy say why they lost
        topIsLikely(then, LABRAL_TEAR);
        assertThat(listed(then, ILIOPSOAS_BURSITIS).against()).contains("the hip locks, catches or gives way, which points inside the joint");
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against())
                .contains("clicking or snapping at the front of the hip, more typical of iliopsoas bursitis or the joint");
        notListed(then, HIP_OSTEOARTHRITIS);
    }

    @Test
    void morningStiffnessAndLimitedMovementOver50IsOsteoarthritisWithoutHidingAStressFractureThatHurtsWithRunning() {
        // given a 61-year-old with groin pain on walking and stairs, stiff in the morning, limited movement, arthritis in the family
        Explanation then = assess(Assessment.builder().runner(woman(61)).pain(pain(Location.GROIN, Location.FRONT_OF_HIP).durationDays(120)
                .qualities(Quality.STIFFNESS).timing(Timing.NEXT_MORNING, Timing.WHEN_WALKING).aggravators(Aggravator.STAIRS))
                .function(FunctionStatus.builder().limitedHipMotion(true))
                .history(History.builder().familyHistoryHipArthritis(true)));
        // then osteoarthritis ranks first; the labrum loses on age, the tendon on limited movement
        topIsLikely(then, HIP_OSTEOARTHRITIS);
        notListed(then, LABRAL_TEAR);
        notListed(then, HIP_FLEXOR_TENDINOPATHY);
        // and walking pain that is not known to come with running does not list a femoral neck stress fracture
        notListed(then, FEMORAL_NECK_STRESS_FRACTURE);
        // but when the same groin pain also comes with running, the fracture is listed below and says why
        Explanation running = assess(Assessment.builder().runner(woman(61)).pain(pain(Location.GROIN, Location.FRONT_OF_HIP).durationDays(120)
                .qualities(Quality.STIFFNESS).timing(Timing.DURING_RUN, Timing.NEXT_MORNING, Timing.WHEN_WALKING).aggravators(Aggravator.STAIRS))
                .function(FunctionStatus.builder().limitedHipMotion(true))
                .history(History.builder().familyHistoryHipArthritis(true)));
        topIsLikely(running, HIP_OSTEOARTHRITIS);
        // v2: a serious runner-up under an URGENT disposition is said to be ruled out first, not only to "fit less well"
        assertThat(listed(running, FEMORAL_NECK_STRESS_FRACTURE).against()).anyMatch(a -> a.startsWith("scores below Hip osteoarthritis")
                && a.contains("it must be ruled out first"));
    }

    @Test
    void groinPainProgressingToNightInAnAmenorrhoeicRunnerIsAFemoralNeckStressFracture() {
        // given a 22-year-old with absent periods, RED-S and a 35 % load spike, whose groin pain during runs now comes at night and on walking
        Explanation then = assess(Assessment.builder().runner(woman(22).menstrualStatus(MenstrualStatus.ABSENT))
                .pain(pain(Location.GROIN).durationDays(20).timing(Timing.DURING_RUN, Timing.AT_NIGHT).aggravators(Aggravator.WALKING))
                .function(FunctionStatus.builder().painFreeWalking(false))
                .history(History.builder().weeklyDistanceKm(80.0).distanceIncreasePercent(35.0)
                        .lowEnergyAvailability(true)));
        // then the femoral neck ranks first; the tendinopathy is argued off the list by the night pain
        topIsLikely(then, FEMORAL_NECK_STRESS_FRACTURE);
        notListed(then, HIP_FLEXOR_TENDINOPATHY);
        assertThat(listed(then, PUBIC_RAMUS_STRESS_FRACTURE).against())
                // v2: a serious runner-up under an URGENT disposition is said to be ruled out first, not only to "fit less well"
                .anyMatch(a -> a.startsWith("scores below Femoral neck stress fracture") && a.contains("it must be ruled out first"));
    }

    @Test
    void groinAndButtockPainOnOneLegInAWomanDistanceRunnerIsAPubicRamusStressFracture() {
        // given a 26-year-old running 55 km a week, up 40 %, with groin and buttock pain during runs, worse on one leg
        Explanation then = assess(Assessment.builder().runner(woman(26))
                .pain(pain(Location.GROIN, Location.BUTTOCK).durationDays(21).timing(Timing.DURING_RUN)
                        .aggravators(Aggravator.STANDING_ON_ONE_LEG))
                .history(History.builder().weeklyDistanceKm(55.0).distanceIncreasePercent(40.0)));
        // then the pubic ramus ranks first and the femoral neck stays listed just below it
        topIsLikely(then, PUBIC_RAMUS_STRESS_FRACTURE);
        assertThat(ranking(then).get(1)).isEqualTo(FEMORAL_NECK_STRESS_FRACTURE);
        assertThat(listed(then, FEMORAL_NECK_STRESS_FRACTURE).likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void innerThighPainOnTurningWithAPainfulSqueezeIsAdductorRelatedNotPubalgia() {
        // given a 30-year-old with inner-thigh and groin pain, worse turning and sprinting, not coughing; squeeze test painful
        Explanation then = assess(Assessment.builder().runner(runner().age(30))
                .pain(pain(Location.INNER_THIGH, Location.GROIN).timing(Timing.DURING_RUN)
                        .aggravators(Aggravator.DIRECTION_CHANGES, Aggravator.SPRINTING))
                .exam(Exam.builder().adductorSqueezePain(true)));
        // then the adductors rank first; athletic pubalgia is argued off the list by the inner thigh
        topIsLikely(then, ADDUCTOR_TENDINOPATHY);
        notListed(then, ATHLETIC_PUBALGIA);
        assertFired(then, "Inner-thigh pain that a cough does not worsen points to the adductors rather than athletic pubalgia");
    }

    @Test
    void inguinalPainOnCoughingAndTurningIsAthleticPubalgiaNotTheAdductors() {
        // given a 28-year-old man with groin and pubic pain worse coughing, turning and sprinting
        Explanation then = assess(Assessment.builder().runner(runner().age(28)).pain(pain(Location.GROIN, Location.PUBIC_BONE)
                .aggravators(Aggravator.COUGHING_OR_SNEEZING, Aggravator.DIRECTION_CHANGES, Aggravator.SPRINTING)));
        // then athletic pubalgia ranks first; the adductors and the hip flexor tendon are argued away by the cough
        topIsLikely(then, ATHLETIC_PUBALGIA);
        notListed(then, ADDUCTOR_TENDINOPATHY);
        notListed(then, HIP_FLEXOR_TENDINOPATHY);
    }

    @Test
    void hipFlexorPainInPregnancyIsPregnancyRelatedAheadOfThePlainTendinopathy() {
        // given a runner 20 weeks pregnant with the typical hip-flexor history and pain on resisted hip flexion
        Explanation then = assess(Assessment.builder().runner(woman(31).pregnant(20)).pain(pain(Location.FRONT_OF_HIP)
                .aggravators(Aggravator.LIFTING_KNEE, Aggravator.UPHILL))
                .exam(Exam.builder().painOnResistedHipFlexion(true)));
        // then the pregnancy-related pattern ranks first and the tendinopathy, second, says why it lost
        topIsLikely(then, PREGNANCY_RELATED_HIP_PAIN);
        assertThat(ranking(then).get(1)).isEqualTo(HIP_FLEXOR_TENDINOPATHY);
        assertThat(listed(then, HIP_FLEXOR_TENDINOPATHY).against())
                .contains("pregnant or recently given birth: the pregnancy-related pattern explains hip-flexor pain better");
    }

    @Test
    void pubicPainOnOneLegAndStairsInPregnancyIsPelvicGirdlePainNotAFractureOrPubalgia() {
        // given a runner 24 weeks pregnant with pubic and groin pain worse on one leg and on stairs, bearing weight
        Explanation then = assess(Assessment.builder().runner(woman(31).pregnant(24)).pain(pain(Location.PUBIC_BONE, Location.GROIN)
                .durationDays(20).aggravators(Aggravator.STANDING_ON_ONE_LEG, Aggravator.STAIRS))
                .function(FunctionStatus.builder().canBearWeight(true)));
        // then pregnancy-related pain ranks first; pubalgia and the pubic ramus are not listed
        topIsLikely(then, PREGNANCY_RELATED_HIP_PAIN);
        notListed(then, ATHLETIC_PUBALGIA);
        notListed(then, PUBIC_RAMUS_STRESS_FRACTURE);
    }
}
