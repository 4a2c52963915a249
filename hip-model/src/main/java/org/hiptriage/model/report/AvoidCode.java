package org.hiptriage.model.report;

/** The things a runner is told to avoid, with what they mean. */
public enum AvoidCode {
    RUNNING_THROUGH_PAIN("Running through pain: stop when pain rises above 3/10 or makes you change your stride."),
    STATIC_HIP_FLEXOR_STRETCH("Static stretching of the hip flexors."),
    LONG_STATIC_STRETCH_BEFORE_RUN("Static stretches held longer than 90 seconds just before a run."),
    ANTI_INFLAMMATORY_DRUGS("Anti-inflammatory drugs (NSAIDs such as ibuprofen, naproxen or aspirin)."),
    HILLS_AND_SPEED_WORK("Hills and speed work."),
    IMPACT_ACTIVITY("Running, jumping and hopping: any impact on the leg."),
    /** Added to the contract's list (v2 additions are allowed): stretches that press an irritated tendon on the bone. */
    COMPRESSIVE_TENDON_STRETCHING("Stretches that pull the buttock or hamstring tendons tight across the bone (crossing the leg over, deep hip and hamstring stretches)."),
    /** Added: rolling on the outside of the hip. */
    FOAM_ROLLING_OVER_THE_OUTER_HIP("Foam rolling or massage ball work on the outside of the hip."),
    /** Added: side-lying leg raises early in gluteal tendinopathy. */
    SIDE_LYING_LEG_RAISES("Side-lying leg raises and clamshells with a band, while the outer-hip tendons are still painful."),
    /** Added: loading the hip flexors in deep flexion with an irritated labrum. */
    DEEP_HIP_FLEXION_LOADING("Loading the hip in deep flexion: straight-leg lowering at the edge of a bed, deep squats, knee-to-chest exercises.");

    private final String meaning;

    AvoidCode(String meaning) {
        this.meaning = meaning;
    }

    /** What is to be avoided, in plain words. */
    public String meaning() {
        return meaning;
    }
}
