package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.INGUINAL_HERNIA;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/inguinal-hernia.drl. */
class InguinalHerniaRulesTest extends ConditionRulesTestSupport {

    @Test
    void aLumpInTheGroinSuggestsAnInguinalHernia() {
        // given a lump in the groin with outer-hip pain
        Explanation then = assess(caseWith(Location.LATERAL_HIP).general(General.builder().groinLump(true)));
        // then a hernia is listed
        assertSupports(then, INGUINAL_HERNIA, "A lump in the groin suggests an inguinal hernia", "a lump in the groin");
        // and given no lump, not
        Explanation not = assess(caseWith(Location.GROIN).general(General.builder().groinLump(false)));
        assertNotFired(not, "A lump in the groin suggests an inguinal hernia");
        assertThat(report(not).condition(INGUINAL_HERNIA)).isEmpty();
    }

    @Test
    void groinPainWorseOnCoughingOrSneezingSupportsAnInguinalHernia() {
        // given a groin lump and groin pain worse on coughing
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).aggravators(Aggravator.COUGHING_OR_SNEEZING))
                .general(General.builder().groinLump(true)));
        // then the cough counts
        assertSupports(then, INGUINAL_HERNIA, "Groin pain worse on coughing or sneezing supports an inguinal hernia",
                "groin pain worse on coughing or sneezing");
        // and given the cough without a known lump, not (it only adds to a case already made)
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).aggravators(Aggravator.COUGHING_OR_SNEEZING))),
                "Groin pain worse on coughing or sneezing supports an inguinal hernia");
    }

    @Test
    void aGroinLumpWithGroinPainSupportsAnInguinalHernia() {
        // given a groin lump and groin pain
        Explanation then = assess(caseWith(Location.GROIN).general(General.builder().groinLump(true)));
        // then the pain where the lump is counts
        assertSupports(then, INGUINAL_HERNIA, "A groin lump with groin pain supports an inguinal hernia", "groin pain where the lump is");
        // and given the lump with outer-hip pain, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).general(General.builder().groinLump(true))),
                "A groin lump with groin pain supports an inguinal hernia");
    }
}
