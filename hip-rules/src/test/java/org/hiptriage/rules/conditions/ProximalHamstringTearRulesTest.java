package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.PROXIMAL_HAMSTRING_TEAR;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Quality;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/proximal-hamstring-tear.drl. */
class ProximalHamstringTearRulesTest extends ConditionRulesTestSupport {

    static Pain.Builder suddenSitBonePain(OnsetEvent event) {
        return Pain.of(6, Onset.SUDDEN, 2, Location.SIT_BONE).onsetEvent(event);
    }

    @Test
    void suddenSitBonePainInOneMovementInAnAdultSuggestsAProximalHamstringTear() {
        // given a 30-year-old with sudden sit-bone pain in a slip into the splits
        Explanation then = assess(caseWith(Location.SIT_BONE).runner(runner().age(30)).pain(suddenSitBonePain(OnsetEvent.OVERSTRETCH)));
        // then a tear is listed
        assertSupports(then, PROXIMAL_HAMSTRING_TEAR, "Sudden sit-bone pain in one movement in an adult suggests a proximal hamstring tear",
                "sudden pain at the sit bone or back of the thigh during a sprint or an overstretch");
        // and given a 15-year-old (an avulsion of the growth plate instead), not
        assertNotFired(assess(caseWith(Location.SIT_BONE).runner(runner().age(15)).pain(suddenSitBonePain(OnsetEvent.OVERSTRETCH))),
                "Sudden sit-bone pain in one movement in an adult suggests a proximal hamstring tear");
        // and given gradual sit-bone pain, not
        Explanation gradual = assess(caseWith(Location.SIT_BONE).runner(runner().age(30)));
        assertNotFired(gradual, "Sudden sit-bone pain in one movement in an adult suggests a proximal hamstring tear");
        assertThat(report(gradual).condition(PROXIMAL_HAMSTRING_TEAR)).isEmpty();
    }

    @Test
    void swellingOrWeaknessAfterASuddenSitBoneInjurySupportsATear() {
        // given sudden sit-bone pain in a sprint, with swelling
        Explanation then = assess(caseWith(Location.SIT_BONE).runner(runner().age(30))
                .pain(suddenSitBonePain(OnsetEvent.SPRINT_OR_KICK).qualities(Quality.SWELLING)));
        // then the swelling counts
        assertSupports(then, PROXIMAL_HAMSTRING_TEAR, "Swelling or weakness after a sudden sit-bone injury supports a tear",
                "swelling or weakness after a sudden injury at the sit bone");
        // and given a 17-year-old, not
        assertNotFired(assess(caseWith(Location.SIT_BONE).runner(runner().age(17))
                .pain(suddenSitBonePain(OnsetEvent.SPRINT_OR_KICK).qualities(Quality.SWELLING))),
                "Swelling or weakness after a sudden sit-bone injury supports a tear");
        // and given a sharp pain with no swelling or weakness, not
        assertNotFired(assess(caseWith(Location.SIT_BONE).runner(runner().age(30))
                .pain(suddenSitBonePain(OnsetEvent.SPRINT_OR_KICK).qualities(Quality.SHARP))),
                "Swelling or weakness after a sudden sit-bone injury supports a tear");
    }

    @Test
    void aTenderSitBoneAfterASuddenInjurySupportsATear() {
        // given sudden sit-bone pain in a sprint and a tender sit bone on examination
        Explanation then = assess(caseWith(Location.SIT_BONE).runner(runner().age(30)).pain(suddenSitBonePain(OnsetEvent.SPRINT_OR_KICK))
                .exam(Exam.builder().ischialTuberosityTenderness(true)));
        // then the tenderness counts
        assertSupports(then, PROXIMAL_HAMSTRING_TEAR, "A tender sit bone after a sudden injury supports a tear", "a tender sit bone");
        // and given no examination, not
        assertNotFired(assess(caseWith(Location.SIT_BONE).runner(runner().age(30)).pain(suddenSitBonePain(OnsetEvent.SPRINT_OR_KICK))),
                "A tender sit bone after a sudden injury supports a tear");
    }
}
