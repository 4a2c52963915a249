package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.AVASCULAR_NECROSIS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Exam;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Timing;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/avascular-necrosis.drl. */
class AvascularNecrosisRulesTest extends ConditionRulesTestSupport {

    @Test
    void groinPainInARunnerOnLongTermSteroidsSuggestsAvascularNecrosis() {
        // given groin pain on long-term steroid tablets
        Explanation then = assess(caseWith(Location.GROIN).general(General.builder().longTermSteroids(true)));
        // then avascular necrosis is listed
        assertSupports(then, AVASCULAR_NECROSIS, "Groin pain in a runner on long-term steroids suggests avascular necrosis",
                "groin or front-of-hip pain while on long-term steroid tablets");
        // and given no steroids, not
        Explanation not = assess(caseWith(Location.GROIN).general(General.builder().longTermSteroids(false)));
        assertNotFired(not, "Groin pain in a runner on long-term steroids suggests avascular necrosis");
        assertThat(report(not).condition(AVASCULAR_NECROSIS)).isEmpty();
        // and given steroids with outer-hip pain only, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP).general(General.builder().longTermSteroids(true))),
                "Groin pain in a runner on long-term steroids suggests avascular necrosis");
    }

    @Test
    void groinPainWithAnInflammatoryArthritisSuggestsAvascularNecrosis() {
        // given groin pain at night with rheumatoid arthritis
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.AT_NIGHT))
                .general(General.builder().inflammatoryArthritis(true)));
        // then the arthritis counts, and with the night pain the condition is listed
        assertSupports(then, AVASCULAR_NECROSIS, "Groin pain with an inflammatory arthritis suggests avascular necrosis",
                "groin or front-of-hip pain with an inflammatory arthritis");
        // and given the arthritis alone (weight 2), the rule fires but does not list the condition
        Explanation alone = assess(caseWith(Location.GROIN).general(General.builder().inflammatoryArthritis(true)));
        assertFired(alone, "Groin pain with an inflammatory arthritis suggests avascular necrosis");
        assertThat(report(alone).condition(AVASCULAR_NECROSIS)).isEmpty();
        // and given no arthritis, not
        assertNotFired(assess(caseWith(Location.GROIN).general(General.builder().inflammatoryArthritis(false))),
                "Groin pain with an inflammatory arthritis suggests avascular necrosis");
    }

    @Test
    void groinPainAtRestOrAtNightSupportsAvascularNecrosis() {
        // given groin pain at rest on long-term steroids
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.AT_REST))
                .general(General.builder().longTermSteroids(true)));
        // then the resting pain counts
        assertSupports(then, AVASCULAR_NECROSIS, "Groin pain at rest or at night supports avascular necrosis", "groin pain at rest or at night");
        // and given night pain with no risk for it, not (it only adds to a case already made)
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.AT_NIGHT))),
                "Groin pain at rest or at night supports avascular necrosis");
    }

    @Test
    void painfulOrReducedInternalRotationSupportsAvascularNecrosis() {
        // given groin pain on steroids and painful internal rotation on examination
        Explanation then = assess(caseWith(Location.GROIN).general(General.builder().longTermSteroids(true))
                .exam(Exam.builder().painfulInternalRotation(true)));
        // then the examination counts
        assertSupports(then, AVASCULAR_NECROSIS, "Painful or reduced internal rotation supports avascular necrosis",
                "painful or reduced internal rotation of the hip");
        // and given reduced rotation with no risk for it, not
        assertNotFired(assess(caseWith(Location.GROIN).exam(Exam.builder().limitedInternalRotation(true))),
                "Painful or reduced internal rotation supports avascular necrosis");
    }
}
