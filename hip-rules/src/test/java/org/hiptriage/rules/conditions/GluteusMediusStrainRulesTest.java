package org.hiptriage.rules.conditions;

import static org.hiptriage.model.report.ConditionCode.GLUTEUS_MEDIUS_STRAIN;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Quality;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/gluteus-medius-strain.drl. */
class GluteusMediusStrainRulesTest extends ConditionRulesTestSupport {

    private static Assessment.Builder sudden(Location where, Aggravator... worse) {
        return Assessment.builder().runner(runner()).pain(pain(where).onset(Onset.SUDDEN).aggravators(worse));
    }

    @Test
    void painOnTheOutsideOrBackOfTheHipFitsAGluteusMediusStrain() {
        // given sudden pain at the back of the hip
        Explanation then = assess(sudden(Location.BUTTOCK));
        // then the location counts for a gluteus medius strain
        assertSupports(then, GLUTEUS_MEDIUS_STRAIN, "Pain on the outside or back of the hip fits a gluteus medius strain",
                "pain on the outside or back of the hip");
        // and groin pain does not
        assertNotFired(assess(sudden(Location.GROIN)), "Pain on the outside or back of the hip fits a gluteus medius strain");
    }

    @Test
    void outerOrBackHipPainThatBeganSuddenlyIsTypicalOfAGluteusMediusStrain() {
        // given outer hip pain that began suddenly
        Explanation then = assess(sudden(Location.LATERAL_HIP));
        // then the sudden onset counts as typical of a strain
        assertSupports(then, GLUTEUS_MEDIUS_STRAIN, "Outer or back hip pain that began suddenly is typical of a gluteus medius strain",
                "the pain began suddenly, as a strain does");
        // and gradual outer hip pain does not get it
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP))),
                "Outer or back hip pain that began suddenly is typical of a gluteus medius strain");
    }

    @Test
    void outerHipPainPushingOffOrStandingOnOneLegFitsAGluteusMediusStrain() {
        // given sudden outer hip pain worse pushing off
        Explanation then = assess(sudden(Location.LATERAL_HIP, Aggravator.PUSH_OFF));
        // then push-off counts for the strain
        assertSupports(then, GLUTEUS_MEDIUS_STRAIN, "Outer hip pain pushing off or standing on one leg fits a gluteus medius strain",
                "worse pushing off or standing on one leg");
        // and stairs alone do not
        assertNotFired(assess(sudden(Location.LATERAL_HIP, Aggravator.STAIRS)),
                "Outer hip pain pushing off or standing on one leg fits a gluteus medius strain");
    }

    @Test
    void aTrendelenburgSignOnExaminationSupportsAGluteusMediusStrain() {
        // given gradual outer hip pain and a positive Trendelenburg sign
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP))
                .exam(Exam.builder().trendelenburgSign(true)));
        // then the sign counts for the strain
        assertSupports(then, GLUTEUS_MEDIUS_STRAIN, "A Trendelenburg sign on examination supports a gluteus medius strain",
                "a Trendelenburg sign on examination (the pelvis drops standing on the painful leg)");
        // and a negative or untested sign does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP))
                .exam(Exam.builder().trendelenburgSign(false))),
                "A Trendelenburg sign on examination supports a gluteus medius strain");
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP))),
                "A Trendelenburg sign on examination supports a gluteus medius strain");
    }

    @Test
    void outerOrBackHipPainWithAFeelingOfWeaknessFitsAGluteusMediusStrain() {
        // given sudden outer hip pain and a weak hip
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).onset(Onset.SUDDEN).qualities(Quality.WEAKNESS)));
        // then the weakness counts for the strain
        assertSupports(then, GLUTEUS_MEDIUS_STRAIN, "Outer or back hip pain with a feeling of weakness fits a gluteus medius strain",
                "the hip feels weak");
        // and when the qualities are not known, it does not
        assertNotFired(assess(sudden(Location.LATERAL_HIP)),
                "Outer or back hip pain with a feeling of weakness fits a gluteus medius strain");
    }

    @Test
    void outerHipPainThatCameOnGraduallyArguesAgainstAGluteusMediusStrain() {
        // given gradual outer hip pain worse pushing off, with a Trendelenburg sign
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.PUSH_OFF))
                .exam(Exam.builder().trendelenburgSign(true)));
        // then the gradual onset is held against a strain
        assertArgues(then, GLUTEUS_MEDIUS_STRAIN, "Outer hip pain that came on gradually argues against a gluteus medius strain",
                "the pain came on gradually, not at one moment as a strain does");
        // and a sudden onset is not
        assertNotFired(assess(sudden(Location.LATERAL_HIP)),
                "Outer hip pain that came on gradually argues against a gluteus medius strain");
    }

    @Test
    void outerHipPainLyingOnThePainfulSidePointsToTheGlutealTendonsRatherThanAMuscleStrain() {
        // given sudden outer hip pain worse pushing off and lying on that side
        Explanation then = assess(sudden(Location.LATERAL_HIP, Aggravator.PUSH_OFF, Aggravator.LYING_ON_AFFECTED_SIDE));
        // then side-lying pain is held against the strain and said to point to GTPS
        assertArgues(then, GLUTEUS_MEDIUS_STRAIN, "Outer hip pain lying on the painful side points to the gluteal tendons rather than a muscle strain",
                "worse lying on the painful side, which points to the gluteal tendons (GTPS)");
        // and without it the rule is silent
        assertNotFired(assess(sudden(Location.LATERAL_HIP, Aggravator.PUSH_OFF)),
                "Outer hip pain lying on the painful side points to the gluteal tendons rather than a muscle strain");
    }
}
