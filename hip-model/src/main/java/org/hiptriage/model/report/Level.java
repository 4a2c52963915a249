package org.hiptriage.model.report;

/** How soon the runner should be seen, most urgent first. */
public enum Level {
    /** Now: an emergency department. */
    EMERGENCY("Go to an emergency department now, or call an ambulance if you cannot get there safely."),
    /** The same day, within 24 hours. */
    URGENT("Be seen by a doctor today: urgent care, a same-day GP or sports-medicine appointment, within 24 hours."),
    /** Within about one to two weeks. */
    SEE_CLINICIAN("Book a physical therapist, sports-medicine doctor or GP within the next 1–2 weeks."),
    /** Conservative care at home with a safety net. */
    SELF_CARE("You can look after this yourself with the care plan below; see someone if the safety net says so.");

    private final String advice;

    Level(String advice) {
        this.advice = advice;
    }

    /** What the runner should do at this level, in plain words. */
    public String advice() {
        return advice;
    }

    /** True when this level is more urgent than {@code other}. */
    public boolean moreUrgentThan(Level other) {
        return ordinal() < other.ordinal();
    }

    /** True when this level is at least as urgent as {@code other}. */
    public boolean atLeastAsUrgentAs(Level other) {
        return ordinal() <= other.ordinal();
    }

    /** The more urgent of two levels. */
    public static Level mostUrgent(Level a, Level b) {
        return a.moreUrgentThan(b) ? a : b;
    }
}
