package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.FEMORAL_NECK_STRESS_FRACTURE;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/femoral-neck-stress-fracture.drl. */
class FemoralNeckStressFractureRulesTest extends FrontOfHipTestSupport {

    /** Groin pain during runs. */
    private static Pain.Builder groinWithRunning() {
        return pain(Location.GROIN).timing(Timing.DURING_RUN);
    }

    @Test
    void groinPainThatComesWithRunningFitsAFemoralNeckStressFracture() {
        // given groin pain during runs after a 35 % rise in distance
        Explanation then = assess(Assessment.builder().runner(runner()).pain(groinWithRunning())
                .history(History.builder().distanceIncreasePercent(35.0)));
        // then the groin pain with running counts for the fracture
        assertFired(then, "Groin pain that comes with running fits a femoral neck stress fracture");
        assertThat(listed(then, FEMORAL_NECK_STRESS_FRACTURE).because()).contains("pain in the groin that comes with running");
        // and with the timing unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))),
                "Groin pain that comes with running fits a femoral neck stress fracture");
    }

    @Test
    void aBoneStressRiskFactorWithGroinPainSupportsAFemoralNeckStressFracture() {
        // given groin pain during runs in a woman with absent periods and low energy availability
        Explanation then = assess(Assessment.builder().runner(woman(22).menstrualStatus(MenstrualStatus.ABSENT)).pain(groinWithRunning())
                .history(History.builder().lowEnergyAvailability(true)));
        // then each risk factor counts and the fracture is LIKELY
        assertFired(then, "A bone-stress risk factor with groin pain supports a femoral neck stress fracture");
        assertThat(listed(then, FEMORAL_NECK_STRESS_FRACTURE).because())
                // v2 names the periods as they are: "periods that have stopped" (was "missing or irregular periods")
                .contains("low energy availability (RED-S)", "periods that have stopped");
        assertThat(listed(then, FEMORAL_NECK_STRESS_FRACTURE).likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void aLoadSpikeWithGroinPainSupportsAFemoralNeckStressFracture() {
        // given groin pain during runs after a 35 % rise in distance
        Explanation then = assess(Assessment.builder().runner(runner()).pain(groinWithRunning())
                .history(History.builder().distanceIncreasePercent(35.0)));
        // then the load spike counts for the fracture
        assertFired(then, "A load spike with groin pain supports a femoral neck stress fracture");
        assertThat(listed(then, FEMORAL_NECK_STRESS_FRACTURE).because()).contains("running distance up 35 % on the 4 weeks before");
        // and an unknown rise does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(groinWithRunning())),
                "A load spike with groin pain supports a femoral neck stress fracture");
    }

    @Test
    void groinPainWithRunningThatHasProgressedToWalkingOrTheNightStronglySuggestsAFemoralNeckStressFracture() {
        // given groin pain during runs that now comes at night, and walking that hurts
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.GROIN).timing(Timing.DURING_RUN, Timing.AT_NIGHT))
                .function(FunctionStatus.builder().painFreeWalking(false)));
        // then the progression counts once (not once per answer that shows it)
        assertFired(then, "Groin pain with running that has progressed to walking or the night strongly suggests a femoral neck stress fracture");
        assertThat(listed(then, FEMORAL_NECK_STRESS_FRACTURE).because())
                .contains("groin pain that has progressed to walking, rest or the night");
        assertThat(listed(then, FEMORAL_NECK_STRESS_FRACTURE).score()).isEqualTo(5);
        // and pain only during runs does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(groinWithRunning())),
                "Groin pain with running that has progressed to walking or the night strongly suggests a femoral neck stress fracture");
        // and groin pain on walking and at night that is not known to come with running (as in hip arthritis) does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(62))
                        .pain(pain(Location.GROIN).timing(Timing.WHEN_WALKING, Timing.AT_NIGHT))),
                "Groin pain with running that has progressed to walking or the night strongly suggests a femoral neck stress fracture");
    }

    @Test
    void groinPainOnHoppingSupportsAStressFractureOfTheFemoralNeck() {
        // given a clinician recorded pain on hopping with groin pain
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))
                .exam(Exam.builder().hopTestPain(true)));
        // then hopping pain lists the fracture
        assertFired(then, "Groin pain on hopping supports a stress fracture of the femoral neck");
        assertThat(listed(then, FEMORAL_NECK_STRESS_FRACTURE).because()).contains("pain on hopping");
        // and an unknown hop does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))),
                "Groin pain on hopping supports a stress fracture of the femoral neck");
    }

    @Test
    void aSuddenOnsetDuringASprintOrKickArguesAgainstAStressFracture() {
        // given groin pain during runs after a load spike, that began suddenly in a sprint
        Pain.Builder sprint = groinWithRunning().onset(Onset.SUDDEN).onsetEvent(OnsetEvent.SPRINT_OR_KICK);
        Explanation then = assess(Assessment.builder().runner(runner()).pain(sprint)
                .history(History.builder().distanceIncreasePercent(35.0)));
        // then the sudden onset counts against the fracture and the strain ranks first
        assertFired(then, "A sudden onset during a sprint or kick argues against a stress fracture");
        notListed(then, FEMORAL_NECK_STRESS_FRACTURE);
        assertThat(top(then)).isEqualTo(ConditionCode.HIP_FLEXOR_STRAIN);
        // and once the pain comes at night too, the sudden onset never argues it away
        Explanation night = assess(Assessment.builder().runner(runner())
                .pain(groinWithRunning().onset(Onset.SUDDEN).onsetEvent(OnsetEvent.SPRINT_OR_KICK).timing(Timing.DURING_RUN, Timing.AT_NIGHT))
                .history(History.builder().distanceIncreasePercent(35.0)));
        assertNotFired(night, "A sudden onset during a sprint or kick argues against a stress fracture");
        assertThat(listed(night, FEMORAL_NECK_STRESS_FRACTURE).likelihood()).isEqualTo(Likelihood.LIKELY);
        // nor does it when hopping hurts
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(groinWithRunning().onset(Onset.SUDDEN)
                .onsetEvent(OnsetEvent.SPRINT_OR_KICK).aggravators(Aggravator.HOPPING))),
                "A sudden onset during a sprint or kick argues against a stress fracture");
    }
}
