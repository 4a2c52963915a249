package org.hiptriage.vignettes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Disposition;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.Likelihood;
import org.hiptriage.model.report.TriageReport;
import org.junit.jupiter.api.Test;

/** The scoring of the vignette suite, on hand-made reports (independent of the rule base). */
class SuiteSummaryTest {

    private static final Assessment ANY = Assessment.builder().runner(Runner.of(30, Sex.MALE))
            .pain(Pain.of(4, Onset.GRADUAL, 10, Location.GROIN)).build();

    private static Vignette vignette(String id, List<ConditionCode> conditions, Level disposition,
                                     List<FlagCode> flagsPresent, List<CareStepCode> careAbsent) {
        Expectation e = new Expectation("t", "b", conditions.isEmpty() ? Kind.NOTHING_FITS : Kind.TYPICAL, conditions, List.of(),
                disposition, new Expectation.Expected<FlagCode>(flagsPresent, List.<FlagCode>of()),
                new Expectation.Expected<CareStepCode>(List.<CareStepCode>of(), careAbsent),
                new Expectation.Expected<AvoidCode>(List.<AvoidCode>of(), List.<AvoidCode>of()));
        return new Vignette(id, Path.of(id + ".json"), Path.of(id + ".expected.json"), ANY, e);
    }

    private static VignetteOutcome answered(Vignette v, Level level, List<ConditionCode> ranked, List<FlagCode> flags,
                                            List<CareStepCode> care) {
        List<Condition> conditions = ranked.stream().map(c -> new Condition(c, c.name(), Likelihood.POSSIBLE, 3,
                List.of("x"), List.of(), List.of("r"), List.of("S0"))).toList();
        List<Flag> raised = flags.stream().map(f -> new Flag(f, f.leastLevel(), "m", List.of("x"), List.of("r"), List.of("S0"))).toList();
        List<CareStep> steps = care.stream().map(c -> new CareStep(c, c.phase(), "i", null, List.of("x"), List.of("r"), List.of("S0"))).toList();
        TriageReport report = new TriageReport(TriageReport.CONTRACT_VERSION, "test",
                new Disposition(level, level.advice(), List.of("x")), raised, conditions, steps, List.of(), List.of(),
                List.of("safety"), "disclaimer");
        return new VignetteOutcome(v, new Explanation(report, List.of()), null);
    }

    @Test
    void topOneTopThreeAndNothingFitsAreCountedAsTheBriefSays() {
        // given: a top-1 hit, a hit in third place, a miss beyond third place, and a nothing-fits vignette
        var gtps = ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME;
        var itb = ConditionCode.ILIOTIBIAL_BAND_SYNDROME;
        var gmed = ConditionCode.GLUTEUS_MEDIUS_STRAIN;
        var lab = ConditionCode.LABRAL_TEAR;
        List<VignetteOutcome> outcomes = List.of(
                answered(vignette("001", List.of(gtps), Level.SELF_CARE, List.of(), List.of()), Level.SELF_CARE, List.of(gtps, itb), List.of(), List.of()),
                answered(vignette("002", List.of(gtps), Level.SELF_CARE, List.of(), List.of()), Level.SELF_CARE, List.of(itb, gmed, gtps), List.of(), List.of()),
                answered(vignette("003", List.of(gtps), Level.SELF_CARE, List.of(), List.of()), Level.SELF_CARE, List.of(itb, gmed, lab, gtps), List.of(), List.of()),
                answered(vignette("004", List.of(), Level.SEE_CLINICIAN, List.of(), List.of()), Level.SEE_CLINICIAN, List.of(itb), List.of(), List.of()));

        SuiteSummary summary = new SuiteSummary(outcomes);

        // then: nothing-fits is left out of condition accuracy, not of disposition
        assertThat(summary.scored()).isEqualTo(3);
        assertThat(summary.top1()).isEqualTo(1);
        assertThat(summary.top3()).isEqualTo(2);
        assertThat(summary.dispositionExact()).isEqualTo(4);
        assertThat(summary.failures(0.60, 0.85)).isEmpty();
        assertThat(summary.failures(0.90, 0.85)).containsExactly("top-3 condition accuracy 2/3 = 66.7 % is below 90 %");
        assertThat(summary.markdown("v")).contains("| top-3 condition | 2/3 = 66.7 % |", SuiteSummary.COMPARE,
                "003: top-3 [ILIOTIBIAL_BAND_SYNDROME, GLUTEUS_MEDIUS_STRAIN, LABRAL_TEAR] misses [GREATER_TROCHANTERIC_PAIN_SYNDROME]");
    }

    @Test
    void underTriageAndBrokenExpectationsFailEvenWhenTheRatesAreMet() {
        // given: one vignette answered less urgently than expected, missing a flag and giving a forbidden step
        var fnsf = ConditionCode.FEMORAL_NECK_STRESS_FRACTURE;
        Vignette v = vignette("010", List.of(fnsf), Level.URGENT, List.of(FlagCode.SUSPECTED_STRESS_FRACTURE),
                List.of(CareStepCode.RETURN_TO_RUN_TEST));
        VignetteOutcome under = answered(v, Level.SEE_CLINICIAN, List.of(fnsf), List.of(), List.of(CareStepCode.RETURN_TO_RUN_TEST));
        VignetteOutcome over = answered(vignette("011", List.of(fnsf), Level.SEE_CLINICIAN, List.of(), List.of()), Level.URGENT,
                List.of(fnsf), List.of(), List.of());

        SuiteSummary summary = new SuiteSummary(List.of(under, over));

        // then: every reason is listed at once; over-triage is counted but is not a failure
        assertThat(summary.underTriaged()).isEqualTo(1);
        assertThat(summary.overTriaged()).isEqualTo(1);
        assertThat(summary.failures(0.0, 0.0)).containsExactly(
                "010: under-triaged: SEE_CLINICIAN, expected URGENT",
                "010: missing flag SUSPECTED_STRESS_FRACTURE",
                "010: care step RETURN_TO_RUN_TEST present but must not be");
    }
}
