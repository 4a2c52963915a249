package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.Likelihood;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/greater-trochanteric-pain-syndrome.drl. */
class GreaterTrochantericPainSyndromeRulesTest extends RuleTestSupport {

    private static Condition gtps(Explanation explanation) {
        return report(explanation).condition(GREATER_TROCHANTERIC_PAIN_SYNDROME).orElseThrow();
    }

    @Test
    void painOnTheOutsideOfTheHipPointsToGreaterTrochantericPainSyndrome() {
        // given outer hip pain and nothing else
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP)));
        // then GTPS is listed because of the location
        assertFired(then, "Pain on the outside of the hip points to greater trochanteric pain syndrome");
        assertThat(gtps(then).because()).contains("pain on the outside of the hip");
        assertThat(gtps(then).rules()).contains("Pain on the outside of the hip points to greater trochanteric pain syndrome");
        assertThat(gtps(then).sources()).contains("S2");
    }

    @Test
    void painLyingOnThePainfulSideIsTypicalOfGreaterTrochantericPainSyndrome() {
        // given outer hip pain worse lying on that side
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.LYING_ON_AFFECTED_SIDE)));
        // then GTPS is LIKELY, with the side-lying pain among its reasons
        assertFired(then, "Pain lying on the painful side is typical of greater trochanteric pain syndrome");
        assertThat(gtps(then).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(gtps(then).because()).contains("worse lying on the painful side");
    }

    @Test
    void outerHipPainOnStairsStandingOnOneLegOrCrossingTheLegsFitsGreaterTrochantericPainSyndrome() {
        // given outer hip pain on stairs
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.STAIRS)));
        // then the stairs count for GTPS
        assertFired(then, "Outer hip pain on stairs, standing on one leg or crossing the legs fits greater trochanteric pain syndrome");
        assertThat(gtps(then).because()).contains("worse on stairs, standing on one leg or crossing the legs");
    }

    @Test
    void aTenderGreaterTrochanterOnExaminationSupportsGreaterTrochantericPainSyndrome() {
        // given a clinician found the trochanter tender
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP))
                .exam(Exam.builder().greaterTrochanterTenderness(true)));
        // then GTPS is LIKELY with the finding as a reason
        assertFired(then, "A tender greater trochanter on examination supports greater trochanteric pain syndrome");
        assertThat(gtps(then).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(gtps(then).because()).contains("tender over the greater trochanter on examination");
    }

    @Test
    void womenOver40AreTheRunnersMostOftenAffectedByGreaterTrochantericPainSyndrome() {
        // given a 52-year-old woman with outer hip pain
        Explanation then = assess(Assessment.builder().runner(runner().age(52).sex(Sex.FEMALE)).pain(pain(Location.LATERAL_HIP)));
        // then her age and sex add to GTPS
        assertFired(then, "Women over 40 are the runners most often affected by greater trochanteric pain syndrome");
        // and given the same pain in a 30-year-old man, they do not
        Explanation man = assess(Assessment.builder().runner(runner().age(30)).pain(pain(Location.LATERAL_HIP)));
        assertNotFired(man, "Women over 40 are the runners most often affected by greater trochanteric pain syndrome");
    }

    @Test
    void aTrochanterThatIsNotTenderOnExaminationArguesAgainstGreaterTrochantericPainSyndrome() {
        // given outer hip pain worse lying on it, but a trochanter that is not tender
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.LYING_ON_AFFECTED_SIDE))
                .exam(Exam.builder().greaterTrochanterTenderness(false)));
        // then the examination is listed against GTPS
        assertFired(then, "A trochanter that is not tender on examination argues against greater trochanteric pain syndrome");
        assertThat(gtps(then).against()).contains("the greater trochanter was not tender on examination");
        // and an unexamined trochanter is not held against it
        Explanation unexamined = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.LYING_ON_AFFECTED_SIDE)));
        assertNotFired(unexamined, "A trochanter that is not tender on examination argues against greater trochanteric pain syndrome");
    }

    @Test
    void outerHipPainAfterChildbirthAddsToGreaterTrochantericPainSyndrome() {
        // given a 32-year-old runner 20 weeks after giving birth, with outer hip pain
        Explanation then = assess(Assessment.builder().runner(runner().age(32).sex(Sex.FEMALE).postpartum(20))
                .pain(pain(Location.LATERAL_HIP)));
        // then her being postpartum adds to GTPS
        assertFired(then, "Outer hip pain after childbirth adds to greater trochanteric pain syndrome");
        assertThat(gtps(then).because()).contains("a runner after childbirth, a group GTPS affects");
        // and given a woman who has not had a baby, it does not
        Explanation not = assess(Assessment.builder().runner(runner().age(32).sex(Sex.FEMALE)).pain(pain(Location.LATERAL_HIP)));
        assertNotFired(not, "Outer hip pain after childbirth adds to greater trochanteric pain syndrome");
    }

    @Test
    void outerHipPainThatBeganSuddenlyArguesAgainstGreaterTrochantericPainSyndrome() {
        // given outer hip pain worse lying on it, that began suddenly
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).onset(Onset.SUDDEN).aggravators(Aggravator.LYING_ON_AFFECTED_SIDE)));
        // then the sudden onset is listed against GTPS and lowers its score below LIKELY
        assertFired(then, "Outer hip pain that began suddenly argues against greater trochanteric pain syndrome");
        assertThat(gtps(then).against()).contains("the pain began suddenly, while GTPS builds up gradually");
        assertThat(gtps(then).score()).isEqualTo(4);
        // and gradual pain is not held against it
        Explanation gradual = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.LYING_ON_AFFECTED_SIDE)));
        assertNotFired(gradual, "Outer hip pain that began suddenly argues against greater trochanteric pain syndrome");
    }

    @Test
    void outerHipPainThatLyingOnThePainfulSideDoesNotWorsenArguesAgainstGreaterTrochantericPainSyndrome() {
        // given outer hip pain worse on stairs, and lying on the side known not to worsen it
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.STAIRS)));
        // then that counts a little against GTPS
        assertFired(then, "Outer hip pain that lying on the painful side does not worsen argues against greater trochanteric pain syndrome");
        assertThat(gtps(then).against()).contains("lying on the painful side does not make it worse");
        // and when nobody asked what makes it worse, nothing is held against it
        Explanation unasked = assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP)));
        assertNotFired(unasked, "Outer hip pain that lying on the painful side does not worsen argues against greater trochanteric pain syndrome");
    }
}
