package org.hiptriage.rules.conditions;

import static org.hiptriage.model.report.ConditionCode.LUMBAR_REFERRED_PAIN;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Quality;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/lumbar-referred-pain.drl. */
class LumbarReferredPainRulesTest extends ConditionRulesTestSupport {

    @Test
    void lowerBackPainWithTheHipPainPointsToTheLumbarSpine() {
        // given buttock pain that spreads to the lower back
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK).radiatesTo(Location.LOWER_BACK)));
        // then the back pain lists the lumbar spine
        assertSupports(then, LUMBAR_REFERRED_PAIN, "Lower back pain with the hip pain points to the lumbar spine",
                "pain in the lower back as well");
        // and buttock pain whose spread was not asked does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))),
                "Lower back pain with the hip pain points to the lumbar spine");
    }

    @Test
    void buttockOrBackPainSpreadingDownTheBackOfTheThighCanComeFromTheLowerBack() {
        // given back and buttock pain spreading down the back of the thigh
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LOWER_BACK, Location.BUTTOCK).radiatesTo(Location.BACK_OF_THIGH)));
        // then the sciatic-type spread counts for the spine
        assertSupports(then, LUMBAR_REFERRED_PAIN, "Buttock or back pain spreading down the back of the thigh can come from the lower back",
                "pain spreading down the back of the thigh (sciatic-type)");
        // and sit-bone pain spreading there does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.SIT_BONE).radiatesTo(Location.BACK_OF_THIGH))),
                "Buttock or back pain spreading down the back of the thigh can come from the lower back");
    }

    @Test
    void buttockOrBackPainSpreadingToTheKneePointsToALumbarNerveRoot() {
        // given back and buttock pain spreading down to the knee
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LOWER_BACK, Location.BUTTOCK).radiatesTo(Location.KNEE)));
        // then the spread counts for a nerve root
        assertSupports(then, LUMBAR_REFERRED_PAIN, "Buttock or back pain spreading to the knee points to a lumbar nerve root",
                "pain spreading down the leg to the knee");
        // and outer hip pain spreading to the knee (the IT band's course) does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP).radiatesTo(Location.KNEE))),
                "Buttock or back pain spreading to the knee points to a lumbar nerve root");
    }

    @Test
    void numbnessTinglingOrWeaknessInTheLegPointsToTheLumbarSpine() {
        // given buttock pain and numbness or weakness in the leg on screening
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))
                .general(General.builder().legNumbnessOrWeakness(true)));
        // then the nerve symptoms list the lumbar spine
        assertSupports(then, LUMBAR_REFERRED_PAIN, "Numbness, tingling or weakness in the leg points to the lumbar spine",
                "numbness, tingling, burning or weakness in the leg");
        // and given tingling as a quality of the pain, the same holds
        assertFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK).qualities(Quality.TINGLING))),
                "Numbness, tingling or weakness in the leg points to the lumbar spine");
        // and unknown screening and qualities do not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))),
                "Numbness, tingling or weakness in the leg points to the lumbar spine");
    }

    @Test
    void backButtockOrThighPainWorseCoughingOrSneezingPointsToTheLumbarSpine() {
        // given lower back pain worse coughing
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LOWER_BACK).aggravators(Aggravator.COUGHING_OR_SNEEZING)));
        // then the cough counts for the spine
        assertSupports(then, LUMBAR_REFERRED_PAIN, "Back, buttock or thigh pain worse coughing or sneezing points to the lumbar spine",
                "worse coughing or sneezing");
        // and groin pain worse coughing (athletic pubalgia's sign) does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).aggravators(Aggravator.COUGHING_OR_SNEEZING))),
                "Back, buttock or thigh pain worse coughing or sneezing points to the lumbar spine");
    }

    @Test
    void aPositiveStraightLegRaiseOnExaminationSupportsPainFromTheLumbarSpine() {
        // given buttock pain and a positive straight-leg raise
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))
                .exam(Exam.builder().straightLegRaisePositive(true)));
        // then the key finding lists the lumbar spine on its own
        assertSupports(then, LUMBAR_REFERRED_PAIN, "A positive straight-leg raise on examination supports pain from the lumbar spine",
                "a positive straight-leg raise on examination");
        // and an untested raise does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))),
                "A positive straight-leg raise on examination supports pain from the lumbar spine");
    }

    @Test
    void aNegativeStraightLegRaiseOnExaminationArguesAgainstALumbarNerveRoot() {
        // given back pain spreading down the back of the thigh with tingling, and a negative straight-leg raise
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LOWER_BACK).radiatesTo(Location.BACK_OF_THIGH).qualities(Quality.TINGLING))
                .exam(Exam.builder().straightLegRaisePositive(false)));
        // then the negative raise is held against the spine
        assertArgues(then, LUMBAR_REFERRED_PAIN, "A negative straight-leg raise on examination argues against a lumbar nerve root",
                "the straight-leg raise was negative on examination");
        // and an untested raise is not
        assertNotFired(assess(Assessment.builder().runner(runner())
                        .pain(pain(Location.LOWER_BACK).radiatesTo(Location.BACK_OF_THIGH).qualities(Quality.TINGLING))),
                "A negative straight-leg raise on examination argues against a lumbar nerve root");
    }

    @Test
    void aTenderSitBoneOnExaminationPointsToTheHamstringTendonRatherThanTheLumbarSpine() {
        // given sit-bone and back pain with tingling, and a tender sit bone
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.SIT_BONE, Location.LOWER_BACK).qualities(Quality.TINGLING))
                .exam(Exam.builder().ischialTuberosityTenderness(true)));
        // then the tenderness is held against the spine
        assertArgues(then, LUMBAR_REFERRED_PAIN, "A tender sit bone on examination points to the hamstring tendon rather than the lumbar spine",
                "tender at the sit bone on examination, which points to the hamstring tendon");
        // and an unexamined sit bone is not
        assertNotFired(assess(Assessment.builder().runner(runner())
                        .pain(pain(Location.SIT_BONE, Location.LOWER_BACK).qualities(Quality.TINGLING))),
                "A tender sit bone on examination points to the hamstring tendon rather than the lumbar spine");
    }

    @Test
    void buttockPainWithoutAnyBackPainArguesALittleAgainstTheLumbarSpine() {
        // given tingling buttock pain spreading down the back of the thigh, and not to the back
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.BUTTOCK).radiatesTo(Location.BACK_OF_THIGH).qualities(Quality.TINGLING)));
        // then the absence of back pain counts a little against the spine
        assertArgues(then, LUMBAR_REFERRED_PAIN, "Buttock pain without any back pain argues a little against the lumbar spine",
                "no pain in the lower back");
        // and when the spread was not asked, nothing is held against it
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK).qualities(Quality.TINGLING))),
                "Buttock pain without any back pain argues a little against the lumbar spine");
    }
}
