package org.hiptriage.rules.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.NEUROLOGICAL_SYMPTOMS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Quality;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of findings/nerves.drl; the findings show in the neurological flag. */
class NervesRulesTest extends RuleTestSupport {

    @Test
    void legNumbnessOrWeaknessReportedInScreeningIsANerveSymptom() {
        // given leg numbness or weakness in the screening questions
        Explanation then = assess(caseWith(Location.BUTTOCK).general(General.builder().legNumbnessOrWeakness(true)));
        // then it is a nerve symptom, named in the flag
        assertFired(then, "Leg numbness or weakness reported in screening is a nerve symptom");
        assertThat(flag(then, NEUROLOGICAL_SYMPTOMS).because()).contains("numbness or weakness in the leg");
        // and given the question unanswered, it is not
        assertNotFired(assess(caseWith(Location.BUTTOCK)), "Leg numbness or weakness reported in screening is a nerve symptom");
    }

    @Test
    void numbnessTinglingOrBurningOfThePainIsANerveSymptom() {
        // given pain that tingles
        Explanation then = assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).qualities(Quality.TINGLING)));
        // then it is a nerve symptom
        assertFired(then, "Numbness, tingling or burning of the pain is a nerve symptom");
        assertThat(flag(then, NEUROLOGICAL_SYMPTOMS).because()).contains("numbness, tingling or burning");
        // and given a dull ache only, it is not
        assertNotFired(assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).qualities(Quality.DULL_ACHE))),
                "Numbness, tingling or burning of the pain is a nerve symptom");
    }
}
