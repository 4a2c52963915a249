package org.hiptriage.engine.impl;

import java.util.List;

/** The safety net and the disclaimer every report carries, whatever the rules concluded. */
final class SafetyNet {

    static final String DISCLAIMER = "hip-triage is decision support, not a diagnosis. It cannot examine you "
            + "and can be wrong. If you are worried, or anything in the safety net happens, see a clinician.";

    private static final List<String> LINES = List.of(
            "Go to an emergency department now if you get a fever with the hip pain, cannot put weight on the leg, "
                    + "or have numbness between the legs or a new bladder or bowel problem.",
            "Be seen the same day if the pain becomes severe (8/10 or worse), you start to limp, or walking "
                    + "or lying still starts to hurt.",
            "See a physical therapist or doctor within 1–2 weeks if the pain lasts more than a week despite rest, "
                    + "gets worse with every run, wakes you at night, or spreads to the groin, thigh, lower back or knee.",
            "Stop any activity that pushes the pain above 3 out of 10 or makes you change the way you move.");

    private SafetyNet() {
    }

    static List<String> lines() {
        return LINES;
    }
}
