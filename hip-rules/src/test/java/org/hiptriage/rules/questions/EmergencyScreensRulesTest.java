package org.hiptriage.rules.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Side;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of questions/emergency-screens.drl: each shows as an openQuestion that could raise the disposition to EMERGENCY. */
class EmergencyScreensRulesTest extends RuleTestSupport {

    /** The open question, which must be listed and could raise the disposition to EMERGENCY. */
    static OpenQuestion asked(Explanation then, String path) {
        OpenQuestion q = report(then).openQuestion(path).orElseThrow(() -> new AssertionError("no open question " + path
                + " in " + report(then).openQuestions().stream().map(OpenQuestion::path).toList()));
        assertThat(q.couldRaiseTo()).as(path).isEqualTo(Level.EMERGENCY);
        assertThat(q.question()).isNotBlank();
        assertThat(q.why()).isNotBlank();
        return q;
    }

    static void notAsked(Explanation then, String path) {
        assertThat(report(then).openQuestions()).extracting(OpenQuestion::path).as("open questions").doesNotContain(path);
    }

    static Pain.Builder afterAFall() {
        return Pain.of(4, Onset.SUDDEN, 1, Location.LATERAL_HIP).onsetEvent(OnsetEvent.FALL);
    }

    @Test
    void anUnaskedFeverCouldMeanAnInfectedJoint() {
        // given outer-hip pain, fever not asked
        Explanation then = assess(caseWith(Location.LATERAL_HIP));
        // then fever is asked first, as it could mean an emergency, and the runner is not left to self-care
        assertFired(then, "An unasked fever could mean an infected joint");
        assertThat(asked(then, "general.fever").question()).contains("fever");
        assertThat(report(then).openQuestions().get(0).couldRaiseTo()).isEqualTo(Level.EMERGENCY);
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        // and given fever answered "no", it is not listed
        Explanation answered = assess(caseWith(Location.LATERAL_HIP).general(General.builder().fever(false)));
        assertNotFired(answered, "An unasked fever could mean an infected joint");
        notAsked(answered, "general.fever");
    }

    @Test
    void unaskedNumbnessBetweenTheLegsCouldMeanCaudaEquina() {
        // given buttock pain, saddle numbness not asked
        Explanation then = assess(caseWith(Location.BUTTOCK));
        // then it is asked
        assertFired(then, "Unasked numbness between the legs could mean cauda equina");
        asked(then, "general.saddleNumbness");
        // and given it answered "no", not
        notAsked(assess(caseWith(Location.BUTTOCK)
                .general(General.builder().saddleNumbness(false))), "general.saddleNumbness");
    }

    @Test
    void anUnaskedBladderOrBowelChangeCouldMeanCaudaEquina() {
        // given lower-back pain, bladder and bowel not asked
        Explanation then = assess(caseWith(Location.LOWER_BACK));
        // then it is asked
        assertFired(then, "An unasked bladder or bowel change could mean cauda equina");
        asked(then, "general.bladderOrBowelChange");
        // and given it answered "no", not
        notAsked(assess(caseWith(Location.LOWER_BACK)
                .general(General.builder().bladderOrBowelChange(false))), "general.bladderOrBowelChange");
    }

    @Test
    void numbnessOrWeaknessOnAnUnknownSideCouldBeInBothLegs() {
        // given numbness in a leg, its side not asked, pain on the left
        Explanation then = assess(caseWith(Location.BUTTOCK).pain(pain(Location.BUTTOCK).side(Side.LEFT))
                .general(General.builder().legNumbnessOrWeakness(true)));
        // then the side of the numbness is asked, the side of the pain says nothing about it
        assertFired(then, "Numbness or weakness on an unknown side could be in both legs");
        asked(then, "general.legNumbnessOrWeaknessSide");
        // and given the side answered LEFT, or no numbness, not
        notAsked(assess(caseWith(Location.BUTTOCK)
                .general(General.builder().legNumbnessOrWeakness(true).legNumbnessOrWeaknessSide(Side.LEFT))),
                "general.legNumbnessOrWeaknessSide");
        notAsked(assess(caseWith(Location.BUTTOCK)
                .general(General.builder().legNumbnessOrWeakness(false))), "general.legNumbnessOrWeaknessSide");
    }

    @Test
    void afterAFallOrBlowAnUnaskedShortenedOrTurnedOutLegCouldMeanADisplacedFracture() {
        // given a fall, the leg's look not asked
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(afterAFall()));
        // then it is asked
        assertFired(then, "After a fall or blow an unasked shortened or turned-out leg could mean a displaced fracture");
        asked(then, "function.legShortenedOrTurnedOut");
        // and given it answered "no", or no fall, not
        notAsked(assess(caseWith(Location.LATERAL_HIP).pain(afterAFall())
                .function(FunctionStatus.builder().legShortenedOrTurnedOut(false))),
                "function.legShortenedOrTurnedOut");
        notAsked(assess(caseWith(Location.LATERAL_HIP)), "function.legShortenedOrTurnedOut");
    }

    @Test
    void afterAFallOrBlowOrInAYoungRunnerUnaskedWeightBearingCouldMeanAnEmergency() {
        // given a fall, weight bearing not asked
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(afterAFall()));
        // then it is asked as a possible emergency (once, at the most urgent level)
        assertFired(then, "After a fall or blow, or in a young runner, unasked weight bearing could mean an emergency");
        asked(then, "function.canBearWeight");
        assertThat(report(then).openQuestions()).filteredOn(q -> q.path().equals("function.canBearWeight")).hasSize(1);
        // and given a 12-year-old without a fall, too
        asked(assess(caseWith(Location.KNEE).runner(runner().age(12))), "function.canBearWeight");
        // and given an adult without a fall, only as a same-day question
        Explanation adult = assess(caseWith(Location.LATERAL_HIP));
        assertNotFired(adult, "After a fall or blow, or in a young runner, unasked weight bearing could mean an emergency");
        assertThat(report(adult).openQuestion("function.canBearWeight").orElseThrow().couldRaiseTo()).isEqualTo(Level.URGENT);
        // and given it answered, not
        notAsked(assess(caseWith(Location.LATERAL_HIP).pain(afterAFall())
                .function(FunctionStatus.builder().canBearWeight(true))),
                "function.canBearWeight");
    }
}
