package org.hiptriage.examples;

import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.InvalidAssessmentException;

/** The Java API in a screenful: build an assessment, assess it, read the report, handle bad input. */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    /** Assesses one runner and prints what an app would show, then shows how bad input is refused. */
    public static void main(String[] args) {
        try (TriageEngine engine = TriageEngine.create()) {          // build once; thread-safe; share it
            Assessment assessment = Assessment.builder()
                    .runner(Runner.of(48, Sex.FEMALE))
                    .pain(Pain.of(5, Onset.GRADUAL, 21, Location.LATERAL_HIP)
                            .radiatesTo()                               // known: spreads nowhere
                            .timing(Timing.AFTER_RUN)
                            .aggravators(Aggravator.LYING_ON_AFFECTED_SIDE, Aggravator.STAIRS))
                    .function(new FunctionStatus(true, false, false, false, true))
                    .general(new General(false, false, false, false, false, false, false))
                    .build();                                           // unset fields stay unknown

            TriageReport report = engine.assess(assessment);
            System.out.println("Disposition: " + report.disposition().level() + " — " + report.disposition().advice());
            report.topCondition().ifPresent(c ->
                    System.out.println("Most likely: " + c.name() + " (" + c.likelihood() + ", because " + c.because() + ")"));
            for (CareStep step : report.careSteps()) {
                System.out.println("  " + step.phase() + ": " + step.instructions() + " [" + step.dose() + "]");
            }
            report.avoid().forEach(a -> System.out.println("  avoid " + a.code()));
            System.out.println(report.disclaimer());

            try {
                engine.assess(Assessment.builder().runner(Runner.of(34, Sex.MALE).pregnant(20))
                        .pain(Pain.of(14, Onset.GRADUAL, 3, Location.GROIN)).build());
            } catch (InvalidAssessmentException refused) {         // refused whole, every problem listed
                refused.problems().forEach(p -> System.out.println("refused: " + p.message()));
            }
        }
    }
}
