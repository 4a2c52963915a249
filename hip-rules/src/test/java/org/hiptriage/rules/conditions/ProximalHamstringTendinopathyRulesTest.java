package org.hiptriage.rules.conditions;

import static org.hiptriage.model.report.ConditionCode.PROXIMAL_HAMSTRING_TENDINOPATHY;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Timing;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/proximal-hamstring-tendinopathy.drl. */
class ProximalHamstringTendinopathyRulesTest extends ConditionRulesTestSupport {

    /** Gradual sit-bone pain worse sitting and uphill: listed well above the line. */
    private static org.hiptriage.model.Pain.Builder sitBonePain() {
        return pain(Location.SIT_BONE).aggravators(Aggravator.PROLONGED_SITTING, Aggravator.UPHILL);
    }

    @Test
    void deepPainAtTheSitBoneIsTheHallmarkOfProximalHamstringTendinopathy() {
        // given pain at the sit bone and nothing else
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.SIT_BONE)));
        // then the tendinopathy is listed because of where it hurts
        assertSupports(then, PROXIMAL_HAMSTRING_TENDINOPATHY, "Deep pain at the sit bone is the hallmark of proximal hamstring tendinopathy",
                "deep pain at the sit bone");
        // and buttock pain alone does not count as sit-bone pain
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))),
                "Deep pain at the sit bone is the hallmark of proximal hamstring tendinopathy");
    }

    @Test
    void sitBonePainWorseSittingFitsProximalHamstringTendinopathy() {
        // given sit-bone pain that comes after sitting
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.SIT_BONE).timing(Timing.AFTER_SITTING)));
        // then sitting counts for the tendon
        assertSupports(then, PROXIMAL_HAMSTRING_TENDINOPATHY, "Sit-bone pain worse sitting fits proximal hamstring tendinopathy",
                "sit-bone pain worse sitting");
        // and buttock pain worse sitting (no sit bone) does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK).aggravators(Aggravator.PROLONGED_SITTING))),
                "Sit-bone pain worse sitting fits proximal hamstring tendinopathy");
    }

    @Test
    void sitBonePainRunningUphillOrSprintingFitsProximalHamstringTendinopathy() {
        // given sit-bone pain worse sprinting
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.SIT_BONE).aggravators(Aggravator.SPRINTING)));
        // then speed counts for the tendon
        assertSupports(then, PROXIMAL_HAMSTRING_TENDINOPATHY, "Sit-bone pain running uphill or sprinting fits proximal hamstring tendinopathy",
                "worse running uphill or sprinting");
        // and when nobody asked what makes it worse, it does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.SIT_BONE))),
                "Sit-bone pain running uphill or sprinting fits proximal hamstring tendinopathy");
    }

    @Test
    void sitBonePainOnLungesSquatsOrPushOffFitsProximalHamstringTendinopathy() {
        // given sit-bone pain worse lunging
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.SIT_BONE).aggravators(Aggravator.LUNGING)));
        // then the lunge counts a little
        assertSupports(then, PROXIMAL_HAMSTRING_TENDINOPATHY, "Sit-bone pain on lunges, squats or push-off fits proximal hamstring tendinopathy",
                "worse lunging, squatting or pushing off");
        // and stairs do not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.SIT_BONE).aggravators(Aggravator.STAIRS))),
                "Sit-bone pain on lunges, squats or push-off fits proximal hamstring tendinopathy");
    }

    @Test
    void speedWorkAddsToSitBonePainAsProximalHamstringTendinopathy() {
        // given sit-bone pain in a runner who does speed work
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.SIT_BONE))
                .history(History.builder().speedWork(true)));
        // then the speed work adds
        assertSupports(then, PROXIMAL_HAMSTRING_TENDINOPATHY, "Speed work adds to sit-bone pain as proximal hamstring tendinopathy",
                "does speed work");
        // and a runner without speed work does not get it
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.SIT_BONE))
                .history(History.builder().speedWork(false))),
                "Speed work adds to sit-bone pain as proximal hamstring tendinopathy");
    }

    @Test
    void aTenderSitBoneOnExaminationSupportsProximalHamstringTendinopathy() {
        // given buttock pain and a sit bone found tender
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))
                .exam(Exam.builder().ischialTuberosityTenderness(true)));
        // then the key finding lists the tendinopathy on its own
        assertSupports(then, PROXIMAL_HAMSTRING_TENDINOPATHY, "A tender sit bone on examination supports proximal hamstring tendinopathy",
                "tender at the sit bone on examination");
        // and a sit bone that is not tender, or not examined, does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))
                .exam(Exam.builder().ischialTuberosityTenderness(false))),
                "A tender sit bone on examination supports proximal hamstring tendinopathy");
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK))),
                "A tender sit bone on examination supports proximal hamstring tendinopathy");
    }

    @Test
    void sitBonePainThatBeganSuddenlyArguesAgainstAHamstringTendinopathy() {
        // given sit-bone pain worse sitting and uphill that began suddenly
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sitBonePain().onset(Onset.SUDDEN)));
        // then the sudden onset is held against a tendinopathy
        assertArgues(then, PROXIMAL_HAMSTRING_TENDINOPATHY, "Sit-bone pain that began suddenly argues against a hamstring tendinopathy",
                "the pain began suddenly, while a tendinopathy builds up gradually");
        // and gradual pain is not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(sitBonePain())),
                "Sit-bone pain that began suddenly argues against a hamstring tendinopathy");
    }

    @Test
    void backPainOrPainSpreadingToTheKneePointsAwayFromTheHamstringTendon() {
        // given sit-bone pain worse sitting and uphill that spreads to the knee
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sitBonePain().radiatesTo(Location.KNEE)));
        // then the spread is held against the tendon
        assertArgues(then, PROXIMAL_HAMSTRING_TENDINOPATHY, "Back pain or pain spreading to the knee points away from the hamstring tendon",
                "back pain or pain spreading to the knee, which points to a nerve rather than the tendon");
        // and when nobody asked where it spreads, nothing is held against it
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(sitBonePain())),
                "Back pain or pain spreading to the knee points away from the hamstring tendon");
    }

    @Test
    void nerveSymptomsWithButtockPainPointAwayFromTheHamstringTendon() {
        // given sit-bone pain worse sitting and uphill that tingles
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sitBonePain().qualities(Quality.TINGLING)));
        // then the tingling is held against the tendon
        assertArgues(then, PROXIMAL_HAMSTRING_TENDINOPATHY, "Nerve symptoms with buttock pain point away from the hamstring tendon",
                "numbness, tingling or weakness, which point to a nerve rather than the tendon");
        // and unknown qualities are not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(sitBonePain())),
                "Nerve symptoms with buttock pain point away from the hamstring tendon");
    }
}
