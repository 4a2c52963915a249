package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.SEPTIC_ARTHRITIS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.Likelihood;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/septic-arthritis.drl. */
class SepticArthritisRulesTest extends ConditionRulesTestSupport {

    @Test
    void feverWithAPainfulHipSuggestsAnInfectedJoint() {
        // given groin pain and a fever
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))
                .general(General.builder().fever(true)));
        // then septic arthritis is listed on the fever alone
        assertSupports(then, SEPTIC_ARTHRITIS, "Fever with a painful hip suggests an infected joint", "fever with a painful hip");
        // and an unknown fever does not
        Explanation unknown = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN)));
        assertNotFired(unknown, "Fever with a painful hip suggests an infected joint");
        assertThat(report(unknown).condition(SEPTIC_ARTHRITIS)).isEmpty();
    }

    @Test
    void aHipThatCannotBearWeightSupportsAnInfectedJoint() {
        // given a fever and a hip that cannot bear weight
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))
                .general(General.builder().fever(true))
                .function(FunctionStatus.builder().canBearWeight(false)));
        // then septic arthritis is LIKELY
        assertSupports(then, SEPTIC_ARTHRITIS, "A hip that cannot bear weight supports an infected joint", "cannot bear weight on the leg");
        assertThat(listed(then, SEPTIC_ARTHRITIS).likelihood()).isEqualTo(Likelihood.LIKELY);
        // and a hip that bears weight does not get it
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))
                .general(General.builder().fever(true))
                .function(FunctionStatus.builder().canBearWeight(true))),
                "A hip that cannot bear weight supports an infected joint");
    }

    @Test
    void aHipWhoseMovementIsLimitedSupportsAnInfectedJoint() {
        // given a fever and limited hip motion
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))
                .general(General.builder().fever(true))
                .function(FunctionStatus.builder().limitedHipMotion(true)));
        // then the limited motion counts
        assertSupports(then, SEPTIC_ARTHRITIS, "A hip whose movement is limited supports an infected joint", "the hip's movement is limited");
        // and unknown motion does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))
                .general(General.builder().fever(true))),
                "A hip whose movement is limited supports an infected joint");
    }

    @Test
    void constantOrRestingPainInAStiffHipSupportsAnInfectedJoint() {
        // given a fever, limited motion and pain all the time
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).timing(Timing.CONSTANT))
                .general(General.builder().fever(true)).function(FunctionStatus.builder().limitedHipMotion(true)));
        // then the constant pain counts
        assertSupports(then, SEPTIC_ARTHRITIS, "Constant or resting pain in a stiff hip supports an infected joint", "pain at rest or all the time");
        // and constant pain in a hip that moves freely (or not examined) does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).timing(Timing.CONSTANT))
                .general(General.builder().fever(true))),
                "Constant or resting pain in a stiff hip supports an infected joint");
    }

    @Test
    void aHipWithoutFeverIsRarelyInfected() {
        // given no fever, but a hip that cannot bear weight, will not move and hurts all the time
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).timing(Timing.CONSTANT))
                .general(General.builder().fever(false))
                .function(FunctionStatus.builder().canBearWeight(false).limitedHipMotion(true)));
        // then the missing fever is held against infection, yet the joint picture keeps it listed
        assertArgues(then, SEPTIC_ARTHRITIS, "A hip without fever is rarely infected", "no fever");
        assertThat(listed(then, SEPTIC_ARTHRITIS).likelihood()).isEqualTo(Likelihood.POSSIBLE);
        // and a fever that was not asked about is never held against it
        Explanation unasked = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).timing(Timing.CONSTANT))
                .function(FunctionStatus.builder().canBearWeight(false).limitedHipMotion(true)));
        assertNotFired(unasked, "A hip without fever is rarely infected");
        assertThat(listed(unasked, SEPTIC_ARTHRITIS).score()).isEqualTo(5);
    }

    static final String AT_RISK = "New hip pain with a limp or a stiff hip in a runner at risk of infection supports an infected joint";

    @Test
    void newHipPainWithALimpOrAStiffHipInARunnerAtRiskOfInfectionSupportsAnInfectedJoint() {
        // given groin pain of 5 days with a limp in a runner with diabetes, fever not asked
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).durationDays(5))
                .function(FunctionStatus.builder().limp(true)).general(General.builder().immunosuppressed(true)));
        // then it counts towards an infected joint even without a fever
        assertFired(then, AT_RISK);
        // and with the hip stiff as well as the limp and an inflammatory arthritis, the reasons name the risk
        Explanation stiff = assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).durationDays(5))
                .function(FunctionStatus.builder().canBearWeight(false).limp(true).limitedHipMotion(true))
                .general(General.builder().inflammatoryArthritis(true)));
        assertSupports(stiff, SEPTIC_ARTHRITIS, AT_RISK, "new hip pain with a limp or a stiff hip, with an inflammatory arthritis");
        // and given pain of 15 days, not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).durationDays(15))
                .function(FunctionStatus.builder().limp(true)).general(General.builder().immunosuppressed(true))), AT_RISK);
        // and given no risk, not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).durationDays(5))
                .function(FunctionStatus.builder().limp(true)).general(General.builder().immunosuppressed(false))), AT_RISK);
    }
}
