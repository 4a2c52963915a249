package org.hiptriage.rules.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.LABRAL_TEAR;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.Likelihood;
import org.hiptriage.rules.GivenCondition;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of ranking/scoring.drl. */
class ScoringRulesTest extends RuleTestSupport {

    static final String RULE = "A condition whose evidence adds up to the listing score becomes a candidate";

    @Test
    void aConditionWhoseEvidenceAddsUpToTheListingScoreBecomesACandidate() {
        // given evidence of weight 3 for a labral tear
        Explanation then = assess(caseWith(Location.KNEE), new GivenCondition(LABRAL_TEAR, 3));
        // then it is listed as POSSIBLE with its score and reason
        assertFired(then, RULE);
        Condition tear = then.report().condition(LABRAL_TEAR).orElseThrow();
        assertThat(tear.likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(tear.score()).isGreaterThanOrEqualTo(3);
        assertThat(tear.because()).contains("given by the test");
        // and given weight 6, LIKELY
        assertThat(assess(caseWith(Location.KNEE), new GivenCondition(LABRAL_TEAR, 6)).report().condition(LABRAL_TEAR).orElseThrow().likelihood())
                .isEqualTo(Likelihood.LIKELY);
        // and given weight 2, not listed
        assertThat(assess(caseWith(Location.KNEE), new GivenCondition(LABRAL_TEAR, 2)).report().condition(LABRAL_TEAR)).isEmpty();
    }
}
