package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.ABDOMINAL_OR_PELVIC_CAUSE;
import static org.hiptriage.model.report.FlagCode.POSSIBLE_BLOOD_CLOT;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/outside-the-hip.drl. */
class OutsideTheHipRulesTest extends RuleTestSupport {

    static final String ABDOMINAL = "Groin or lower-abdominal pain with abdominal or pelvic symptoms may come from the abdomen or pelvis";
    static final String ECTOPIC = "Sudden or constant groin pain with a missed period and pregnancy not ruled out may be an ectopic pregnancy";
    static final String LOWER_ABDOMEN = "Sudden or constant lower-abdominal pain needs a same-day assessment";
    static final String LUMP = "A lump in the groin may be a hernia that can become trapped";
    static final String SWOLLEN = "A swollen calf or thigh may be a blood clot";
    static final String NO_INJURY = "A swollen painful thigh or calf without an injury to explain it may be a blood clot";
    static final String TRAVEL = "A swollen painful thigh or calf after surgery or long travel may be a blood clot";

    @Test
    void groinOrLowerAbdominalPainWithAbdominalOrPelvicSymptomsMayComeFromTheAbdomenOrPelvis() {
        // given groin pain and pain passing urine
        Explanation then = assess(caseWith(Location.GROIN).general(General.builder().abdominalOrPelvicSymptoms(true)));
        // then a same-day assessment for a cause outside the hip
        assertFired(then, ABDOMINAL);
        assertThat(flag(then, ABDOMINAL_OR_PELVIC_CAUSE).because()).contains("pain in the groin with abdominal or pelvic symptoms");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given the same symptoms with outer-hip pain only, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP)
                .general(General.builder().abdominalOrPelvicSymptoms(true))), ABDOMINAL);
    }

    @Test
    void suddenOrConstantGroinPainWithAMissedPeriodAndPregnancyNotRuledOutMayBeAnEctopicPregnancy() {
        // given a 26-year-old woman, pregnancy not asked, irregular periods, sudden groin pain
        Explanation then = assess(caseWith(Location.GROIN).runner(runner().age(26).sex(Sex.FEMALE).menstrualStatus(MenstrualStatus.IRREGULAR))
                .pain(Pain.of(6, Onset.SUDDEN, 1, Location.GROIN)));
        // then a same-day assessment and a pregnancy test
        assertFired(then, ECTOPIC);
        assertThat(flag(then, ABDOMINAL_OR_PELVIC_CAUSE).because())
                .contains("sudden or constant pain in the groin with a missed period, and pregnancy not ruled out");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given she is known not to be pregnant, not
        assertNotFired(assess(caseWith(Location.GROIN).runner(runner().age(26).sex(Sex.FEMALE).menstrualStatus(MenstrualStatus.IRREGULAR)
                .pregnancy(Pregnancy.NOT_PREGNANT)).pain(Pain.of(6, Onset.SUDDEN, 1, Location.GROIN))), ECTOPIC);
        // and given regular periods, or a gradual ache, not
        assertNotFired(assess(caseWith(Location.GROIN).runner(runner().age(26).sex(Sex.FEMALE).menstrualStatus(MenstrualStatus.REGULAR))
                .pain(Pain.of(6, Onset.SUDDEN, 1, Location.GROIN))), ECTOPIC);
        assertNotFired(assess(caseWith(Location.GROIN).runner(runner().age(26).sex(Sex.FEMALE).menstrualStatus(MenstrualStatus.IRREGULAR))
                .pain(Pain.of(3, Onset.GRADUAL, 20, Location.GROIN))), ECTOPIC);
    }

    @Test
    void suddenOrConstantLowerAbdominalPainNeedsASameDayAssessment() {
        // given constant lower-abdominal pain in a man
        Explanation then = assess(caseWith(Location.LOWER_ABDOMEN).pain(pain(Location.LOWER_ABDOMEN).timing(Timing.CONSTANT)));
        // then a same-day assessment
        assertFired(then, LOWER_ABDOMEN);
        assertThat(flag(then, ABDOMINAL_OR_PELVIC_CAUSE).because()).contains("sudden or constant pain in the lower abdomen");
        // and given a gradual ache during runs, not
        assertNotFired(assess(caseWith(Location.LOWER_ABDOMEN).pain(pain(Location.LOWER_ABDOMEN).timing(Timing.DURING_RUN))), LOWER_ABDOMEN);
    }

    @Test
    void aLumpInTheGroinMayBeAHerniaThatCanBecomeTrapped() {
        // given a lump in the groin
        Explanation then = assess(caseWith(Location.GROIN).general(General.builder().groinLump(true)));
        // then a same-day examination
        assertFired(then, LUMP);
        assertThat(flag(then, ABDOMINAL_OR_PELVIC_CAUSE).because()).contains("a lump in the groin");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given no lump, not
        assertNotFired(assess(caseWith(Location.GROIN).general(General.builder().groinLump(false))), LUMP);
    }

    @Test
    void aSwollenCalfOrThighMayBeABloodClot() {
        // given a swollen calf or thigh with hip pain
        Explanation then = assess(caseWith(Location.FRONT_OF_THIGH).general(General.builder().calfOrThighSwelling(true)));
        // then a possible blood clot, seen today
        assertFired(then, SWOLLEN);
        assertThat(flag(then, POSSIBLE_BLOOD_CLOT).because()).contains("a swollen calf or thigh");
        assertThat(flag(then, POSSIBLE_BLOOD_CLOT).level()).isEqualTo(Level.URGENT);
        // and given no swelling, not
        assertNotFired(assess(caseWith(Location.FRONT_OF_THIGH)
                .general(General.builder().calfOrThighSwelling(false))), SWOLLEN);
    }

    @Test
    void aSwollenPainfulThighOrCalfWithoutAnInjuryToExplainItMayBeABloodClot() {
        // given a painful, swollen thigh with no injury named
        Explanation then = assess(caseWith(Location.BACK_OF_THIGH).pain(pain(Location.BACK_OF_THIGH).qualities(Quality.SWELLING)));
        // then a possible blood clot
        assertFired(then, NO_INJURY);
        assertThat(flag(then, POSSIBLE_BLOOD_CLOT).because()).contains("a swollen, painful thigh or calf with no injury to explain it");
        // and given the swelling came with a sprint, not by this rule
        assertNotFired(assess(caseWith(Location.BACK_OF_THIGH).pain(Pain.of(4, Onset.SUDDEN, 3, Location.BACK_OF_THIGH)
                .onsetEvent(OnsetEvent.SPRINT_OR_KICK).qualities(Quality.SWELLING))), NO_INJURY);
        // and given a swollen outer hip, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).pain(pain(Location.LATERAL_HIP).qualities(Quality.SWELLING))), NO_INJURY);
    }

    @Test
    void aSwollenPainfulThighOrCalfAfterSurgeryOrLongTravelMayBeABloodClot() {
        // given a swollen calf after a sprint, with a long flight last week
        Explanation then = assess(caseWith(Location.BELOW_KNEE).pain(Pain.of(4, Onset.SUDDEN, 3, Location.BELOW_KNEE)
                .onsetEvent(OnsetEvent.SPRINT_OR_KICK).qualities(Quality.SWELLING))
                .general(General.builder().recentSurgeryOrLongTravel(true)));
        // then a possible blood clot, whatever started the pain
        assertFired(then, TRAVEL);
        assertThat(flag(then, POSSIBLE_BLOOD_CLOT).because()).contains("a swollen, painful thigh or calf after surgery, a cast or long travel");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given no surgery or travel, not
        Explanation not = assess(caseWith(Location.BELOW_KNEE).pain(Pain.of(4, Onset.SUDDEN, 3, Location.BELOW_KNEE)
                .onsetEvent(OnsetEvent.SPRINT_OR_KICK).qualities(Quality.SWELLING))
                .general(General.builder().recentSurgeryOrLongTravel(false)));
        assertNotFired(not, TRAVEL);
    }
}
