package org.hiptriage.rules.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.*;

import java.util.EnumSet;
import java.util.Set;
import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per rule of disposition/disposition.drl, and the level every condition calls for. */
class DispositionRulesTest extends RuleTestSupport {

    static final Set<ConditionCode> SIMPLE_OVERUSE = EnumSet.of(GREATER_TROCHANTERIC_PAIN_SYNDROME, GLUTEUS_MEDIUS_STRAIN,
            HIP_FLEXOR_STRAIN, HIP_FLEXOR_TENDINOPATHY, ILIOPSOAS_BURSITIS, ADDUCTOR_TENDINOPATHY,
            PROXIMAL_HAMSTRING_TENDINOPATHY, ILIOTIBIAL_BAND_SYNDROME);
    // v2: the proximal hamstring tear, avascular necrosis and an inguinal hernia call for a clinician, a broken hip for URGENT
    static final Set<ConditionCode> CLINICIAN = EnumSet.of(LABRAL_TEAR, HIP_OSTEOARTHRITIS, LUMBAR_REFERRED_PAIN,
            PIRIFORMIS_SYNDROME, ATHLETIC_PUBALGIA, PREGNANCY_RELATED_HIP_PAIN, PROXIMAL_HAMSTRING_TEAR, AVASCULAR_NECROSIS, INGUINAL_HERNIA);
    static final Set<ConditionCode> URGENT = EnumSet.of(FEMORAL_NECK_STRESS_FRACTURE, PUBIC_RAMUS_STRESS_FRACTURE,
            APOPHYSEAL_AVULSION, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, HIP_FRACTURE);

    /** What a LIKELY condition alone calls for. */
    static Level expected(ConditionCode code) {
        if (SIMPLE_OVERUSE.contains(code)) {
            return Level.SELF_CARE;
        }
        if (CLINICIAN.contains(code)) {
            return Level.SEE_CLINICIAN;
        }
        return URGENT.contains(code) ? Level.URGENT : Level.EMERGENCY;
    }

    @ParameterizedTest
    @EnumSource(ConditionCode.class)
    void everyLikelyConditionCallsForItsOwnLevel(ConditionCode code) {
        // given the condition is LIKELY and nothing else is known but the emergency screens, answered "no" (v2: while one
        // of them is unanswered the answer is never self-care, see selfCareIsNeverAdvisedWhileAQuestionThatCouldMeanAnEmergencyIsUnanswered)
        Explanation then = assess(caseWith(Location.KNEE).general(screened()), likely(code));
        // then the disposition is what the condition calls for, and says why
        assertThat(level(then)).isEqualTo(expected(code));
        assertThat(then.report().disposition().because()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(ConditionCode.class)
    void aPossibleOnlyConditionIsNeverSelfCare(ConditionCode code) {
        // given the condition is only POSSIBLE
        Explanation then = assess(caseWith(Location.KNEE), possible(code));
        // then the runner sees a clinician at least
        assertThat(level(then)).isNotEqualTo(Level.SELF_CARE);
        assertThat(level(then).atLeastAsUrgentAs(expected(code))).isTrue();
    }

    @Test
    void everyRaisedFlagCallsForAtLeastItsOwnLevel() {
        // given a likely simple tendinopathy and severe pain
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(org.hiptriage.model.Pain.of(9, org.hiptriage.model.Onset.GRADUAL, 10, Location.LATERAL_HIP)),
                likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then the flag's level wins and its reason is the disposition's reason
        assertFired(then, "Every raised flag calls for at least its own level");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        assertThat(then.report().disposition().because()).contains("pain of 9 out of 10");
    }

    @Test
    void aLikelySimpleOveruseInjuryWithoutFlagsCanBeManagedWithSelfCare() {
        // given a likely IT band syndrome and nothing else but the emergency screens answered "no" (v2: needed for self-care)
        Explanation then = assess(caseWith(Location.LATERAL_HIP).general(screened()), likely(ILIOTIBIAL_BAND_SYNDROME));
        // then self-care, because of the condition
        assertFired(then, "A likely simple overuse injury without flags can be managed with self-care");
        assertThat(level(then)).isEqualTo(Level.SELF_CARE);
        assertThat(then.report().disposition().because()).anyMatch(b -> b.contains("Iliotibial band syndrome") && b.contains("self-care"));
        // and given it only POSSIBLE (knee pain, which no real evidence rule lifts to LIKELY), the rule does not fire
        assertNotFired(assess(caseWith(Location.KNEE), possible(ILIOTIBIAL_BAND_SYNDROME)),
                "A likely simple overuse injury without flags can be managed with self-care");
    }

    @Test
    void aPossibleStressFractureNeedsImagingTheSameDay() {
        // given a possible femoral neck stress fracture
        Explanation then = assess(caseWith(Location.GROIN), possible(FEMORAL_NECK_STRESS_FRACTURE));
        // then URGENT, with imaging as the reason
        assertFired(then, "A possible stress fracture needs imaging the same day");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        assertThat(then.report().disposition().because()).contains("Femoral neck stress fracture is possible and needs imaging");
    }

    @Test
    void aPossibleAvulsionOrSlippedGrowthPlateInAYoungRunnerNeedsAnXRayTheSameDay() {
        // given a possible slipped capital femoral epiphysis
        Explanation then = assess(caseWith(Location.KNEE).runner(runner().age(12)), possible(SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS));
        // then URGENT, with an X-ray as the reason
        assertFired(then, "A possible avulsion or slipped growth plate in a young runner needs an X-ray the same day");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        assertThat(then.report().disposition().because()).contains("Slipped capital femoral epiphysis is possible and needs an X-ray today");
    }

    @Test
    void aPossibleInfectedHipJointIsAnEmergency() {
        // given a possible septic arthritis, even beside a likely tendinopathy
        Explanation then = assess(caseWith(Location.GROIN), possible(SEPTIC_ARTHRITIS), likely(HIP_FLEXOR_TENDINOPATHY));
        // then EMERGENCY
        assertFired(then, "A possible infected hip joint is an emergency");
        assertThat(level(then)).isEqualTo(Level.EMERGENCY);
        assertThat(then.report().disposition().because()).contains("an infected hip joint (septic arthritis) is possible");
    }

    @Test
    void aPossibleLabralTearOrHipImpingementShouldBeExaminedByAClinician() {
        // given a likely labral tear
        Explanation then = assess(caseWith(Location.GROIN), likely(LABRAL_TEAR));
        // then SEE_CLINICIAN, citing the Warwick agreement
        assertFired(then, "A possible labral tear or hip impingement should be examined by a clinician");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(then.report().disposition().because()).contains("a labral tear or hip impingement needs an examination and often imaging to confirm");
        // and given a likely tendinopathy beside it, the clinician still wins
        assertThat(level(assess(caseWith(Location.GROIN), possible(LABRAL_TEAR), likely(HIP_FLEXOR_TENDINOPATHY)))).isEqualTo(Level.SEE_CLINICIAN);
    }

    @Test
    void possibleHipOsteoarthritisShouldBeAssessedByAClinician() {
        // given likely hip osteoarthritis
        Explanation then = assess(caseWith(Location.GROIN).runner(runner().age(60)), likely(HIP_OSTEOARTHRITIS));
        // then SEE_CLINICIAN
        assertFired(then, "Possible hip osteoarthritis should be assessed by a clinician");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(then.report().disposition().because()).contains("hip osteoarthritis is diagnosed by a clinician and managed with a supervised plan");
    }

    @Test
    void possiblePainFromTheLowerBackOrATrappedNerveInTheButtockShouldBeExaminedByAClinician() {
        // given likely piriformis syndrome
        Explanation then = assess(caseWith(Location.BUTTOCK), likely(PIRIFORMIS_SYNDROME));
        // then SEE_CLINICIAN, naming the condition
        assertFired(then, "Possible pain from the lower back or a trapped nerve in the buttock should be examined by a clinician");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(then.report().disposition().because()).contains("Piriformis (deep gluteal) syndrome needs an examination of the back and nerves");
    }

    @Test
    void possibleAthleticPubalgiaShouldBeExaminedByAClinician() {
        // given likely athletic pubalgia
        Explanation then = assess(caseWith(Location.GROIN), likely(ATHLETIC_PUBALGIA));
        // then SEE_CLINICIAN
        assertFired(then, "Possible athletic pubalgia should be examined by a clinician");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(then.report().disposition().because()).contains("athletic pubalgia needs an examination of the groin");
    }

    @Test
    void possiblePregnancyRelatedHipOrPelvicGirdlePainShouldBeAssessedByAClinician() {
        // given likely pregnancy-related hip pain in a pregnant runner
        Explanation then = assess(caseWith(Location.PUBIC_BONE).runner(runner().sex(org.hiptriage.model.Sex.FEMALE).pregnant(20)),
                likely(PREGNANCY_RELATED_HIP_PAIN));
        // then SEE_CLINICIAN
        assertFired(then, "Possible pregnancy-related hip or pelvic girdle pain should be assessed by a clinician");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(then.report().disposition().because()).contains("hip or pelvic pain in pregnancy or after birth needs a pelvic-health assessment");
    }

    @Test
    void whenOnlyAPossibleConditionFitsAClinicianShouldConfirmIt() {
        // given a POSSIBLE tendinopathy only
        Explanation then = assess(caseWith(Location.KNEE), possible(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then SEE_CLINICIAN because nothing fits clearly
        assertFired(then, "When only a possible condition fits, a clinician should confirm it");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(then.report().disposition().because()).contains("no condition fits clearly enough to manage this alone");
        // and given it LIKELY, the rule does not fire
        assertNotFired(assess(caseWith(Location.KNEE), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)),
                "When only a possible condition fits, a clinician should confirm it");
    }

    @Test
    void whenNoConditionFitsAClinicianShouldLook() {
        // given knee pain only and nothing else: no condition
        Explanation then = assess(caseWith(Location.KNEE));
        // then never self-care
        if (then.report().conditions().isEmpty()) {
            assertFired(then, "When no condition fits, a clinician should look");
            assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
            assertThat(then.report().disposition().because()).contains("the answers do not fit a common running injury");
        }
        assertThat(level(then)).isNotEqualTo(Level.SELF_CARE);
    }

    @Test
    void theMostUrgentNeedDecidesTheDisposition() {
        // given a likely tendinopathy (self-care) and a possible labral tear (clinician)
        Explanation then = assess(caseWith(Location.GROIN), likely(HIP_FLEXOR_TENDINOPATHY), possible(LABRAL_TEAR));
        // then the more urgent need wins, and only its reasons are given
        assertFired(then, "The most urgent need decides the disposition");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(then.report().disposition().because()).noneMatch(b -> b.contains("self-care"));
        assertThat(then.report().disposition().advice()).isEqualTo(Level.SEE_CLINICIAN.advice());
    }

    @Test
    void aPossibleBrokenHipNeedsAnXRayTheSameDay() {
        // given a 68-year-old who fell and now limps on a leg that still takes weight
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(68))
                .pain(org.hiptriage.model.Pain.of(4, org.hiptriage.model.Onset.SUDDEN, 1, Location.LATERAL_HIP).onsetEvent(org.hiptriage.model.OnsetEvent.FALL))
                .function(FunctionStatus.builder().canBearWeight(true).limp(true).legShortenedOrTurnedOut(false)));
        // then URGENT, with an X-ray today as a reason
        assertFired(then, "A possible broken hip needs an X-ray the same day");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        assertThat(then.report().disposition().because()).contains("a broken hip is possible and needs an X-ray today");
        // and given a possible broken hip only (a test-given candidate), still URGENT
        assertThat(level(assess(caseWith(Location.GROIN), possible(HIP_FRACTURE)))).isEqualTo(Level.URGENT);
        // and given a 40-year-old who fell and walks without pain or limp, no broken hip is listed and the rule does not fire
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(40))
                .pain(org.hiptriage.model.Pain.of(4, org.hiptriage.model.Onset.SUDDEN, 1, Location.LATERAL_HIP).onsetEvent(org.hiptriage.model.OnsetEvent.FALL))
                .function(FunctionStatus.builder().canBearWeight(true).limp(false).painFreeWalking(true))),
                "A possible broken hip needs an X-ray the same day");
    }

    @Test
    void aPossibleProximalHamstringTearAvascularNecrosisOrHerniaShouldBeExaminedByAClinician() {
        for (ConditionCode code : new ConditionCode[] {PROXIMAL_HAMSTRING_TEAR, AVASCULAR_NECROSIS, INGUINAL_HERNIA}) {
            // given the condition LIKELY, the emergency screens answered "no"
            Explanation then = assess(caseWith(Location.GROIN).general(screened()), likely(code));
            // then SEE_CLINICIAN, naming the condition
            assertFired(then, "A possible proximal hamstring tear, avascular necrosis or hernia should be examined by a clinician");
            assertThat(level(then)).as(code.name()).isEqualTo(Level.SEE_CLINICIAN);
            assertThat(then.report().disposition().because()).contains(code.displayName() + " needs a clinician's examination and often imaging");
        }
        // and given a likely proximal hamstring tendinopathy (not a tear), not
        Explanation tendinopathy = assess(caseWith(Location.SIT_BONE).general(screened()), likely(PROXIMAL_HAMSTRING_TENDINOPATHY));
        assertNotFired(tendinopathy, "A possible proximal hamstring tear, avascular necrosis or hernia should be examined by a clinician");
    }

    @Test
    void selfCareIsNeverAdvisedWhileAQuestionThatCouldMeanAnEmergencyIsUnanswered() {
        // given a likely IT band syndrome, fever not asked (saddle numbness and bladder answered "no")
        Explanation then = assess(caseWith(Location.LATERAL_HIP)
                .general(General.builder().saddleNumbness(false).bladderOrBowelChange(false)),
                likely(ILIOTIBIAL_BAND_SYNDROME));
        // then a clinician, not self-care, and the fever is asked
        assertFired(then, "Self-care is never advised while a question that could mean an emergency is unanswered");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(then.report().disposition().because()).contains("questions that screen for an emergency were not answered");
        assertThat(then.report().openQuestion("general.fever").orElseThrow().couldRaiseTo()).isEqualTo(Level.EMERGENCY);
        // and given the three screens answered "no", self-care
        Explanation screened = assess(caseWith(Location.LATERAL_HIP).general(screened()), likely(ILIOTIBIAL_BAND_SYNDROME));
        assertNotFired(screened, "Self-care is never advised while a question that could mean an emergency is unanswered");
        assertThat(level(screened)).isEqualTo(Level.SELF_CARE);
    }
}
