package org.hiptriage.rules.conditions;

import static org.hiptriage.model.report.ConditionCode.PIRIFORMIS_SYNDROME;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Location;
import org.hiptriage.model.Pain;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/piriformis-syndrome.drl. */
class PiriformisSyndromeRulesTest extends ConditionRulesTestSupport {

    /** Buttock pain spreading down the back of the thigh, worse sitting: the typical picture. */
    private static Pain.Builder sciaticButtockPain(Location... where) {
        return pain(where).radiatesTo(Location.BACK_OF_THIGH).aggravators(Aggravator.PROLONGED_SITTING);
    }

    @Test
    void buttockPainCanComeFromTheDeepGlutealSpace() {
        // given buttock pain worse sitting
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.BUTTOCK).aggravators(Aggravator.PROLONGED_SITTING)));
        // then the location counts for piriformis
        assertSupports(then, PIRIFORMIS_SYNDROME, "Buttock pain can come from the deep gluteal space", "pain deep in the buttock");
        // and outer hip pain does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP))),
                "Buttock pain can come from the deep gluteal space");
    }

    @Test
    void buttockPainSpreadingDownTheBackOfTheThighFitsPiriformisSyndrome() {
        // given buttock pain spreading down the back of the thigh
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.BUTTOCK).radiatesTo(Location.BACK_OF_THIGH)));
        // then the sciatic-type spread counts
        assertSupports(then, PIRIFORMIS_SYNDROME, "Buttock pain spreading down the back of the thigh fits piriformis syndrome",
                "buttock pain spreading down the back of the thigh (sciatic-type)");
        // and when nobody asked where it spreads, it does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))),
                "Buttock pain spreading down the back of the thigh fits piriformis syndrome");
    }

    @Test
    void buttockPainWorseSittingFitsPiriformisSyndrome() {
        // given buttock pain worse sitting
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.BUTTOCK).aggravators(Aggravator.PROLONGED_SITTING)));
        // then sitting counts
        assertSupports(then, PIRIFORMIS_SYNDROME, "Buttock pain worse sitting fits piriformis syndrome", "buttock pain worse sitting");
        // and buttock pain worse on stairs does not get it
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK).aggravators(Aggravator.STAIRS))),
                "Buttock pain worse sitting fits piriformis syndrome");
    }

    @Test
    void backPainWithButtockPainPointsToTheLowerBackRatherThanPiriformis() {
        // given the typical buttock picture, with lower back pain as well
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sciaticButtockPain(Location.BUTTOCK, Location.LOWER_BACK)));
        // then the back pain is held against piriformis and said to point to the spine
        assertArgues(then, PIRIFORMIS_SYNDROME, "Back pain with buttock pain points to the lower back rather than piriformis",
                "pain in the lower back as well, which points to the spine");
        // and without back pain it is not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(sciaticButtockPain(Location.BUTTOCK))),
                "Back pain with buttock pain points to the lower back rather than piriformis");
    }

    @Test
    void buttockPainWorseCoughingOrSneezingPointsToTheLowerBackRatherThanPiriformis() {
        // given buttock pain down the back of the thigh, worse sitting and coughing
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK)
                .radiatesTo(Location.BACK_OF_THIGH).aggravators(Aggravator.PROLONGED_SITTING, Aggravator.COUGHING_OR_SNEEZING)));
        // then the cough is held against piriformis
        assertArgues(then, PIRIFORMIS_SYNDROME, "Buttock pain worse coughing or sneezing points to the lower back rather than piriformis",
                "worse coughing or sneezing, which points to the spine");
        // and without it the rule is silent
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(sciaticButtockPain(Location.BUTTOCK))),
                "Buttock pain worse coughing or sneezing points to the lower back rather than piriformis");
    }

    @Test
    void buttockPainThatIncludesTheSitBonePointsToTheHamstringTendonRatherThanPiriformis() {
        // given the typical buttock picture, with the sit bone hurting too
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sciaticButtockPain(Location.BUTTOCK, Location.SIT_BONE)));
        // then the sit bone is held against piriformis
        assertArgues(then, PIRIFORMIS_SYNDROME, "Buttock pain that includes the sit bone points to the hamstring tendon rather than piriformis",
                "pain at the sit bone, which points to the hamstring tendon");
        // and buttock pain alone is not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(sciaticButtockPain(Location.BUTTOCK))),
                "Buttock pain that includes the sit bone points to the hamstring tendon rather than piriformis");
    }

    @Test
    void aTenderSitBoneOnExaminationPointsToTheHamstringTendonRatherThanPiriformis() {
        // given the typical buttock picture and a sit bone found tender
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sciaticButtockPain(Location.BUTTOCK))
                .exam(Exam.builder().ischialTuberosityTenderness(true)));
        // then the tenderness is held against piriformis
        assertArgues(then, PIRIFORMIS_SYNDROME, "A tender sit bone on examination points to the hamstring tendon rather than piriformis",
                "tender at the sit bone on examination, which points to the hamstring tendon");
        // and an unexamined sit bone is not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(sciaticButtockPain(Location.BUTTOCK))),
                "A tender sit bone on examination points to the hamstring tendon rather than piriformis");
    }
}
