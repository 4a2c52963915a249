package org.hiptriage.rules.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.ANTI_INFLAMMATORY_DRUGS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Sex;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of findings/anti-inflammatory-screen.drl; each caution shows as the because of the ANTI_INFLAMMATORY_DRUGS avoid entry. */
class AntiInflammatoryScreenRulesTest extends RuleTestSupport {

    @Test
    void aPregnancyNotRuledOutIsAReasonNotToTakeAntiInflammatories() {
        // given a 28-year-old woman whose pregnancy was not asked
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP).runner(runner().age(28).sex(Sex.FEMALE)));
        // then anti-inflammatories are avoided, saying why
        assertFired(then, "A pregnancy not ruled out is a reason not to take anti-inflammatories");
        assertThat(avoid(then, ANTI_INFLAMMATORY_DRUGS).because()).contains("pregnancy has not been ruled out");
        // and given she is known not to be pregnant, or a man, not
        assertNotFired(assess(caseWith(Location.FRONT_OF_HIP).runner(runner().age(28).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT))),
                "A pregnancy not ruled out is a reason not to take anti-inflammatories");
        Explanation man = assess(caseWith(Location.FRONT_OF_HIP));
        assertNotFired(man, "A pregnancy not ruled out is a reason not to take anti-inflammatories");
        assertThat(avoided(man, ANTI_INFLAMMATORY_DRUGS)).isFalse();
    }

    @Test
    void age65OrOverIsAReasonNotToTakeAntiInflammatories() {
        // given a 65-year-old
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().age(65)));
        // then anti-inflammatories are avoided because of the age
        assertFired(then, "Age 65 or over is a reason not to take anti-inflammatories");
        assertThat(avoid(then, ANTI_INFLAMMATORY_DRUGS).because()).contains("age 65");
        // and given 64, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).runner(runner().age(64))), "Age 65 or over is a reason not to take anti-inflammatories");
    }

    @Test
    void stomachOrKidneyProblemsAreAReasonNotToTakeAntiInflammatories() {
        // given a stomach ulcer or kidney disease
        Explanation then = assess(caseWith(Location.LATERAL_HIP).general(General.builder().stomachOrKidneyProblems(true)));
        // then anti-inflammatories are avoided
        assertFired(then, "Stomach or kidney problems are a reason not to take anti-inflammatories");
        assertThat(avoid(then, ANTI_INFLAMMATORY_DRUGS).because()).contains("stomach or kidney problems");
        // and given none, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).general(General.builder().stomachOrKidneyProblems(false))),
                "Stomach or kidney problems are a reason not to take anti-inflammatories");
    }

    @Test
    void bloodThinnersAreAReasonNotToTakeAntiInflammatories() {
        // given blood thinners
        Explanation then = assess(caseWith(Location.LATERAL_HIP).general(General.builder().anticoagulants(true)));
        // then anti-inflammatories are avoided
        assertFired(then, "Blood thinners are a reason not to take anti-inflammatories");
        assertThat(avoid(then, ANTI_INFLAMMATORY_DRUGS).because()).contains("blood thinners");
        // and given none, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).general(General.builder().anticoagulants(false))),
                "Blood thinners are a reason not to take anti-inflammatories");
    }

    @Test
    void aBoneStressRiskIsAReasonNotToTakeAntiInflammatories() {
        // given a previous stress fracture, outer-hip pain
        Explanation then = assess(caseWith(Location.LATERAL_HIP).history(History.builder().priorStressFracture(true)));
        // then anti-inflammatories are avoided, naming the risk
        assertFired(then, "A bone-stress risk is a reason not to take anti-inflammatories");
        assertThat(avoid(then, ANTI_INFLAMMATORY_DRUGS).because()).contains("a risk of bone stress (a previous stress fracture)");
        // and given no known risk, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).history(History.builder().priorStressFracture(false))),
                "A bone-stress risk is a reason not to take anti-inflammatories");
    }
}
