package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.HIP_FLEXOR_STRAIN;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/hip-flexor-strain.drl. */
class HipFlexorStrainRulesTest extends FrontOfHipTestSupport {

    /** Sudden front-of-hip pain that began in a sprint or kick, 3 days ago. */
    private static Pain.Builder sprintStrain(Location... where) {
        return pain(where).onset(Onset.SUDDEN).durationDays(3).onsetEvent(OnsetEvent.SPRINT_OR_KICK);
    }

    @Test
    void suddenFrontOfHipOrGroinPainFitsAHipFlexorStrain() {
        // given sudden front-of-hip pain that began in a sprint
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sprintStrain(Location.FRONT_OF_HIP)));
        // then the sudden onset counts for a strain
        assertFired(then, "Sudden front-of-hip or groin pain fits a hip flexor strain");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).because()).contains("sudden pain at the front of the hip or in the groin");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).rules()).contains("Sudden front-of-hip or groin pain fits a hip flexor strain");
        // and given a gradual onset, it does not
        Explanation gradual = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP)));
        assertNotFired(gradual, "Sudden front-of-hip or groin pain fits a hip flexor strain");
    }

    @Test
    void frontOfHipPainThatBeganInASprintKickOrOverstretchIsHowAHipFlexorStrainStarts() {
        // given sudden groin pain that began with a kick
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sprintStrain(Location.GROIN)));
        // then the onset event counts for a strain
        assertFired(then, "Front-of-hip pain that began in a sprint, kick or overstretch is how a hip flexor strain starts");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).because()).contains("the pain began during a sprint, kick or overstretch");
        // and when the onset event is unknown, the strain is not listed on suddenness alone
        Explanation unknown = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.GROIN).onset(Onset.SUDDEN)));
        assertNotFired(unknown, "Front-of-hip pain that began in a sprint, kick or overstretch is how a hip flexor strain starts");
        notListed(unknown, HIP_FLEXOR_STRAIN);
    }

    @Test
    void suddenFrontOfHipPainOnLiftingTheKneeOrSprintingFitsAHipFlexorStrain() {
        // given front-of-hip pain after an overstretch, worse lifting the knee
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP)
                .onset(Onset.SUDDEN).onsetEvent(OnsetEvent.OVERSTRETCH).aggravators(Aggravator.LIFTING_KNEE)));
        // then the strain is LIKELY, the knee lift among its reasons
        assertFired(then, "Sudden front-of-hip pain on lifting the knee or sprinting fits a hip flexor strain");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(listed(then, HIP_FLEXOR_STRAIN).because()).contains("worse lifting the knee, sprinting or running uphill since it began");
        // and with the aggravators unknown, the rule does not fire
        Explanation unknown = assess(Assessment.builder().runner(runner()).pain(sprintStrain(Location.FRONT_OF_HIP)));
        assertNotFired(unknown, "Sudden front-of-hip pain on lifting the knee or sprinting fits a hip flexor strain");
    }

    @Test
    void painOnResistedHipFlexionAfterASuddenOnsetSupportsAHipFlexorStrain() {
        // given a sprint strain and pain on resisted hip flexion
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sprintStrain(Location.FRONT_OF_HIP))
                .exam(Exam.builder().painOnResistedHipFlexion(true)));
        // then the examination finding makes the strain LIKELY
        assertFired(then, "Pain on resisted hip flexion after a sudden onset supports a hip flexor strain");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).because()).contains("pain on resisted hip flexion on examination");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).likelihood()).isEqualTo(Likelihood.LIKELY);
        // and without an examination it does not fire
        Explanation unexamined = assess(Assessment.builder().runner(runner()).pain(sprintStrain(Location.FRONT_OF_HIP)));
        assertNotFired(unexamined, "Pain on resisted hip flexion after a sudden onset supports a hip flexor strain");
    }

    @Test
    void aGradualOnsetArguesAgainstAHipFlexorStrain() {
        // given gradual front-of-hip pain, worse lifting the knee, that the runner links to a kick
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP)
                .onsetEvent(OnsetEvent.SPRINT_OR_KICK).aggravators(Aggravator.LIFTING_KNEE, Aggravator.UPHILL)));
        // then the gradual onset keeps the strain off the list and the tendinopathy ranks first
        assertFired(then, "A gradual onset argues against a hip flexor strain");
        notListed(then, HIP_FLEXOR_STRAIN);
        assertThat(top(then)).isEqualTo(ConditionCode.HIP_FLEXOR_TENDINOPATHY);
    }

    @Test
    void innerThighPainPointsToTheAdductorsRatherThanAHipFlexorStrain() {
        // given a sudden kick injury felt in the groin and the inner thigh
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(sprintStrain(Location.GROIN, Location.INNER_THIGH)));
        // then the inner thigh counts against a hip flexor strain and the adductor ranks first
        assertFired(then, "Inner-thigh pain points to the adductors rather than a hip flexor strain");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).against()).contains("the pain is in the inner thigh, where the adductors are");
        assertThat(top(then)).isEqualTo(ConditionCode.ADDUCTOR_TENDINOPATHY);
        // and when the front of the hip hurts too, it does not count against
        Explanation front = assess(Assessment.builder().runner(runner())
                .pain(sprintStrain(Location.FRONT_OF_HIP, Location.INNER_THIGH)));
        assertNotFired(front, "Inner-thigh pain points to the adductors rather than a hip flexor strain");
    }

    @Test
    void inAGrowingSkeletonASuddenPullAtTheFrontOfTheHipMayBeAnAvulsionRatherThanAStrain() {
        // given a 15-year-old with sudden front-of-hip pain after a kick
        Explanation then = assess(Assessment.builder().runner(runner().age(15)).pain(sprintStrain(Location.FRONT_OF_HIP)));
        // then the growing skeleton counts against a plain strain
        assertFired(then, "In a growing skeleton a sudden pull at the front of the hip may be an avulsion rather than a strain");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).against())
                .contains("a sudden pull in a growing skeleton may have pulled off bone (avulsion) rather than strained the muscle");
        // and for an adult it does not
        Explanation adult = assess(Assessment.builder().runner(runner()).pain(sprintStrain(Location.FRONT_OF_HIP)));
        assertNotFired(adult, "In a growing skeleton a sudden pull at the front of the hip may be an avulsion rather than a strain");
    }

    @Test
    void painlessResistedHipFlexionArguesAgainstAHipFlexorStrain() {
        // given a sprint strain worse lifting the knee, but painless resisted hip flexion
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(sprintStrain(Location.FRONT_OF_HIP).aggravators(Aggravator.LIFTING_KNEE))
                .exam(Exam.builder().painOnResistedHipFlexion(false)));
        // then the examination counts against the strain
        assertFired(then, "Painless resisted hip flexion argues against a hip flexor strain");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).against()).contains("resisted hip flexion was painless on examination");
        assertThat(listed(then, HIP_FLEXOR_STRAIN).score()).isEqualTo(4);
        // and an unexamined hip is not held against it
        Explanation unexamined = assess(Assessment.builder().runner(runner())
                .pain(sprintStrain(Location.FRONT_OF_HIP).aggravators(Aggravator.LIFTING_KNEE)));
        assertNotFired(unexamined, "Painless resisted hip flexion argues against a hip flexor strain");
        assertThat(listed(unexamined, HIP_FLEXOR_STRAIN).score()).isEqualTo(7);
    }
}
