package org.hiptriage.rules.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.SUSPECTED_STRESS_FRACTURE;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Timing;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of findings/bone-stress.drl; the findings show in the stress-fracture flag they feed. */
class BoneStressRulesTest extends RuleTestSupport {

    static final String GROIN = "Groin or front-of-hip pain that comes on with running is a bone-stress warning sign";

    @Test
    void groinOrFrontOfHipPainThatComesOnWithRunningIsABoneStressWarningSign() {
        // given groin pain during runs in a runner with low energy availability
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))
                .history(History.builder().lowEnergyAvailability(true)));
        // then the finding is drawn and named in the stress-fracture flag
        assertFired(then, GROIN);
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).anyMatch(b -> b.contains("pain in the groin that comes with running"));
        // and given the timing is unknown, it is not
        Explanation unknown = assess(caseWith(Location.GROIN).history(History.builder().lowEnergyAvailability(true)));
        assertNotFired(unknown, GROIN);
    }

    @Test
    void lowEnergyAvailabilityIsABoneStressRisk() {
        // given groin pain with running and RED-S
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.AFTER_RUN))
                .history(History.builder().lowEnergyAvailability(true)));
        // then RED-S is a named risk
        assertFired(then, "Low energy availability is a bone-stress risk");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).anyMatch(b -> b.contains("low energy availability (RED-S)"));
        // and given energy availability is unknown, it is not
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.AFTER_RUN))),
                "Low energy availability is a bone-stress risk");
    }

    static final String PERIODS = "Missing or irregular periods are a bone-stress risk";

    /** A woman of the given age and periods with groin pain during runs. */
    static Explanation periods(Runner.Builder woman) {
        return assess(caseWith(Location.GROIN).runner(woman).pain(pain(Location.GROIN).timing(Timing.DURING_RUN)));
    }

    static Runner.Builder woman(int age, MenstrualStatus periods) {
        return runner().age(age).sex(Sex.FEMALE).menstrualStatus(periods);
    }

    @Test
    void missingOrIrregularPeriodsAreABoneStressRisk() {
        // given a woman with absent periods and groin pain with running
        Explanation then = periods(woman(35, MenstrualStatus.ABSENT));
        // then the missing periods are a named risk (v2 names them: "periods that have stopped", no longer "missing or irregular periods")
        assertFired(then, PERIODS);
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).anyMatch(b -> b.contains("periods that have stopped"));
        // and given regular periods, they are not
        assertNotFired(periods(woman(35, MenstrualStatus.REGULAR)), PERIODS);
        // and irregular periods count only from 15 to 45 (v2): 15 and 45 yes, 14 and 48 (perimenopause) no
        assertThat(flag(periods(woman(15, MenstrualStatus.IRREGULAR)), SUSPECTED_STRESS_FRACTURE).because())
                .anyMatch(b -> b.contains("irregular periods"));
        assertFired(periods(woman(45, MenstrualStatus.IRREGULAR)), PERIODS);
        assertNotFired(periods(woman(14, MenstrualStatus.IRREGULAR)), PERIODS);
        assertNotFired(periods(woman(48, MenstrualStatus.IRREGULAR)), PERIODS);
        // and periods not started count at 15 or over (primary amenorrhoea), not at 14
        assertThat(flag(periods(woman(15, MenstrualStatus.NOT_STARTED)), SUSPECTED_STRESS_FRACTURE).because())
                .anyMatch(b -> b.contains("periods not started at 15"));
        assertNotFired(periods(woman(14, MenstrualStatus.NOT_STARTED)), PERIODS);
        // and after the menopause, never
        assertNotFired(periods(woman(58, MenstrualStatus.POSTMENOPAUSAL)), PERIODS);
        assertNotFired(periods(woman(40, MenstrualStatus.POSTMENOPAUSAL)), PERIODS);
        // and absent periods while breastfeeding, in pregnancy, or within 52 weeks of birth do not count; from 52 weeks they do
        assertNotFired(periods(woman(30, MenstrualStatus.ABSENT).breastfeeding(true)), PERIODS);
        assertNotFired(periods(woman(30, MenstrualStatus.ABSENT).pregnant(10)), PERIODS);
        assertNotFired(periods(woman(30, MenstrualStatus.ABSENT).postpartum(30)), PERIODS);
        assertNotFired(periods(woman(30, MenstrualStatus.ABSENT).postpartum(51)), PERIODS);
        assertFired(periods(woman(30, MenstrualStatus.ABSENT).postpartum(52)), PERIODS);
    }

    @Test
    void lowBoneDensityIsABoneStressRisk() {
        // given known low bone density and groin pain with running
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))
                .history(History.builder().lowBoneDensity(true)));
        // then it is a named risk
        assertFired(then, "Low bone density is a bone-stress risk");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).anyMatch(b -> b.contains("low bone density"));
        // and given bone density is known normal, it is not
        assertNotFired(assess(caseWith(Location.GROIN)
                .history(History.builder().lowBoneDensity(false))), "Low bone density is a bone-stress risk");
    }

    @Test
    void aPreviousStressFractureIsABoneStressRisk() {
        // given a previous stress fracture and groin pain with running
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP).pain(pain(Location.FRONT_OF_HIP).timing(Timing.DURING_RUN))
                .history(History.builder().priorStressFracture(true)));
        // then it is a named risk
        assertFired(then, "A previous stress fracture is a bone-stress risk");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).anyMatch(b -> b.contains("a previous stress fracture"));
        // and given it is unknown, it is not
        assertNotFired(assess(caseWith(Location.FRONT_OF_HIP)), "A previous stress fracture is a bone-stress risk");
    }

    @Test
    void aRiseInDistanceOf30PercentOrMoreIsALoadSpike() {
        // given distance up 40 % and groin pain with running
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))
                .history(History.builder().distanceIncreasePercent(40.0)));
        // then the spike is named with its size
        assertFired(then, "A rise in distance of 30 percent or more is a load spike");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).anyMatch(b -> b.contains("running distance up 40 %"));
        // and given a rise of 20 %, there is no spike
        assertNotFired(assess(caseWith(Location.GROIN).history(History.builder().distanceIncreasePercent(20.0))),
                "A rise in distance of 30 percent or more is a load spike");
    }

    @Test
    void painOnWalkingAtRestOrAtNightMeansThePainHasProgressedBeyondRunning() {
        // given groin pain with running that now also comes at night
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN, Timing.AT_NIGHT)));
        // then the progression is found and raises a suspected stress fracture
        assertFired(then, "Pain on walking, at rest or at night means the pain has progressed beyond running");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).anyMatch(b -> b.contains("pain that now comes with walking, at rest or at night"));
        // and given walking makes it worse, it is found too
        assertFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).aggravators(Aggravator.WALKING))),
                "Pain on walking, at rest or at night means the pain has progressed beyond running");
    }

    @Test
    void walkingThatHurtsMeansThePainHasProgressedBeyondRunning() {
        // given groin pain with running and walking known not to be pain-free
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))
                .function(FunctionStatus.builder().painFreeWalking(false)));
        // then the progression is found
        assertFired(then, "Walking that hurts means the pain has progressed beyond running");
        assertThat(flag(then, SUSPECTED_STRESS_FRACTURE).because()).anyMatch(b -> b.contains("walking is not pain-free"));
        // and given walking is not known either way, it is not
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))),
                "Walking that hurts means the pain has progressed beyond running");
    }
}
