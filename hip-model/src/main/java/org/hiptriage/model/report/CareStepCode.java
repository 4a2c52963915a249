package org.hiptriage.model.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * The conservative-care steps, each with its phase, the instructions a runner follows and the dose
 * the sources give. A rule may give a dose of its own for a particular condition.
 */
public enum CareStepCode {
    STOP_RUNNING(Phase.PROTECT,
            "Stop running until a clinician has assessed the hip.",
            "until assessed"),
    RELATIVE_REST(Phase.PROTECT,
            "Rest from running and from whatever brings the pain on, but keep moving gently in ways that do not hurt.",
            "24–48 hours, then stay active within pain-free limits"),
    PROTECTED_WEIGHT_BEARING(Phase.PROTECT,
            "Keep weight off the leg: use crutches until imaging has ruled out a fracture.",
            "until imaged; 6–8 weeks on crutches if a stress fracture is confirmed"),
    ICE(Phase.PROTECT,
            "Put ice wrapped in a cloth on the sore area, never straight on the skin.",
            "15–20 minutes every 1–2 hours during the first 2–3 days"),
    COMPRESSION(Phase.PROTECT,
            "Wrap the thigh with an elastic bandage, firm but not tight enough to cause tingling.",
            "during the first 48 hours"),
    ELEVATION(Phase.PROTECT,
            "Raise the leg on pillows when you rest.",
            "whenever resting during the first 48 hours"),
    SHORT_TERM_PAIN_RELIEF(Phase.PROTECT,
            "Take over-the-counter pain relief (paracetamol / acetaminophen, or an anti-inflammatory such as ibuprofen) as the pack says, so you can move comfortably.",
            "a few days at most"),
    /** Added to the contract's list: pain relief when anti-inflammatories are ruled out. */
    PARACETAMOL_PAIN_RELIEF(Phase.PROTECT,
            "If you need pain relief, take paracetamol (acetaminophen) as the pack says, not an anti-inflammatory such as ibuprofen.",
            "a few days at most; never more than the pack's daily limit"),
    CROSS_TRAINING(Phase.SETTLE,
            "Keep your fitness with activity that does not hurt: swimming, pool running or cycling.",
            "20–45 minutes, 3–5 times a week, keeping pain at 3/10 or less"),
    ECCENTRIC_HIP_FLEXOR_LOADING(Phase.SETTLE,
            "Lying on your back at the edge of a bed, lift the straight leg and lower it slowly over 3–5 seconds.",
            "2 sets of 15, twice a day"),
    ISOMETRIC_LOADING(Phase.SETTLE,
            "Tense the sore muscle against something that does not move (for example press the knee outwards against a belt) and hold, without moving the joint.",
            "5 holds of 30–45 seconds, 1–2 times a day, pain at 3/10 or less"),
    GENTLE_MOBILITY(Phase.SETTLE,
            "Move the hip gently through its pain-free range: easy walking, knee rocking, pelvic tilts.",
            "a few minutes, several times a day"),
    AVOID_SIDE_LYING_AND_LEG_CROSSING(Phase.SETTLE,
            "Do not lie on the painful side or cross your legs; sleep with a pillow between the knees and stand evenly on both feet.",
            "every day until the pain settles"),
    HIP_STRENGTHENING(Phase.REBUILD,
            "Strengthen the hip muscles with an elastic band, standing or on your back: bridges, band walks, standing side leg raises and step-ups.",
            "2–3 sets of 10–15, 3 times a week"),
    CORE_STRENGTHENING(Phase.REBUILD,
            "Strengthen the trunk: planks, side planks, dead bugs and bird dogs.",
            "2–3 sets of 30-second holds or 10 slow repetitions, 3 times a week"),
    GENTLE_STRETCHING(Phase.REBUILD,
            "Stretch the hip flexors, glutes and hamstrings gently, after a run rather than before.",
            "hold 30 seconds, 2–3 times each side, once a day"),
    FOAM_ROLLING(Phase.REBUILD,
            "Roll the buttock and thigh muscles on a foam roller, not directly on a painful bony point.",
            "1–2 minutes per area, after runs"),
    PHYSICAL_THERAPY(Phase.REBUILD,
            "See a physical therapist for an examination and a progressive exercise plan.",
            "start within 1–2 weeks"),
    PELVIC_FLOOR_PHYSICAL_THERAPY(Phase.REBUILD,
            "Have a pelvic-floor physical therapist assess you before you return to running.",
            "before running again; no running before about 12 weeks after birth"),
    RETURN_TO_RUN_TEST(Phase.RETURN,
            "Once walking is pain-free, try a short easy test run on flat ground.",
            "10–15 minutes; carry on only if pain stays at 3/10 or less and is no worse the next morning"),
    WALK_RUN_PROGRESSION(Phase.RETURN,
            "Build back up with walk–run intervals, adding running time week by week while pain stays low.",
            "start with 1 minute running / 1 minute walking × 10, every other day; add a minute of running each week while pain stays at 3/10 or less"),
    GRADUAL_MILEAGE(Phase.PREVENT,
            "Increase your weekly distance gradually and plan lighter weeks.",
            "about 10 % a week; never more than about 30 % over two weeks"),
    REPLACE_SHOES(Phase.PREVENT,
            "Replace your running shoes: worn shoes absorb less shock.",
            "every 480–800 km (300–500 miles)"),
    SOFT_FLAT_SURFACES(Phase.PREVENT,
            "Run on soft, flat, straight courses for now: a track, a smooth trail or grass; avoid cambered roads.",
            "while rebuilding"),
    DYNAMIC_WARM_UP(Phase.PREVENT,
            "Warm up before every run with leg swings, walking lunges and easy jogging.",
            "5–10 minutes before every run"),
    COOL_DOWN(Phase.PREVENT,
            "Cool down after every run with easy jogging or brisk walking; stretch afterwards only as your plan says.",
            "5–10 minutes after every run"),
    RUNNING_FORM(Phase.PREVENT,
            "Run tall with a slightly shorter, quicker stride, landing under your body rather than in front of it.",
            "on every run"),
    RECOVERY_HABITS(Phase.PREVENT,
            "Plan rest days, sleep well and eat enough for the training you do.",
            "at least 1–2 rest days a week");

    private final Phase phase;
    private final String instructions;
    private final String dose;

    CareStepCode(Phase phase, String instructions, String dose) {
        this.phase = phase;
        this.instructions = instructions;
        this.dose = dose;
    }

    /** The phase the step belongs to. */
    public Phase phase() {
        return phase;
    }

    /** What the runner does, in plain words. */
    public String instructions() {
        return instructions;
    }

    /** The usual dose, from the sources. */
    public String dose() {
        return dose;
    }

    /** The things to avoid that this step would contradict: a plan that avoids one never contains the step. */
    public Set<AvoidCode> contradicts() {
        return switch (this) {
            case GENTLE_STRETCHING -> EnumSet.of(AvoidCode.STATIC_HIP_FLEXOR_STRETCH, AvoidCode.COMPRESSIVE_TENDON_STRETCHING);
            case FOAM_ROLLING -> EnumSet.of(AvoidCode.FOAM_ROLLING_OVER_THE_OUTER_HIP);
            case ECCENTRIC_HIP_FLEXOR_LOADING -> EnumSet.of(AvoidCode.DEEP_HIP_FLEXION_LOADING);
            case SHORT_TERM_PAIN_RELIEF -> EnumSet.of(AvoidCode.ANTI_INFLAMMATORY_DRUGS);
            // every step that has the runner running (or jogging) now is out while impact is avoided
            case RETURN_TO_RUN_TEST, WALK_RUN_PROGRESSION, DYNAMIC_WARM_UP, COOL_DOWN, RUNNING_FORM, SOFT_FLAT_SURFACES ->
                    EnumSet.of(AvoidCode.IMPACT_ACTIVITY);
            default -> EnumSet.noneOf(AvoidCode.class);
        };
    }

    /** True when this step contradicts {@code avoid}. */
    public boolean contradicts(AvoidCode avoid) {
        return contradicts().contains(avoid);
    }
}
