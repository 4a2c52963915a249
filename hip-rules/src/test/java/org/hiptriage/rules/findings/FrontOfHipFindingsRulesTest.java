package org.hiptriage.rules.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Location;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of findings/front-of-hip.drl; a finding shows through the evidence that uses it. */
class FrontOfHipFindingsRulesTest extends RuleTestSupport {

    @Test
    void groinOrFrontOfHipPainOnSittingSquattingOrCrossingTheLegsIsPositionalHipPain() {
        // given front-of-hip pain worse sitting for long
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.FRONT_OF_HIP).aggravators(Aggravator.PROLONGED_SITTING)));
        // then it is positional hip pain, which the labrum's evidence cites
        assertFired(then, "Groin or front-of-hip pain on sitting, squatting or crossing the legs is positional hip pain");
        assertThat(report(then).condition(ConditionCode.LABRAL_TEAR).orElseThrow().because())
                .contains("groin or front-of-hip pain on sitting, squatting or crossing the legs");
        // and outer-hip pain on crossing the legs is not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.CROSSING_LEGS))),
                "Groin or front-of-hip pain on sitting, squatting or crossing the legs is positional hip pain");
    }

    @Test
    void lockingCatchingOrGivingWayWithGroinOrFrontOfHipPainIsAMechanicalHipSymptom() {
        // given groin pain with the hip giving way
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).qualities(Quality.GIVING_WAY)));
        // then it is a mechanical hip symptom
        assertFired(then, "Locking, catching or giving way with groin or front-of-hip pain is a mechanical hip symptom");
        assertThat(report(then).condition(ConditionCode.LABRAL_TEAR).orElseThrow().because()).contains("the hip locks, catches or gives way");
        // and with the qualities unknown it is not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))),
                "Locking, catching or giving way with groin or front-of-hip pain is a mechanical hip symptom");
    }

    @Test
    void pubicGroinInnerThighOrButtockPainThatComesWithRunningIsPelvicPainWithRunning() {
        // given buttock pain after runs, on one leg, in a woman
        Explanation then = assess(Assessment.builder().runner(Runner.of(28, Sex.FEMALE))
                .pain(pain(Location.BUTTOCK).timing(Timing.AFTER_RUN).aggravators(Aggravator.STANDING_ON_ONE_LEG)));
        // then it is pelvic pain with running, in words
        assertFired(then, "Pubic, groin, inner-thigh or buttock pain that comes with running is pelvic pain with running");
        assertThat(report(then).condition(ConditionCode.PUBIC_RAMUS_STRESS_FRACTURE).orElseThrow().because())
                .contains("pain in the buttock that comes with running");
        // and front-of-hip pain with running is not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.FRONT_OF_HIP).timing(Timing.DURING_RUN))),
                "Pubic, groin, inner-thigh or buttock pain that comes with running is pelvic pain with running");
    }
}
