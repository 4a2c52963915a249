package org.hiptriage.rules.avoid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.AvoidCode.*;
import static org.hiptriage.model.report.CareStepCode.*;
import static org.hiptriage.model.report.ConditionCode.*;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of avoid/harm-to-the-leading-condition.drl. */
class HarmToTheLeadingConditionRulesTest extends RuleTestSupport {

    static final String COMPRESSIVE = "Compressive stretching keeps a gluteal or hamstring tendinopathy painful";
    static final String FOAM = "Foam rolling over the outer hip keeps greater trochanteric pain going";
    static final String SIDE_LYING = "Side-lying leg raises early in greater trochanteric pain compress the tendon";
    static final String HIP_FLEXOR_STRETCH = "Hip-flexor stretching pinches a torn labrum";
    static final String DEEP_FLEXION = "Loading the hip in deep flexion pinches a torn labrum";

    @Test
    void compressiveStretchingKeepsAGlutealOrHamstringTendinopathyPainful() {
        // given GTPS leading, beside a possible hip flexor tendinopathy that brings gentle stretching into the plan
        Explanation then = assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(3, Onset.GRADUAL, 60, Location.LATERAL_HIP)),
                likely(GREATER_TROCHANTERIC_PAIN_SYNDROME), possible(HIP_FLEXOR_TENDINOPATHY));
        // then compressive stretches are avoided, saying which condition and why, and gentle stretching is withdrawn
        assertFired(then, COMPRESSIVE);
        assertThat(avoid(then, COMPRESSIVE_TENDON_STRETCHING).because())
                .anyMatch(b -> b.startsWith("greater trochanteric pain syndrome") && (b.endsWith("leads the list") || b.endsWith("is likely")));
        assertThat(avoid(then, COMPRESSIVE_TENDON_STRETCHING).reason()).contains("isometric");
        assertFired(then, "A care step that the plan also says to avoid is withdrawn");
        assertThat(planned(then, GENTLE_STRETCHING)).isFalse();
        // and given a likely proximal hamstring tendinopathy, too
        assertFired(assess(caseWith(Location.SIT_BONE), likely(PROXIMAL_HAMSTRING_TENDINOPATHY)), COMPRESSIVE);
        // and given a likely IT band syndrome, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(ILIOTIBIAL_BAND_SYNDROME)), COMPRESSIVE);
    }

    @Test
    void foamRollingOverTheOuterHipKeepsGreaterTrochantericPainGoing() {
        // given a likely GTPS
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then foam rolling over the outer hip is avoided, and foam rolling left out of the plan
        assertFired(then, FOAM);
        assertThat(avoid(then, FOAM_ROLLING_OVER_THE_OUTER_HIP).because()).anyMatch(b -> b.startsWith("greater trochanteric pain syndrome"));
        assertThat(planned(then, FOAM_ROLLING)).isFalse();
        // and given a likely IT band syndrome, not
        Explanation itb = assess(caseWith(Location.LATERAL_HIP), likely(ILIOTIBIAL_BAND_SYNDROME));
        assertNotFired(itb, FOAM);
        assertThat(avoided(itb, FOAM_ROLLING_OVER_THE_OUTER_HIP)).isFalse();
    }

    @Test
    void sideLyingLegRaisesEarlyInGreaterTrochantericPainCompressTheTendon() {
        // given a likely GTPS of 10 days
        Explanation then = assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        // then side-lying leg raises are avoided in the first weeks, and the plan's hip strengthening, done standing
        // or on the back, never tells the runner to do them
        assertFired(then, SIDE_LYING);
        assertThat(avoid(then, SIDE_LYING_LEG_RAISES).because()).anyMatch(b -> b.endsWith(", in the first 6 weeks"));
        report(then).careStep(HIP_STRENGTHENING).ifPresent(s -> assertThat(s.instructions().toLowerCase()).doesNotContain("side-lying", "clamshell"));
        // and given GTPS of 60 days, not
        Explanation later = assess(caseWith(Location.LATERAL_HIP).pain(Pain.of(3, Onset.GRADUAL, 60, Location.LATERAL_HIP)),
                likely(GREATER_TROCHANTERIC_PAIN_SYNDROME));
        assertNotFired(later, SIDE_LYING);
        assertThat(avoided(later, SIDE_LYING_LEG_RAISES)).isFalse();
    }

    @Test
    void hipFlexorStretchingPinchesATornLabrum() {
        // given a likely labral tear (after six weeks, when the tendon rules no longer avoid stretching)
        Explanation then = assess(caseWith(Location.GROIN).pain(Pain.of(3, Onset.GRADUAL, 60, Location.GROIN)), likely(LABRAL_TEAR));
        // then static hip-flexor stretching is avoided, naming the labral tear
        assertFired(then, HIP_FLEXOR_STRETCH);
        assertThat(avoid(then, STATIC_HIP_FLEXOR_STRETCH).because()).anyMatch(b -> b.startsWith("labral tear"));
        assertThat(planned(then, GENTLE_STRETCHING)).isFalse();
        // and given a likely GTPS, not
        assertNotFired(assess(caseWith(Location.LATERAL_HIP), likely(GREATER_TROCHANTERIC_PAIN_SYNDROME)), HIP_FLEXOR_STRETCH);
    }

    @Test
    void loadingTheHipInDeepFlexionPinchesATornLabrum() {
        // given a labral tear and a hip flexor tendinopathy, both likely: the tendinopathy brings eccentric loading in
        Explanation then = assess(caseWith(Location.FRONT_OF_HIP), likely(LABRAL_TEAR), likely(HIP_FLEXOR_TENDINOPATHY));
        // then deep-flexion loading is avoided and the eccentric loading step withdrawn
        assertFired(then, DEEP_FLEXION);
        assertThat(avoid(then, DEEP_HIP_FLEXION_LOADING).because()).anyMatch(b -> b.startsWith("labral tear"));
        assertThat(planned(then, ECCENTRIC_HIP_FLEXOR_LOADING)).isFalse();
        // and given the tendinopathy alone, eccentric loading stays
        Explanation alone = assess(caseWith(Location.FRONT_OF_HIP), likely(HIP_FLEXOR_TENDINOPATHY));
        assertNotFired(alone, DEEP_FLEXION);
        assertThat(planned(alone, ECCENTRIC_HIP_FLEXOR_LOADING)).isTrue();
    }
}
