package org.hiptriage.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.IMPACT_ACTIVITY;
import static org.hiptriage.model.report.CareStepCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of review/contradictions.drl. */
class ContradictionsRulesTest extends RuleTestSupport {

    @Test
    void aCareStepThatThePlanAlsoSaysToAvoidIsWithdrawn() {
        // given 8 weeks after birth with a likely GTPS: running steps planned, impact avoided
        Explanation then = assess(caseWith(Location.LATERAL_HIP).runner(runner().sex(Sex.FEMALE).postpartum(8)),
                likely(ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then every step that has her running is withdrawn, the rest stays
        assertFired(then, "A care step that the plan also says to avoid is withdrawn");
        assertThat(avoid(then, IMPACT_ACTIVITY)).isNotNull();
        for (var code : new org.hiptriage.model.report.CareStepCode[] {RETURN_TO_RUN_TEST, WALK_RUN_PROGRESSION, DYNAMIC_WARM_UP,
                COOL_DOWN, SOFT_FLAT_SURFACES}) {
            assertThat(planned(then, code)).as(code.name()).isFalse();
        }
        // (v2: hip strengthening is withdrawn too for a GTPS in its first 6 weeks, because of its side-lying leg raises; isometric holds stay)
        assertThat(planned(then, ISOMETRIC_LOADING)).isTrue();
        // and given 16 weeks after birth, the running steps stay (v2: the rule still fires there, withdrawing the steps that
        // would harm the leading GTPS, such as hip strengthening with its side-lying leg raises)
        Explanation later = assess(caseWith(Location.LATERAL_HIP).runner(runner().sex(Sex.FEMALE).postpartum(16)),
                likely(ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertThat(avoided(later, IMPACT_ACTIVITY)).isFalse();
        for (var code : new org.hiptriage.model.report.CareStepCode[] {RETURN_TO_RUN_TEST, WALK_RUN_PROGRESSION, DYNAMIC_WARM_UP, COOL_DOWN}) {
            assertThat(planned(later, code)).as(code.name()).isTrue();
        }
    }

    static final String PUT = "An unanswered question that could raise the disposition is put to the runner";

    @Test
    void anUnansweredQuestionThatCouldRaiseTheDispositionIsPutToTheRunner() {
        // given a likely GTPS and nothing else asked: SEE_CLINICIAN because the emergency screens are unanswered
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertThat(level(then)).isEqualTo(org.hiptriage.model.report.Level.SEE_CLINICIAN);
        // then the questions that could raise it are listed, most urgent first; those that could not (SEE_CLINICIAN) are not
        assertFired(then, PUT);
        var questions = report(then).openQuestions();
        assertThat(questions).extracting(q -> q.path()).contains("general.fever", "general.saddleNumbness", "general.bladderOrBowelChange",
                "general.cancerHistory", "function.canBearWeight").doesNotContain("pain.trend", "general.legNumbnessOrWeakness");
        assertThat(questions).extracting(q -> q.couldRaiseTo()).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(questions).extracting(q -> q.path()).doesNotHaveDuplicates();
        // and given an emergency (fever), nothing could raise it: no open questions
        Explanation emergency = assess(caseWith(Location.LATERAL_HIP).general(General.builder().fever(true)));
        assertThat(level(emergency)).isEqualTo(org.hiptriage.model.report.Level.EMERGENCY);
        assertNotFired(emergency, PUT);
        assertThat(report(emergency).openQuestions()).isEmpty();
    }
}
