package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.Location;
import org.hiptriage.model.Sex;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/slipped-capital-femoral-epiphysis.drl. */
class SlippedCapitalFemoralEpiphysisRulesTest extends ConditionRulesTestSupport {

    @Test
    void hipThighOrKneePainAtTheAgeOfASlippedGrowthPlateSuggestsScfe() {
        // given a 12-year-old with groin pain who limps
        Explanation then = assess(Assessment.builder().runner(runner().age(12)).pain(pain(Location.GROIN))
                .function(FunctionStatus.builder().limp(true)));
        // then SCFE is listed because of the age and the pain
        assertSupports(then, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, "Hip, thigh or knee pain at the age of a slipped growth plate suggests SCFE",
                "a child or young adolescent with hip, thigh or knee pain");
        // and given a 17-year-old, still (v2: the band is 8 to 17), but an 18-year-old is past the age
        assertFired(assess(Assessment.builder().runner(runner().age(17)).pain(pain(Location.GROIN))
                .function(FunctionStatus.builder().limp(true))),
                "Hip, thigh or knee pain at the age of a slipped growth plate suggests SCFE");
        Explanation older = assess(Assessment.builder().runner(runner().age(18)).pain(pain(Location.GROIN))
                .function(FunctionStatus.builder().limp(true)));
        assertNotFired(older, "Hip, thigh or knee pain at the age of a slipped growth plate suggests SCFE");
        assertThat(report(older).condition(SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS)).isEmpty();
    }

    @Test
    void kneeOrThighPainAloneInAChildCanBeASlippedGrowthPlateOfTheHip() {
        // given an 11-year-old girl with knee pain only
        Explanation then = assess(Assessment.builder().runner(runner().age(11).sex(Sex.FEMALE)).pain(pain(Location.KNEE)));
        // then SCFE is listed even without hip pain
        assertSupports(then, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, "Knee or thigh pain alone in a child can be a slipped growth plate of the hip",
                "pain only in the knee or thigh, the way SCFE is often missed");
        // and knee pain with groin pain is not "knee pain alone"
        assertNotFired(assess(Assessment.builder().runner(runner().age(11)).pain(pain(Location.KNEE, Location.GROIN))),
                "Knee or thigh pain alone in a child can be a slipped growth plate of the hip");
    }

    @Test
    void aLimpAtTheAgeOfASlippedGrowthPlateIsTypicalOfScfe() {
        // given a 13-year-old with buttock pain who limps
        Explanation then = assess(Assessment.builder().runner(runner().age(13)).pain(pain(Location.BUTTOCK))
                .function(FunctionStatus.builder().limp(true)));
        // then the limp alone lists SCFE
        assertSupports(then, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, "A limp at the age of a slipped growth plate is typical of SCFE", "a limp");
        // and a 20-year-old who limps is not given SCFE
        Explanation adult = assess(Assessment.builder().runner(runner().age(20)).pain(pain(Location.BUTTOCK))
                .function(FunctionStatus.builder().limp(true)));
        assertNotFired(adult, "A limp at the age of a slipped growth plate is typical of SCFE");
    }

    @Test
    void limitedHipMotionAtTheAgeOfASlippedGrowthPlateIsTypicalOfScfe() {
        // given a 12-year-old with groin pain and limited hip motion
        Explanation then = assess(Assessment.builder().runner(runner().age(12)).pain(pain(Location.GROIN))
                .function(FunctionStatus.builder().limitedHipMotion(true)));
        // then the limited motion counts as typical
        assertSupports(then, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, "Limited hip motion at the age of a slipped growth plate is typical of SCFE",
                "the hip's movement is limited");
        // and unknown motion does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(12)).pain(pain(Location.GROIN))),
                "Limited hip motion at the age of a slipped growth plate is typical of SCFE");
    }

    @Test
    void beingOverweightForTheAgeAddsToASlippedGrowthPlate() {
        // given a 12-year-old of 150 cm and 55 kg (BMI 24, overweight for 12) with groin pain and a limp
        Explanation then = assess(Assessment.builder().runner(runner().age(12).heightCm(150.0).weightKg(55.0))
                .pain(pain(Location.GROIN)).function(FunctionStatus.builder().limp(true)));
        // then the weight adds, with the BMI in words
        assertSupports(then, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, "Being overweight for the age adds to a slipped growth plate",
                "overweight for the age (body-mass index 24)");
        // and a lean child (40 kg) or an unknown weight does not
        assertNotFired(assess(Assessment.builder().runner(runner().age(12).heightCm(150.0).weightKg(40.0)).pain(pain(Location.GROIN))
                .function(FunctionStatus.builder().limp(true))),
                "Being overweight for the age adds to a slipped growth plate");
        assertNotFired(assess(Assessment.builder().runner(runner().age(12)).pain(pain(Location.GROIN))
                .function(FunctionStatus.builder().limp(true))),
                "Being overweight for the age adds to a slipped growth plate");
    }

    @Test
    void aChildWhoCannotBearWeightAtTheAgeOfASlippedGrowthPlateMayHaveAnUnstableSlip() {
        // given a 13-year-old with groin pain who cannot bear weight
        Explanation then = assess(Assessment.builder().runner(runner().age(13)).pain(pain(Location.GROIN))
                .function(FunctionStatus.builder().canBearWeight(false)));
        // then an unstable slip is weighed
        assertSupports(then, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, "A child who cannot bear weight at the age of a slipped growth plate may have an unstable slip",
                "cannot bear weight on the leg");
        // and a child who bears weight does not get it
        assertNotFired(assess(Assessment.builder().runner(runner().age(13)).pain(pain(Location.GROIN))
                .function(FunctionStatus.builder().canBearWeight(true))),
                "A child who cannot bear weight at the age of a slipped growth plate may have an unstable slip");
    }
}
