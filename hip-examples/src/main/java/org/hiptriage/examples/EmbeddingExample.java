package org.hiptriage.examples;

import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.OpenQuestion;
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
                    .runner(Runner.of(48, Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT))  // absent would be unknown
                    .pain(Pain.of(5, Onset.GRADUAL, 21, Location.LATERAL_HIP)
                            .radiatesTo()                               // known: spreads nowhere
                            .timing(Timing.AFTER_RUN)
                            .aggravators(Aggravator.LYING_ON_AFFECTED_SIDE, Aggravator.STAIRS))
                    .function(FunctionStatus.builder().canBearWeight(true).limp(false).limitedHipMotion(false)
                            .dailyActivitiesLimited(false).painFreeWalking(true).build())
                    .general(General.builder().fever(false).unexplainedWeightLoss(false).cancerHistory(false)
                            .nightSweats(false).bladderOrBowelChange(false).saddleNumbness(false).legNumbnessOrWeakness(false)
                            .longTermSteroids(false).immunosuppressed(false).calfOrThighSwelling(false)
                            .abdominalOrPelvicSymptoms(false).build())
                    .build();                                           // unset fields stay unknown, never "no"

            TriageReport report = engine.assess(assessment);
            System.out.println("Disposition: " + report.disposition().level() + " — " + report.disposition().advice());
            report.topCondition().ifPresent(c ->
                    System.out.println("Most likely: " + c.name() + " (" + c.likelihood() + ", because " + c.because() + ")"));
            for (CareStep step : report.careSteps()) {
                System.out.println("  " + step.phase() + ": " + step.instructions() + " [" + step.dose() + "]");
            }
            report.avoid().forEach(a -> System.out.println("  avoid " + a.code()
                    + (a.because().isEmpty() ? "" : " (for this runner because " + String.join("; ", a.because()) + ")")));
            for (OpenQuestion q : report.openQuestions()) {              // ask these before showing the report
                System.out.println("  still to ask (" + q.path() + ", could raise it to " + q.couldRaiseTo() + "): " + q.question());
            }
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
