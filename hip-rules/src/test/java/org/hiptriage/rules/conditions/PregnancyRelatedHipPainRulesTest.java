package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.PREGNANCY_RELATED_HIP_PAIN;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/pregnancy-related-hip-pain.drl. */
class PregnancyRelatedHipPainRulesTest extends FrontOfHipTestSupport {

    @Test
    void frontOfHipOrGroinPainInPregnancyFitsHipFlexorOveruseFromTheForwardTiltedPelvis() {
        // given a runner 20 weeks pregnant with front-of-hip pain
        Explanation then = assess(Assessment.builder().runner(woman(31).pregnant(20)).pain(pain(Location.FRONT_OF_HIP)));
        // then the pregnancy lists the pregnancy-related pattern
        assertFired(then, "Front-of-hip or groin pain in pregnancy fits hip-flexor overuse from the forward-tilted pelvis");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).because()).contains("pregnant: the forward-tilted pelvis overloads the hip flexors");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).sources()).contains("S3");
        // and a woman who is not pregnant does not
        assertNotFired(assess(Assessment.builder().runner(woman(31)).pain(pain(Location.FRONT_OF_HIP))),
                "Front-of-hip or groin pain in pregnancy fits hip-flexor overuse from the forward-tilted pelvis");
    }

    @Test
    void frontOfHipOrGroinPainInTheYearAfterBirthFitsPostpartumHipFlexorOveruse() {
        // given a runner 10 weeks after birth with groin pain
        Explanation then = assess(Assessment.builder().runner(woman(34).postpartum(10)).pain(pain(Location.GROIN)));
        // then the recent birth lists the pregnancy-related pattern
        assertFired(then, "Front-of-hip or groin pain in the year after birth fits postpartum hip-flexor overuse");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).because())
                .contains("given birth under a year ago: a weak pelvic floor and tilted pelvis overload the hip flexors");
        // and 60 weeks after birth it does not
        assertNotFired(assess(Assessment.builder().runner(woman(34).postpartum(60)).pain(pain(Location.GROIN))),
                "Front-of-hip or groin pain in the year after birth fits postpartum hip-flexor overuse");
    }

    @Test
    void pubicOrButtockPainInPregnancyOrAfterBirthFitsPelvicGirdlePain() {
        // given a pregnant runner with pubic pain
        Explanation then = assess(Assessment.builder().runner(woman(31).pregnant(24)).pain(pain(Location.PUBIC_BONE)));
        // then it is listed as pelvic girdle pain
        assertFired(then, "Pubic or buttock pain in pregnancy or after birth fits pelvic girdle pain");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).because())
                .contains("pubic or buttock pain in pregnancy or after birth (pelvic girdle pain)");
        // and the same pain in a woman who is not pregnant is not
        assertNotFired(assess(Assessment.builder().runner(woman(31)).pain(pain(Location.PUBIC_BONE))),
                "Pubic or buttock pain in pregnancy or after birth fits pelvic girdle pain");
    }

    @Test
    void pelvicPainStandingOnOneLegOnStairsOrLungingInPregnancyOrAfterBirthIsTypicalOfPelvicGirdlePain() {
        // given a pregnant runner with pubic pain standing on one leg
        Explanation then = assess(Assessment.builder().runner(woman(31).pregnant(24))
                .pain(pain(Location.PUBIC_BONE).aggravators(Aggravator.STANDING_ON_ONE_LEG)));
        // then the single-leg pain adds to pelvic girdle pain
        assertFired(then, "Pelvic pain standing on one leg, on stairs or lunging in pregnancy or after birth is typical of pelvic girdle pain");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).because()).contains("worse standing on one leg, on stairs or lunging");
        // and with the aggravators unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(woman(31).pregnant(24)).pain(pain(Location.PUBIC_BONE))),
                "Pelvic pain standing on one leg, on stairs or lunging in pregnancy or after birth is typical of pelvic girdle pain");
    }

    @Test
    void frontOfHipPainLiftingTheKneeOrAtSpeedInPregnancyOrAfterBirthFitsHipFlexorOveruse() {
        // given a runner 10 weeks after birth with front-of-hip pain lifting the knee
        Explanation then = assess(Assessment.builder().runner(woman(34).postpartum(10))
                .pain(pain(Location.FRONT_OF_HIP).aggravators(Aggravator.LIFTING_KNEE)));
        // then the knee lift adds to hip-flexor overuse
        assertFired(then, "Front-of-hip pain lifting the knee or at speed in pregnancy or after birth fits hip-flexor overuse");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).because()).contains("worse lifting the knee, at speed or uphill");
    }

    @Test
    void breastfeedingKeepsTheJointsLaxAndAddsToPostpartumHipPain() {
        // given a breastfeeding runner 10 weeks after birth with front-of-hip pain
        Explanation then = assess(Assessment.builder().runner(woman(34).postpartum(10).breastfeeding(true)).pain(pain(Location.FRONT_OF_HIP)));
        // then breastfeeding adds a little
        assertFired(then, "Breastfeeding keeps the joints lax and adds to postpartum hip pain");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).because()).contains("breastfeeding, which keeps the joints lax");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).score()).isEqualTo(4);
        // and not breastfeeding does not
        assertNotFired(assess(Assessment.builder().runner(woman(34).postpartum(10).breastfeeding(false)).pain(pain(Location.FRONT_OF_HIP))),
                "Breastfeeding keeps the joints lax and adds to postpartum hip pain");
    }

    @Test
    void painOnResistedHipFlexionInPregnancyOrAfterBirthSupportsHipFlexorOveruse() {
        // given a pregnant runner with front-of-hip pain and pain on resisted hip flexion
        Explanation then = assess(Assessment.builder().runner(woman(31).pregnant(20)).pain(pain(Location.FRONT_OF_HIP))
                .exam(Exam.builder().painOnResistedHipFlexion(true)));
        // then the finding makes the pregnancy-related pattern LIKELY and ranks it above the plain tendinopathy
        assertFired(then, "Pain on resisted hip flexion in pregnancy or after birth supports hip-flexor overuse");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).because()).contains("pain on resisted hip flexion on examination");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(top(then)).isEqualTo(PREGNANCY_RELATED_HIP_PAIN);
    }

    @Test
    void painThatBeganInOneMovementArguesAgainstPregnancyRelatedOveruse() {
        // given a runner after birth whose front-of-hip pain began suddenly in a sprint, worse lifting the knee
        Explanation then = assess(Assessment.builder().runner(woman(34).postpartum(20)).pain(pain(Location.FRONT_OF_HIP)
                .onset(Onset.SUDDEN).onsetEvent(OnsetEvent.SPRINT_OR_KICK).aggravators(Aggravator.LIFTING_KNEE)));
        // then the sudden onset is listed against the overuse pattern and the strain ranks first
        assertFired(then, "Pain that began in one movement argues against pregnancy-related overuse");
        assertThat(listed(then, PREGNANCY_RELATED_HIP_PAIN).against()).contains("the pain began suddenly in one movement, as an injury does");
        assertThat(top(then)).isEqualTo(org.hiptriage.model.report.ConditionCode.HIP_FLEXOR_STRAIN);
    }
}
