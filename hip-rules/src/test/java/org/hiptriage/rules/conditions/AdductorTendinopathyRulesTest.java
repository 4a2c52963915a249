package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.ADDUCTOR_TENDINOPATHY;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/adductor-tendinopathy.drl. */
class AdductorTendinopathyRulesTest extends FrontOfHipTestSupport {

    @Test
    void innerThighPainPointsToAdductorRelatedGroinPain() {
        // given inner-thigh pain
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.INNER_THIGH)));
        // then the location lists adductor-related groin pain
        assertFired(then, "Inner-thigh pain points to adductor-related groin pain");
        assertThat(listed(then, ADDUCTOR_TENDINOPATHY).because()).contains("pain in the inner thigh");
        // and front-of-hip pain does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP))),
                "Inner-thigh pain points to adductor-related groin pain");
    }

    @Test
    void groinOrInnerThighPainOnChangingDirectionFitsAdductorRelatedGroinPain() {
        // given inner-thigh pain worse changing direction
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.INNER_THIGH).aggravators(Aggravator.DIRECTION_CHANGES)));
        // then turning counts for the adductors
        assertFired(then, "Groin or inner-thigh pain on changing direction fits adductor-related groin pain");
        assertThat(listed(then, ADDUCTOR_TENDINOPATHY).because()).contains("worse changing direction");
        // and with the aggravators unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.INNER_THIGH))),
                "Groin or inner-thigh pain on changing direction fits adductor-related groin pain");
    }

    @Test
    void groinOrInnerThighPainThatBeganWithAKickATurnOrAnOverstretchFitsAnAdductorInjury() {
        // given inner-thigh pain that began suddenly on a change of direction
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.INNER_THIGH).onset(Onset.SUDDEN).onsetEvent(OnsetEvent.CHANGE_OF_DIRECTION)));
        // then the onset counts for the adductors
        assertFired(then, "Groin or inner-thigh pain that began with a kick, a turn or an overstretch fits an adductor injury");
        assertThat(listed(then, ADDUCTOR_TENDINOPATHY).because()).contains("the pain began with a kick, a turn or an overstretch");
        // and with the onset event unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.INNER_THIGH).onset(Onset.SUDDEN))),
                "Groin or inner-thigh pain that began with a kick, a turn or an overstretch fits an adductor injury");
    }

    @Test
    void innerThighPainSprintingOnHillsOrLungingFitsAdductorTendinopathy() {
        // given inner-thigh pain worse lunging
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.INNER_THIGH).aggravators(Aggravator.LUNGING)));
        // then lunging adds to the adductors
        assertFired(then, "Inner-thigh pain sprinting, on hills or lunging fits adductor tendinopathy");
        assertThat(listed(then, ADDUCTOR_TENDINOPATHY).because()).contains("inner-thigh pain sprinting, on hills or lunging");
        assertThat(listed(then, ADDUCTOR_TENDINOPATHY).score()).isEqualTo(4);
    }

    @Test
    void painOnTheAdductorSqueezeTestSupportsAdductorRelatedGroinPain() {
        // given groin pain and a painful squeeze test
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))
                .exam(Exam.builder().adductorSqueezePain(true)));
        // then the squeeze test lists the adductors
        assertFired(then, "Pain on the adductor squeeze test supports adductor-related groin pain");
        assertThat(listed(then, ADDUCTOR_TENDINOPATHY).because()).contains("pain on the adductor squeeze test on examination");
        // and without an examination it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))),
                "Pain on the adductor squeeze test supports adductor-related groin pain");
    }

    @Test
    void aPainlessAdductorSqueezeTestArguesAgainstAdductorRelatedGroinPain() {
        // given the typical adductor history but a painless squeeze test
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.INNER_THIGH).aggravators(Aggravator.DIRECTION_CHANGES, Aggravator.SPRINTING))
                .exam(Exam.builder().adductorSqueezePain(false)));
        // then the examination is listed against it and it drops from LIKELY to POSSIBLE
        assertFired(then, "A painless adductor squeeze test argues against adductor-related groin pain");
        assertThat(listed(then, ADDUCTOR_TENDINOPATHY).against()).contains("the adductor squeeze test was painless on examination");
        assertThat(listed(then, ADDUCTOR_TENDINOPATHY).likelihood()).isEqualTo(Likelihood.POSSIBLE);
        // and without an examination it stays LIKELY
        Explanation unexamined = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.INNER_THIGH).aggravators(Aggravator.DIRECTION_CHANGES, Aggravator.SPRINTING)));
        assertNotFired(unexamined, "A painless adductor squeeze test argues against adductor-related groin pain");
        assertThat(listed(unexamined, ADDUCTOR_TENDINOPATHY).likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void groinPainOnCoughingOrSneezingWithoutInnerThighPainPointsAwayFromTheAdductors() {
        // given groin pain worse turning and coughing, with a painful squeeze test
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.GROIN).aggravators(Aggravator.DIRECTION_CHANGES, Aggravator.COUGHING_OR_SNEEZING))
                .exam(Exam.builder().adductorSqueezePain(true)));
        // then the cough is listed against the adductors
        assertFired(then, "Groin pain on coughing or sneezing without inner-thigh pain points away from the adductors");
        assertThat(listed(then, ADDUCTOR_TENDINOPATHY).against())
                .contains("groin pain on coughing or sneezing, and none in the inner thigh, which points to the abdominal wall");
        // and with inner-thigh pain as well it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner())
                .pain(pain(Location.GROIN, Location.INNER_THIGH).aggravators(Aggravator.COUGHING_OR_SNEEZING))),
                "Groin pain on coughing or sneezing without inner-thigh pain points away from the adductors");
    }
}
