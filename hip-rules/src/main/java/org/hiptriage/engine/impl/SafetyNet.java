package org.hiptriage.engine.impl;

import java.util.ArrayList;
import java.util.List;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Threshold;
import org.hiptriage.model.Timing;
import org.hiptriage.model.report.Level;

/**
 * The safety net and the disclaimer every report carries. Its triggers are things that would change
 * the answer: a trigger the runner has already reported is not offered as a future event ("if you start
 * to limp" to a runner who limps), and each line names the level its flags carry (an emergency
 * department only for what is an emergency).
 */
final class SafetyNet {

    static final String DISCLAIMER = "hip-triage is decision support, not a diagnosis. It cannot examine you "
            + "and can be wrong. If you are worried, or anything in the safety net happens, see a clinician.";

    private SafetyNet() {
    }

    /** The safety-net lines for this runner, most urgent first. */
    static List<String> lines(Assessment assessment, Level decided) {
        FunctionStatus f = assessment.function();
        Pain p = assessment.pain();
        List<String> lines = new ArrayList<>(4);
        lines.add("Go to an emergency department now, or call an ambulance, if you get a fever with the hip pain, "
                + "numbness between the legs, a new bladder or bowel problem, numbness or weakness in both legs, "
                + "chest pain or breathlessness, or if after a fall you cannot put weight on the leg or it looks shorter or turned out.");
        if (Level.URGENT.moreUrgentThan(decided)) {
            List<String> triggers = new ArrayList<>(5);
            if (!f.cannotBearWeight()) {
                triggers.add("you cannot put weight on the leg");
            }
            triggers.add(p.severityAtLeast(Threshold.SEVERE_PAIN_SCORE) ? "the pain gets worse still"
                    : "the pain becomes severe (" + Threshold.SEVERE_PAIN_SCORE.valueInWords() + "/10 or worse)");
            if (!f.limps()) {
                triggers.add("you start to limp");
            }
            if (!p.comesAny(Timing.WHEN_WALKING, Timing.AT_REST, Timing.CONSTANT) && !f.walkingHurts()) {
                triggers.add("walking or lying still starts to hurt");
            }
            triggers.add("the calf or thigh swells");
            lines.add("Be seen the same day if " + Pain.words(triggers) + ".");
        }
        if (Level.SEE_CLINICIAN.moreUrgentThan(decided)) {
            lines.add("See a physical therapist or doctor within 1–2 weeks if the pain lasts more than a week despite rest, "
                    + "gets worse with every run, wakes you at night, or spreads to the groin, thigh, lower back or knee.");
        }
        lines.add("Stop any activity that pushes the pain above 3 out of 10 or makes you change the way you move.");
        return List.copyOf(lines);
    }
}
