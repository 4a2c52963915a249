package org.hiptriage.rules;

/** Clinical findings the first layer derives from the input facts, for the layers above to use. */
public enum FindingCode {
    /** Groin or front-of-hip pain that comes with running, of gradual onset. */
    GROIN_PAIN_WITH_RUNNING("groin or front-of-hip pain that comes on with running"),
    /** The female athlete triad / RED-S or a bone history that raises the risk of a stress fracture. */
    BONE_STRESS_RISK_PROFILE("a risk profile for bone stress (RED-S / female athlete triad, low bone density or a prior stress fracture)"),
    /** A sharp rise in training load. */
    LOAD_SPIKE("a sharp rise in running distance"),
    /** Pain that has progressed to walking, rest or night. */
    PAIN_BEYOND_RUNNING("pain that has spread beyond running to walking, rest or the night"),
    /** Tendon pain within the first six weeks. */
    EARLY_TENDON_PAIN("pain that began less than 6 weeks ago"),
    /** Under 12 weeks since giving birth. */
    EARLY_POSTPARTUM("under 12 weeks since giving birth"),
    /** A growing skeleton. */
    GROWING_SKELETON("a child or adolescent with growth plates still open"),
    /** Nerve symptoms in the leg. */
    NERVE_SYMPTOMS("numbness, tingling, burning or weakness in the leg"),
    /** A runner who cannot bear weight on the leg. */
    NOT_BEARING_WEIGHT("cannot bear weight on the leg"),
    /** Groin or front-of-hip pain provoked by deep hip flexion: sitting, squatting, crossing the legs. */
    POSITIONAL_HIP_PAIN("groin or front-of-hip pain brought on by sitting, squatting or crossing the legs"),
    /** Locking, catching or giving way with groin or front-of-hip pain. */
    MECHANICAL_HIP_SYMPTOMS("locking, catching or giving way of the hip"),
    /** Pubic, groin, inner-thigh or buttock pain that comes with running. */
    PELVIC_PAIN_WITH_RUNNING("pubic, groin, inner-thigh or buttock pain that comes on with running"),
    /** Bone that breaks more easily: age 60 or over, low bone density, long-term steroids. */
    FRAGILE_BONE("bone that breaks more easily (age 60 or over, low bone density or long-term steroids)"),
    /** After a fall or blow: a limp, groin pain, painful walking, no weight on the leg, or a shortened leg. */
    FRACTURE_SIGN_AFTER_FALL("a sign of a broken hip after a fall or a blow"),
    /** A reason not to offer anti-inflammatory drugs: pregnancy not ruled out, 65 or over, stomach or kidney problems, blood thinners, bone stress. */
    ANTI_INFLAMMATORY_CAUTION("a reason not to take anti-inflammatory drugs"),
    /** A risk of an infected joint: immunosuppression, diabetes, inflammatory arthritis. */
    INFECTION_RISK("a higher risk of an infected joint (immunosuppression, diabetes or an inflammatory arthritis)");

    private final String meaning;

    FindingCode(String meaning) {
        this.meaning = meaning;
    }

    /** What the finding means, in plain words. */
    public String meaning() {
        return meaning;
    }
}
