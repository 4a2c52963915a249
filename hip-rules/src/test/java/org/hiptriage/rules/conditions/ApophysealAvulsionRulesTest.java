package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.APOPHYSEAL_AVULSION;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/apophyseal-avulsion.drl. */
class ApophysealAvulsionRulesTest extends ConditionRulesTestSupport {

    private static Pain.Builder sudden(Location... where) {
        return pain(where).onset(Onset.SUDDEN);
    }

    @Test
    void suddenPainAtTheFrontOfThePelvisOrTheSitBoneInAnAdolescentMayBeAnAvulsion() {
        // given a 15-year-old with sudden pain at the front of the hip
        Explanation then = assess(Assessment.builder().runner(runner().age(15)).pain(sudden(Location.FRONT_OF_HIP)));
        // then an avulsion is listed
        assertSupports(then, APOPHYSEAL_AVULSION, "Sudden pain at the front of the pelvis or the sit bone in an adolescent may be an avulsion",
                "a young runner with sudden pain at the front of the pelvis or the sit bone");
        // and a 25-year-old with the same pain is never given an avulsion
        Explanation adult = assess(Assessment.builder().runner(runner().age(25)).pain(sudden(Location.FRONT_OF_HIP)));
        assertNotFired(adult, "Sudden pain at the front of the pelvis or the sit bone in an adolescent may be an avulsion");
        assertThat(report(adult).condition(APOPHYSEAL_AVULSION)).isEmpty();
    }

    @Test
    void anAdolescentWhosePainBeganInASprintKickOrOverstretchHasTheClassicAvulsionStory() {
        // given a 14-year-old whose sit-bone pain began suddenly in a sprint
        Explanation then = assess(Assessment.builder().runner(runner().age(14))
                .pain(sudden(Location.SIT_BONE).onsetEvent(OnsetEvent.SPRINT_OR_KICK)));
        // then the story makes an avulsion LIKELY
        assertSupports(then, APOPHYSEAL_AVULSION, "An adolescent whose pain began in a sprint, kick or overstretch has the classic avulsion story",
                "the pain began suddenly during a sprint, kick or overstretch");
        assertThat(listed(then, APOPHYSEAL_AVULSION).likelihood()).isEqualTo(Likelihood.LIKELY);
        // and an adult with the same story is not given it
        Explanation adult = assess(Assessment.builder().runner(runner().age(30))
                .pain(sudden(Location.SIT_BONE).onsetEvent(OnsetEvent.SPRINT_OR_KICK)));
        assertNotFired(adult, "An adolescent whose pain began in a sprint, kick or overstretch has the classic avulsion story");
        assertThat(report(adult).condition(APOPHYSEAL_AVULSION)).isEmpty();
    }

    @Test
    void aLimpAfterSuddenHipPainInAnAdolescentSupportsAnAvulsion() {
        // given a 17-year-old with sudden front-of-hip pain who limps
        Explanation then = assess(Assessment.builder().runner(runner().age(17)).pain(sudden(Location.FRONT_OF_HIP))
                .function(FunctionStatus.builder().limp(true)));
        // then the limp counts for an avulsion
        assertSupports(then, APOPHYSEAL_AVULSION, "A limp after sudden hip pain in an adolescent supports an avulsion",
                "a limp since the pain began");
        // and an unknown gait does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(17)).pain(sudden(Location.FRONT_OF_HIP))),
                "A limp after sudden hip pain in an adolescent supports an avulsion");
    }

    @Test
    void aTenderSitBoneAfterSuddenPainInAnAdolescentSupportsAnAvulsion() {
        // given a 14-year-old with sudden sit-bone pain and a tender sit bone
        Explanation then = assess(Assessment.builder().runner(runner().age(14)).pain(sudden(Location.SIT_BONE))
                .exam(Exam.builder().ischialTuberosityTenderness(true)));
        // then the focal tenderness counts as the key finding
        assertSupports(then, APOPHYSEAL_AVULSION, "A tender sit bone after sudden pain in an adolescent supports an avulsion",
                "focal tenderness at the sit bone on examination");
        // and the same tenderness in gradual pain does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(14)).pain(pain(Location.SIT_BONE))
                .exam(Exam.builder().ischialTuberosityTenderness(true))),
                "A tender sit bone after sudden pain in an adolescent supports an avulsion");
    }

    @Test
    void suddenHipPainAtThePeakAgeForAvulsionsAddsToAnAvulsion() {
        // given a 14-year-old girl with sudden front-of-hip pain
        Explanation then = assess(Assessment.builder().runner(runner().age(14).sex(Sex.FEMALE)).pain(sudden(Location.FRONT_OF_HIP)));
        // then her age adds
        assertSupports(then, APOPHYSEAL_AVULSION, "Sudden hip pain at the peak age for avulsions adds to an avulsion",
                "aged 12 to 16, the peak age for avulsions");
        // and a 17-year-old does not get it
        assertNotFired(assess(Assessment.builder().runner(runner().age(17)).pain(sudden(Location.FRONT_OF_HIP))),
                "Sudden hip pain at the peak age for avulsions adds to an avulsion");
    }
}
