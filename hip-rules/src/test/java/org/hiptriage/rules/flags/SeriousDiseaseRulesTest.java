package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.CANCER_OR_WEIGHT_LOSS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/serious-disease.drl. */
class SeriousDiseaseRulesTest extends RuleTestSupport {

    @Test
    void newHipPainWithAHistoryOfCancerNeedsPromptReview() {
        // given a history of cancer
        Explanation then = assess(caseWith(Location.GROIN).general(General.builder().cancerHistory(true)));
        // then the flag is raised at URGENT
        assertFired(then, "New hip pain with a history of cancer needs prompt review");
        assertThat(flag(then, CANCER_OR_WEIGHT_LOSS).because()).contains("a history of cancer with new hip pain");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given it unknown, no flag
        assertNotFired(assess(caseWith(Location.GROIN)), "New hip pain with a history of cancer needs prompt review");
    }

    @Test
    void unexplainedWeightLossWithHipPainNeedsPromptReview() {
        // given unexplained weight loss
        Explanation then = assess(caseWith(Location.GROIN).general(General.builder().unexplainedWeightLoss(true)));
        // then the flag is raised
        assertFired(then, "Unexplained weight loss with hip pain needs prompt review");
        assertThat(flag(then, CANCER_OR_WEIGHT_LOSS).because()).contains("unexplained weight loss");
        // and given no weight loss, no flag
        assertNotFired(assess(caseWith(Location.GROIN).general(General.builder().unexplainedWeightLoss(false))),
                "Unexplained weight loss with hip pain needs prompt review");
    }

    @Test
    void nightSweatsWithPainAtNightOrAtRestNeedPromptReview() {
        // given night sweats and hip pain at night
        Explanation then = assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.AT_NIGHT))
                .general(General.builder().nightSweats(true)));
        // then the serious-disease flag is raised at URGENT
        assertFired(then, "Night sweats with pain at night or at rest need prompt review");
        assertThat(flag(then, CANCER_OR_WEIGHT_LOSS).because()).contains("night sweats with pain at night or at rest");
        assertThat(level(then)).isEqualTo(Level.URGENT);
        // and given pain only with running, or the timing unknown, no flag
        assertNotFired(assess(caseWith(Location.GROIN).pain(pain(Location.GROIN).timing(Timing.DURING_RUN))
                .general(General.builder().nightSweats(true))),
                "Night sweats with pain at night or at rest need prompt review");
        assertNotFired(assess(caseWith(Location.GROIN).general(General.builder().nightSweats(true))),
                "Night sweats with pain at night or at rest need prompt review");
    }
}
