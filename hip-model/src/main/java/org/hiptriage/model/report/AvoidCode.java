package org.hiptriage.model.report;

/** The things a runner is told to avoid, with what they mean. */
public enum AvoidCode {
    RUNNING_THROUGH_PAIN("Running through pain: stop when pain rises above 3/10 or makes you change your stride."),
    STATIC_HIP_FLEXOR_STRETCH("Static stretching of the hip flexors."),
    LONG_STATIC_STRETCH_BEFORE_RUN("Static stretches held longer than 90 seconds just before a run."),
    ANTI_INFLAMMATORY_DRUGS("Anti-inflammatory drugs (NSAIDs such as ibuprofen, naproxen or aspirin)."),
    HILLS_AND_SPEED_WORK("Hills and speed work."),
    IMPACT_ACTIVITY("Running, jumping and hopping: any impact on the leg.");

    private final String meaning;

    AvoidCode(String meaning) {
        this.meaning = meaning;
    }

    /** What is to be avoided, in plain words. */
    public String meaning() {
        return meaning;
    }
}
