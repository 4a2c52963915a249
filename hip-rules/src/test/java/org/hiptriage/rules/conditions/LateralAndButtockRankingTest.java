package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.APOPHYSEAL_AVULSION;
import static org.hiptriage.model.report.ConditionCode.GLUTEUS_MEDIUS_STRAIN;
import static org.hiptriage.model.report.ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME;
import static org.hiptriage.model.report.ConditionCode.ILIOTIBIAL_BAND_SYNDROME;
import static org.hiptriage.model.report.ConditionCode.LUMBAR_REFERRED_PAIN;
import static org.hiptriage.model.report.ConditionCode.PIRIFORMIS_SYNDROME;
import static org.hiptriage.model.report.ConditionCode.PROXIMAL_HAMSTRING_TENDINOPATHY;
import static org.hiptriage.model.report.ConditionCode.SEPTIC_ARTHRITIS;
import static org.hiptriage.model.report.ConditionCode.SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Surface;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/**
 * Typical presentations of the outer-hip, buttock and growing-skeleton conditions: the expected
 * condition ranks first and LIKELY, the runner-up's {@code against} says why it lost, atypical
 * presentations still land in the top 3, and the dangerous conditions stay listed.
 */
class LateralAndButtockRankingTest extends ConditionRulesTestSupport {

    private static Condition top(Explanation then) {
        return report(then).topCondition().orElseThrow();
    }

    private static void assertTopLikely(Explanation then, ConditionCode expected) {
        assertThat(top(then).code()).as("top condition, ranking " + ranking(then)).isEqualTo(expected);
        assertThat(top(then).likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    /** The runner-up ranks second, below the top, and its against names the reason and the loss. */
    private static void assertRunnerUp(Explanation then, ConditionCode runnerUp, String why) {
        assertThat(ranking(then)).as("ranking").hasSizeGreaterThanOrEqualTo(2);
        assertThat(ranking(then).get(1)).as("runner-up, ranking " + ranking(then)).isEqualTo(runnerUp);
        Condition second = listed(then, runnerUp);
        assertThat(second.score()).isLessThan(top(then).score());
        assertThat(second.against()).contains(why);
        assertThat(second.against()).anyMatch(a -> a.startsWith("fits less well than " + top(then).name()));
    }

    private static void assertInTopThree(Explanation then, ConditionCode expected) {
        assertThat(ranking(then).subList(0, Math.min(3, ranking(then).size()))).as("top 3").contains(expected);
    }

    // --- the outer hip

    @Test
    void aWomanOver40WithSideLyingPainAndATenderTrochanterHasGreaterTrochantericPainSyndrome() {
        // given a 52-year-old woman, gradual outer hip pain for 2 months, worse lying on it and on stairs, tender trochanter
        Explanation then = assess(Assessment.builder().runner(runner().age(52).sex(Sex.FEMALE))
                .pain(pain(Location.LATERAL_HIP).durationDays(60)
                        .aggravators(Aggravator.LYING_ON_AFFECTED_SIDE, Aggravator.STAIRS, Aggravator.STANDING_ON_ONE_LEG))
                .exam(Exam.builder().greaterTrochanterTenderness(true)));
        // then GTPS is first and LIKELY; the IT band and a muscle strain are argued down by the side-lying pain
        assertTopLikely(then, GREATER_TROCHANTERIC_PAIN_SYNDROME);
        assertFired(then, "Outer hip pain lying on the painful side points to the gluteal tendons rather than the IT band");
        assertFired(then, "Outer hip pain lying on the painful side points to the gluteal tendons rather than a muscle strain");
        assertThat(score(then, ILIOTIBIAL_BAND_SYNDROME)).isLessThan(Likelihood.POSSIBLE_SCORE);
        assertThat(score(then, GLUTEUS_MEDIUS_STRAIN)).isLessThan(Likelihood.POSSIBLE_SCORE);
    }

    @Test
    void outerHipPainDownTheThighThatHurtsLyingOnItRanksGreaterTrochantericPainSyndromeAboveTheItBand() {
        // given a 35-year-old woman with outer hip pain down the thigh, worse lying on that side
        Explanation then = assess(Assessment.builder().runner(runner().sex(Sex.FEMALE))
                .pain(pain(Location.LATERAL_HIP).radiatesTo(Location.OUTER_THIGH).aggravators(Aggravator.LYING_ON_AFFECTED_SIDE)));
        // then GTPS wins and the IT band says the side-lying pain is why
        assertTopLikely(then, GREATER_TROCHANTERIC_PAIN_SYNDROME);
        assertRunnerUp(then, ILIOTIBIAL_BAND_SYNDROME, "worse lying on the painful side, which points to the gluteal tendons (GTPS)");
    }

    @Test
    void aYoungRunnerWithOuterThighPainDownhillAndClickingHasIliotibialBandSyndrome() {
        // given a 28-year-old man, outer hip pain down the outer thigh, worse downhill and on stairs, clicking, cambered roads
        Explanation then = assess(Assessment.builder().runner(runner().age(28))
                .pain(pain(Location.LATERAL_HIP).radiatesTo(Location.OUTER_THIGH).qualities(Quality.CLICKING)
                        .aggravators(Aggravator.DOWNHILL, Aggravator.STAIRS))
                .history(History.builder().surfaces(Surface.ROAD, Surface.CAMBERED)));
        // then the IT band is first and LIKELY; GTPS is runner-up, losing because side-lying does not hurt
        assertTopLikely(then, ILIOTIBIAL_BAND_SYNDROME);
        assertRunnerUp(then, GREATER_TROCHANTERIC_PAIN_SYNDROME, "lying on the painful side does not make it worse");
    }

    @Test
    void suddenOuterHipPainInASprintWithATrendelenburgSignIsAGluteusMediusStrain() {
        // given a 30-year-old man whose outer hip hurt suddenly in a sprint, worse pushing off and on one leg, weak,
        // with a Trendelenburg sign and a tender trochanter
        Explanation then = assess(Assessment.builder().runner(runner().age(30))
                .pain(pain(Location.LATERAL_HIP).onset(Onset.SUDDEN).onsetEvent(OnsetEvent.SPRINT_OR_KICK)
                        .qualities(Quality.WEAKNESS).aggravators(Aggravator.PUSH_OFF, Aggravator.STANDING_ON_ONE_LEG))
                .exam(Exam.builder().greaterTrochanterTenderness(true).trendelenburgSign(true)));
        // then the strain is first and LIKELY; GTPS is runner-up, losing on the sudden onset
        assertTopLikely(then, GLUTEUS_MEDIUS_STRAIN);
        assertRunnerUp(then, GREATER_TROCHANTERIC_PAIN_SYNDROME, "the pain began suddenly, while GTPS builds up gradually");
        assertThat(score(then, ILIOTIBIAL_BAND_SYNDROME)).isLessThan(Likelihood.POSSIBLE_SCORE);
    }

    // --- the buttock

    @Test
    void sitBonePainWorseSittingUphillAndAtSpeedIsProximalHamstringTendinopathy() {
        // given a 40-year-old with gradual sit-bone and buttock pain, worse sitting, uphill and sprinting, who does speed work
        Explanation then = assess(Assessment.builder().runner(runner().age(40))
                .pain(pain(Location.SIT_BONE, Location.BUTTOCK).durationDays(70)
                        .aggravators(Aggravator.PROLONGED_SITTING, Aggravator.UPHILL, Aggravator.SPRINTING))
                .history(History.builder().speedWork(true)));
        // then the hamstring tendon is first and LIKELY; piriformis is runner-up, losing on the sit bone
        assertTopLikely(then, PROXIMAL_HAMSTRING_TENDINOPATHY);
        assertRunnerUp(then, PIRIFORMIS_SYNDROME, "pain at the sit bone, which points to the hamstring tendon");
    }

    @Test
    void aTenderSitBoneTakesPiriformisOffTheList() {
        // given the same sit-bone picture and a tender sit bone on examination
        Explanation then = assess(Assessment.builder().runner(runner().age(40))
                .pain(pain(Location.SIT_BONE, Location.BUTTOCK).aggravators(Aggravator.PROLONGED_SITTING, Aggravator.UPHILL))
                .exam(Exam.builder().ischialTuberosityTenderness(true)));
        // then the hamstring tendon is first, and piriformis drops below the list for a stated reason
        assertTopLikely(then, PROXIMAL_HAMSTRING_TENDINOPATHY);
        assertFired(then, "A tender sit bone on examination points to the hamstring tendon rather than piriformis");
        assertThat(score(then, PIRIFORMIS_SYNDROME)).isLessThan(Likelihood.POSSIBLE_SCORE);
    }

    @Test
    void buttockPainWithSciaticSpreadWorseSittingAndNoBackPainIsPiriformisSyndrome() {
        // given a 38-year-old woman, buttock pain down the back of the thigh, worse sitting, tingling, no back pain
        Explanation then = assess(Assessment.builder().runner(runner().age(38).sex(Sex.FEMALE))
                .pain(pain(Location.BUTTOCK).radiatesTo(Location.BACK_OF_THIGH).qualities(Quality.TINGLING)
                        .aggravators(Aggravator.PROLONGED_SITTING)));
        // then piriformis is first and LIKELY; the lumbar spine is runner-up, losing on the missing back pain
        assertTopLikely(then, PIRIFORMIS_SYNDROME);
        assertRunnerUp(then, LUMBAR_REFERRED_PAIN, "no pain in the lower back");
    }

    @Test
    void backAndButtockPainToTheKneeWithTinglingWorseCoughingAndAPositiveStraightLegRaiseIsLumbar() {
        // given a 50-year-old man, back and buttock pain down the back of the thigh to the knee, tingling,
        // worse coughing and sitting, positive straight-leg raise
        Explanation then = assess(Assessment.builder().runner(runner().age(50))
                .pain(pain(Location.LOWER_BACK, Location.BUTTOCK).radiatesTo(Location.BACK_OF_THIGH, Location.KNEE)
                        .qualities(Quality.TINGLING).aggravators(Aggravator.COUGHING_OR_SNEEZING, Aggravator.PROLONGED_SITTING))
                .exam(Exam.builder().straightLegRaisePositive(true)));
        // then the lumbar spine is first and LIKELY; piriformis is argued below the list by the back pain and the cough
        assertTopLikely(then, LUMBAR_REFERRED_PAIN);
        assertFired(then, "Back pain with buttock pain points to the lower back rather than piriformis");
        assertFired(then, "Buttock pain worse coughing or sneezing points to the lower back rather than piriformis");
        assertThat(score(then, PIRIFORMIS_SYNDROME)).isLessThan(Likelihood.POSSIBLE_SCORE);
    }

    @Test
    void backAndButtockPainWithSciaticSpreadRanksTheLumbarSpineAbovePiriformis() {
        // given back and buttock pain down the back of the thigh to the knee, worse sitting, tingling; no examination
        Explanation then = assess(Assessment.builder().runner(runner().age(50))
                .pain(pain(Location.LOWER_BACK, Location.BUTTOCK).radiatesTo(Location.BACK_OF_THIGH, Location.KNEE)
                        .qualities(Quality.TINGLING).aggravators(Aggravator.PROLONGED_SITTING)));
        // then the spine wins and piriformis says the back pain is why
        assertTopLikely(then, LUMBAR_REFERRED_PAIN);
        assertRunnerUp(then, PIRIFORMIS_SYNDROME, "pain in the lower back as well, which points to the spine");
    }

    // --- atypical presentations stay in the top 3

    @Test
    void atypicalPresentationsStillLandInTheTopThree() {
        // given gradual outer hip pain on stairs only, in a 45-year-old man
        assertInTopThree(assess(Assessment.builder().runner(runner().age(45))
                .pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.STAIRS))), GREATER_TROCHANTERIC_PAIN_SYNDROME);
        // given outer hip pain that clicks, nothing else known
        assertInTopThree(assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).qualities(Quality.CLICKING))), ILIOTIBIAL_BAND_SYNDROME);
        // given a gluteus medius strain that came on gradually: outer hip pain pushing off, a weak hip
        assertInTopThree(assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).qualities(Quality.WEAKNESS).aggravators(Aggravator.PUSH_OFF))), GLUTEUS_MEDIUS_STRAIN);
        // given sit-bone and buttock pain worse sitting, nothing else
        assertInTopThree(assess(Assessment.builder().runner(runner())
                .pain(pain(Location.SIT_BONE, Location.BUTTOCK).aggravators(Aggravator.PROLONGED_SITTING))), PROXIMAL_HAMSTRING_TENDINOPATHY);
        // given buttock pain worse sitting, nothing else
        assertInTopThree(assess(Assessment.builder().runner(runner())
                .pain(pain(Location.BUTTOCK).aggravators(Aggravator.PROLONGED_SITTING))), PIRIFORMIS_SYNDROME);
        // given tingling buttock pain down the back of the thigh, worse sitting, without back pain
        assertInTopThree(assess(Assessment.builder().runner(runner())
                .pain(pain(Location.BUTTOCK).radiatesTo(Location.BACK_OF_THIGH).qualities(Quality.TINGLING)
                        .aggravators(Aggravator.PROLONGED_SITTING))), LUMBAR_REFERRED_PAIN);
    }

    // --- the growing skeleton and infection: dangerous, never argued away

    @Test
    void anAdolescentWithSuddenFrontOfHipPainInASprintAndALimpHasAnAvulsionAndScfeStaysListed() {
        // given a 14-year-old boy whose front of hip hurt suddenly in a sprint, now limping
        Explanation then = assess(Assessment.builder().runner(runner().age(14))
                .pain(pain(Location.FRONT_OF_HIP).onset(Onset.SUDDEN).onsetEvent(OnsetEvent.SPRINT_OR_KICK))
                .function(FunctionStatus.builder().canBearWeight(true).limp(true)));
        // then the avulsion is first and LIKELY, and SCFE stays on the list
        assertTopLikely(then, APOPHYSEAL_AVULSION);
        assertInTopThree(then, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS);
    }

    @Test
    void anOverweightTwelveYearOldWithKneePainALimpAndAStiffHipHasScfe() {
        // given an overweight 12-year-old with gradual knee pain for 3 weeks, a limp and limited hip motion
        Explanation then = assess(Assessment.builder().runner(runner().age(12).heightCm(150.0).weightKg(56.0))
                .pain(pain(Location.KNEE).durationDays(21))
                .function(FunctionStatus.builder().canBearWeight(true).limp(true).limitedHipMotion(true)));
        // then SCFE is first and LIKELY, and no avulsion is suggested without a sudden onset
        assertTopLikely(then, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS);
        assertThat(report(then).condition(APOPHYSEAL_AVULSION)).isEmpty();
        // and an adult with the same picture is given neither growth-plate condition
        Explanation adult = assess(Assessment.builder().runner(runner().age(30).heightCm(150.0).weightKg(56.0))
                .pain(pain(Location.KNEE).durationDays(21))
                .function(FunctionStatus.builder().canBearWeight(true).limp(true).limitedHipMotion(true)));
        assertThat(ranking(adult)).doesNotContain(SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, APOPHYSEAL_AVULSION);
    }

    @Test
    void feverWithAHipThatCannotBearWeightOrMoveIsSepticArthritisWhateverElseFits() {
        // given outer hip pain worse lying on it (a GTPS picture) in a runner with a fever who cannot bear weight or move the hip
        Explanation then = assess(Assessment.builder().runner(runner().age(52).sex(Sex.FEMALE))
                .pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.LYING_ON_AFFECTED_SIDE))
                .general(General.builder().fever(true))
                .function(FunctionStatus.builder().canBearWeight(false).limitedHipMotion(true)));
        // then septic arthritis is LIKELY and in the top 3, not argued away by the tendon picture
        assertThat(listed(then, SEPTIC_ARTHRITIS).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertInTopThree(then, SEPTIC_ARTHRITIS);
        assertThat(listed(then, SEPTIC_ARTHRITIS).against()).noneMatch(a -> a.equals("no fever"));
    }
}
