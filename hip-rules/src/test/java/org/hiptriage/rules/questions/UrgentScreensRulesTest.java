package org.hiptriage.rules.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of questions/urgent-screens.drl: each shows as an openQuestion that could raise the disposition to
 * URGENT while it is below that (SEE_CLINICIAN here, as the emergency screens are left unanswered).
 */
class UrgentScreensRulesTest extends RuleTestSupport {

    static OpenQuestion asked(Explanation then, String path) {
        assertThat(level(then)).as("disposition").isEqualTo(Level.SEE_CLINICIAN);
        OpenQuestion q = report(then).openQuestion(path).orElseThrow(() -> new AssertionError("no open question " + path
                + " in " + report(then).openQuestions().stream().map(OpenQuestion::path).toList()));
        assertThat(q.couldRaiseTo()).as(path).isEqualTo(Level.URGENT);
        return q;
    }

    static void notAsked(Explanation then, String path) {
        assertThat(report(then).openQuestions()).extracting(OpenQuestion::path).as("open questions").doesNotContain(path);
    }

    /** Outer-hip pain of 30 days that began in a sprint: none of the limp screens apply. */
    static Pain.Builder oldSprintPain(Location where) {
        return Pain.of(3, Onset.SUDDEN, 30, where).onsetEvent(OnsetEvent.SPRINT_OR_KICK);
    }

    @Test
    void unaskedWeightBearingCouldMeanASameDayExamination() {
        // given an adult with outer-hip pain, weight bearing not asked
        Explanation then = assess(caseWith(Location.LATERAL_HIP));
        // then it is asked
        assertFired(then, "Unasked weight bearing could mean a same-day examination");
        assertThat(asked(then, "function.canBearWeight").question()).isEqualTo("Can you stand and walk on the leg?");
        // and given it answered, not
        notAsked(assess(caseWith(Location.LATERAL_HIP)
                .function(FunctionStatus.builder().canBearWeight(true))), "function.canBearWeight");
    }

    @Test
    void anUnaskedLimpInAYoungRunnerCouldMeanASlippedGrowthPlate() {
        // given a 14-year-old with gradual lower-back pain of 30 days (hip or thigh pain would list a slipped growth plate, and a
        // sudden start in a sprint an avulsion, and make it URGENT already), limp not asked
        Explanation then = assess(caseWith(Location.LOWER_BACK).runner(runner().age(14)).pain(Pain.of(3, Onset.GRADUAL, 30, Location.LOWER_BACK))
                .function(FunctionStatus.builder().canBearWeight(true)));
        // then the limp is asked
        assertFired(then, "An unasked limp in a young runner could mean a slipped growth plate");
        assertThat(asked(then, "function.limp").why()).contains("slipped growth plate");
        // and given an 18-year-old with the same pain, not by this rule
        Explanation adult = assess(caseWith(Location.LOWER_BACK).runner(runner().age(18)).pain(Pain.of(3, Onset.GRADUAL, 30, Location.LOWER_BACK)));
        assertNotFired(adult, "An unasked limp in a young runner could mean a slipped growth plate");
        notAsked(adult, "function.limp");
        // and given the limp answered, not
        notAsked(assess(caseWith(Location.LOWER_BACK).runner(runner().age(14)).pain(Pain.of(3, Onset.GRADUAL, 30, Location.LOWER_BACK))
                .function(FunctionStatus.builder().canBearWeight(true).limp(false))), "function.limp");
    }

    @Test
    void anUnaskedLimpWithNewHipPainAndNoInjuryCouldMeanAnInfectedJointOrAFracture() {
        // given an adult with groin pain of 10 days and no injury named, limp not asked
        Explanation then = assess(caseWith(Location.LATERAL_HIP));
        // then the limp is asked
        assertFired(then, "An unasked limp with new hip pain and no injury could mean an infected joint or a fracture");
        asked(then, "function.limp");
        // and given a 65-year-old with pain of 30 days after a sprint (fragile bone), too
        assertFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(65)).pain(oldSprintPain(Location.LATERAL_HIP))),
                "An unasked limp with new hip pain and no injury could mean an infected joint or a fracture");
        // and given a 35-year-old with pain of 30 days after a sprint, not
        notAsked(assess(caseWith(Location.LATERAL_HIP).pain(oldSprintPain(Location.LATERAL_HIP))), "function.limp");
        // and given the limp answered, not
        notAsked(assess(caseWith(Location.LATERAL_HIP).function(FunctionStatus.builder().limp(false))), "function.limp");
    }

    @Test
    void anUnaskedCancerHistoryCouldMeanASeriousCauseOfBonePain() {
        // given cancer not asked
        Explanation then = assess(caseWith(Location.LATERAL_HIP));
        // then it is asked
        assertFired(then, "An unasked cancer history could mean a serious cause of bone pain");
        asked(then, "general.cancerHistory");
        // and given it answered "no", not
        notAsked(assess(caseWith(Location.LATERAL_HIP)
                .general(General.builder().cancerHistory(false))), "general.cancerHistory");
    }

    @Test
    void unaskedWeightLossCouldMeanASeriousCauseOfBonePain() {
        // given weight loss not asked
        Explanation then = assess(caseWith(Location.LATERAL_HIP));
        // then it is asked
        assertFired(then, "Unasked weight loss could mean a serious cause of bone pain");
        asked(then, "general.unexplainedWeightLoss");
        // and given it answered "no", not
        notAsked(assess(caseWith(Location.LATERAL_HIP)
                .general(General.builder().unexplainedWeightLoss(false))), "general.unexplainedWeightLoss");
    }

    @Test
    void unaskedAbdominalOrPelvicSymptomsWithGroinPainCouldMeanACauseOutsideTheHip() {
        // given groin pain after a sprint 30 days ago (no bone-stress screen), abdominal symptoms not asked
        Explanation then = assess(caseWith(Location.GROIN).pain(oldSprintPain(Location.GROIN)));
        // then they are asked
        assertFired(then, "Unasked abdominal or pelvic symptoms with groin pain could mean a cause outside the hip");
        asked(then, "general.abdominalOrPelvicSymptoms");
        // and given outer-hip pain, or the symptoms answered, not
        notAsked(assess(caseWith(Location.LATERAL_HIP)), "general.abdominalOrPelvicSymptoms");
        notAsked(assess(caseWith(Location.GROIN).pain(oldSprintPain(Location.GROIN))
                .general(General.builder().abdominalOrPelvicSymptoms(false))),
                "general.abdominalOrPelvicSymptoms");
    }

    @Test
    void anUnaskedGroinLumpWithGroinPainCouldMeanATrappedHernia() {
        // given inner-thigh pain, a groin lump not asked
        Explanation then = assess(caseWith(Location.INNER_THIGH).pain(oldSprintPain(Location.INNER_THIGH)));
        // then it is asked
        assertFired(then, "An unasked groin lump with groin pain could mean a trapped hernia");
        asked(then, "general.groinLump");
        // and given outer-hip pain, or the lump answered, not
        notAsked(assess(caseWith(Location.LATERAL_HIP)), "general.groinLump");
        notAsked(assess(caseWith(Location.INNER_THIGH).pain(oldSprintPain(Location.INNER_THIGH))
                .general(General.builder().groinLump(false))),
                "general.groinLump");
    }

    @Test
    void unaskedSwellingWithThighOrCalfPainCouldMeanABloodClot() {
        // given back-of-thigh pain, swelling not asked
        Explanation then = assess(caseWith(Location.BACK_OF_THIGH).pain(oldSprintPain(Location.BACK_OF_THIGH)));
        // then it is asked
        assertFired(then, "Unasked swelling with thigh or calf pain could mean a blood clot");
        asked(then, "general.calfOrThighSwelling");
        // and given outer-hip pain, or swelling answered, not
        notAsked(assess(caseWith(Location.LATERAL_HIP)), "general.calfOrThighSwelling");
        notAsked(assess(caseWith(Location.BACK_OF_THIGH).pain(oldSprintPain(Location.BACK_OF_THIGH))
                .general(General.builder().calfOrThighSwelling(false))), "general.calfOrThighSwelling");
    }

    @Test
    void unaskedPeriodsWithSuddenGroinPainCouldMeanAnEctopicPregnancy() {
        // given a 25-year-old woman, pregnancy and periods not asked, groin pain that began suddenly
        Explanation then = assess(caseWith(Location.GROIN).runner(runner().age(25).sex(Sex.FEMALE)).pain(oldSprintPain(Location.GROIN)));
        // then her periods are asked as a same-day question
        assertFired(then, "Unasked periods with sudden groin pain could mean an ectopic pregnancy");
        assertThat(asked(then, "runner.menstrualStatus").why()).contains("ectopic pregnancy");
        // and given her periods answered, not
        notAsked(assess(caseWith(Location.GROIN).runner(runner().age(25).sex(Sex.FEMALE).menstrualStatus(MenstrualStatus.REGULAR))
                .pain(oldSprintPain(Location.GROIN))), "runner.menstrualStatus");
        // and given a man, not
        notAsked(assess(caseWith(Location.GROIN).pain(oldSprintPain(Location.GROIN))), "runner.menstrualStatus");
    }

    @Test
    void unaskedEnergyAvailabilityWithGradualGroinPainCouldMeanAStressFracture() {
        // given gradual groin pain, energy availability not asked
        Explanation then = assess(caseWith(Location.GROIN).general(General.builder().abdominalOrPelvicSymptoms(false)));
        // then it is asked as a same-day question
        assertFired(then, "Unasked energy availability with gradual groin pain could mean a stress fracture");
        asked(then, "history.lowEnergyAvailability");
        assertThat(report(then).openQuestion("history.lowEnergyAvailability").orElseThrow().couldRaiseTo()).isEqualTo(Level.URGENT);
        // and given it answered "no" (bone density and earlier fractures not asked), the answered field is never listed
        notAsked(assess(caseWith(Location.GROIN)
                .history(History.builder().lowEnergyAvailability(false))), "history.lowEnergyAvailability");
        // and given outer-hip pain, not as a same-day question
        assertThat(report(assess(caseWith(Location.LATERAL_HIP))).openQuestions())
                .noneMatch(q -> q.path().equals("history.lowEnergyAvailability") && q.couldRaiseTo() == Level.URGENT);
    }

    @Test
    void unaskedBoneDensityWithGradualGroinPainCouldMeanAStressFracture() {
        // given gradual groin pain with energy availability answered "no" but bone density not asked
        Explanation then = assess(caseWith(Location.GROIN).history(History.builder().lowEnergyAvailability(false)));
        // then bone density is asked as a same-day question
        assertFired(then, "Unasked bone density with gradual groin pain could mean a stress fracture");
        asked(then, "history.lowBoneDensity");
        // and given it answered, not
        notAsked(assess(caseWith(Location.GROIN)
                .history(History.builder().lowBoneDensity(false))), "history.lowBoneDensity");
    }

    @Test
    void anUnaskedPreviousStressFractureWithGradualGroinPainCouldMeanAnother() {
        // given gradual groin pain, an earlier stress fracture not asked
        Explanation then = assess(caseWith(Location.GROIN)
                .history(History.builder().lowEnergyAvailability(false).lowBoneDensity(false)));
        // then it is asked
        assertFired(then, "An unasked previous stress fracture with gradual groin pain could mean another");
        asked(then, "history.priorStressFracture");
        // and given all three answered "no", none is asked
        Explanation answered = assess(caseWith(Location.GROIN)
                .history(History.builder().lowEnergyAvailability(false).lowBoneDensity(false).priorStressFracture(false)));
        notAsked(answered, "history.priorStressFracture");
        notAsked(answered, "history.lowBoneDensity");
        notAsked(answered, "history.lowEnergyAvailability");
    }
}
