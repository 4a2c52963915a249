package org.hiptriage.rules;

import static org.hiptriage.model.report.ConditionCode.ADDUCTOR_TENDINOPATHY;
import static org.hiptriage.model.report.ConditionCode.APOPHYSEAL_AVULSION;
import static org.hiptriage.model.report.ConditionCode.ATHLETIC_PUBALGIA;
import static org.hiptriage.model.report.ConditionCode.AVASCULAR_NECROSIS;
import static org.hiptriage.model.report.ConditionCode.FEMORAL_NECK_STRESS_FRACTURE;
import static org.hiptriage.model.report.ConditionCode.GLUTEUS_MEDIUS_STRAIN;
import static org.hiptriage.model.report.ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME;
import static org.hiptriage.model.report.ConditionCode.HIP_FLEXOR_STRAIN;
import static org.hiptriage.model.report.ConditionCode.HIP_FLEXOR_TENDINOPATHY;
import static org.hiptriage.model.report.ConditionCode.HIP_FRACTURE;
import static org.hiptriage.model.report.ConditionCode.HIP_OSTEOARTHRITIS;
import static org.hiptriage.model.report.ConditionCode.ILIOPSOAS_BURSITIS;
import static org.hiptriage.model.report.ConditionCode.ILIOTIBIAL_BAND_SYNDROME;
import static org.hiptriage.model.report.ConditionCode.LABRAL_TEAR;
import static org.hiptriage.model.report.ConditionCode.LUMBAR_REFERRED_PAIN;
import static org.hiptriage.model.report.ConditionCode.PIRIFORMIS_SYNDROME;
import static org.hiptriage.model.report.ConditionCode.PREGNANCY_RELATED_HIP_PAIN;
import static org.hiptriage.model.report.ConditionCode.PROXIMAL_HAMSTRING_TEAR;
import static org.hiptriage.model.report.ConditionCode.PROXIMAL_HAMSTRING_TENDINOPATHY;
import static org.hiptriage.model.report.ConditionCode.PUBIC_RAMUS_STRESS_FRACTURE;
import static org.hiptriage.model.report.ConditionCode.SEPTIC_ARTHRITIS;
import static org.hiptriage.model.report.ConditionCode.SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hiptriage.model.report.ConditionCode;

/**
 * Named groups of conditions that several rules, or one long list, share: a clinician reads the group's name and
 * meaning in the rule, and its members in the rulebook. A rule tests membership with
 * {@code Candidate( isIn(ConditionGroup.HIP_FLEXOR_PROBLEMS) )}. A list of two or three conditions that one rule
 * names in its own title stays written out in that rule.
 */
public enum ConditionGroup {

    /** No running plan while one of these is listed. */
    NO_RUNNING_UNTIL_CLEARED("Conditions that rule out any running plan while they are listed, until a clinician has "
            + "cleared them: a fracture of any kind, a slipped growth plate, an avulsion or a tendon tear, avascular "
            + "necrosis, an infected joint.",
            FEMORAL_NECK_STRESS_FRACTURE, PUBIC_RAMUS_STRESS_FRACTURE, HIP_FRACTURE, SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS,
            APOPHYSEAL_AVULSION, PROXIMAL_HAMSTRING_TEAR, AVASCULAR_NECROSIS, SEPTIC_ARTHRITIS),
    /** Load can displace them. */
    UNSTABLE_UNDER_LOAD("A slipped growth plate or a broken hip: weight on the leg or running can displace it, so the "
            + "leg is kept off the ground until an X-ray has been read.",
            SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS, HIP_FRACTURE),
    /** Self-care when likely. */
    SIMPLE_OVERUSE_INJURIES("Simple running overuse injuries: when one is LIKELY and nothing else calls for a "
            + "clinician, the runner can start with self-care.",
            GREATER_TROCHANTERIC_PAIN_SYNDROME, GLUTEUS_MEDIUS_STRAIN, HIP_FLEXOR_STRAIN, HIP_FLEXOR_TENDINOPATHY,
            ILIOPSOAS_BURSITIS, ADDUCTOR_TENDINOPATHY, PROXIMAL_HAMSTRING_TENDINOPATHY, ILIOTIBIAL_BAND_SYNDROME),
    /** The tendinopathies. */
    TENDINOPATHIES("The tendinopathies around the hip (gluteal, hip flexor, adductor and proximal hamstring): "
            + "isometric holds settle their pain.",
            GREATER_TROCHANTERIC_PAIN_SYNDROME, HIP_FLEXOR_TENDINOPATHY, ADDUCTOR_TENDINOPATHY,
            PROXIMAL_HAMSTRING_TENDINOPATHY),
    /** The hip flexors. */
    HIP_FLEXOR_PROBLEMS("Problems of the hip flexors, pregnancy-related hip-flexor overuse among them: uphill "
            + "running, sprints and long strides load them hardest.",
            HIP_FLEXOR_TENDINOPATHY, HIP_FLEXOR_STRAIN, ILIOPSOAS_BURSITIS, PREGNANCY_RELATED_HIP_PAIN),
    /** Muscle strains. */
    MUSCLE_STRAINS("Muscle strains around the hip: compression and elevation help while a strain is fresh.",
            HIP_FLEXOR_STRAIN, GLUTEUS_MEDIUS_STRAIN),
    /** Core strengthening. */
    PELVIC_CONTROL_PROBLEMS("Back, groin and joint problems in which a strong trunk steadies the pelvis: core "
            + "strengthening helps them.",
            LUMBAR_REFERRED_PAIN, ATHLETIC_PUBALGIA, ADDUCTOR_TENDINOPATHY, PIRIFORMIS_SYNDROME, LABRAL_TEAR),
    /** Foam rolling. */
    TIGHT_MUSCLE_PROBLEMS("Problems with tight, tender muscles around the hip, which foam rolling eases (on the "
            + "muscle, never on a painful bony point).",
            ILIOTIBIAL_BAND_SYNDROME, HIP_FLEXOR_TENDINOPATHY, HIP_FLEXOR_STRAIN, GLUTEUS_MEDIUS_STRAIN, PIRIFORMIS_SYNDROME),
    /** Gentle stretching once settled. */
    STRETCH_ONCE_SETTLED("Problems whose muscles are stretched gently once the pain has settled.",
            HIP_FLEXOR_TENDINOPATHY, HIP_FLEXOR_STRAIN, GLUTEUS_MEDIUS_STRAIN, ILIOPSOAS_BURSITIS, PIRIFORMIS_SYNDROME,
            HIP_OSTEOARTHRITIS);

    private final String meaning;
    private final Set<ConditionCode> members;

    ConditionGroup(String meaning, ConditionCode first, ConditionCode... rest) {
        this.meaning = meaning;
        this.members = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** What the group is, in plain words for a clinician. */
    public String meaning() {
        return meaning;
    }

    /** The conditions of the group, in the order of {@link ConditionCode}. */
    public Set<ConditionCode> members() {
        return members;
    }

    /** True when {@code condition} belongs to the group. */
    public boolean contains(ConditionCode condition) {
        return members.contains(condition);
    }
}
