package org.hiptriage.model.report;

/** The conditions the rule base can suggest, with a name a runner understands. */
public enum ConditionCode {
    /** Outer-hip pain from the gluteal tendons or the bursa over the greater trochanter. */
    GREATER_TROCHANTERIC_PAIN_SYNDROME("Greater trochanteric pain syndrome (gluteal tendinopathy / trochanteric bursitis)", false),
    /** A strain of the gluteus medius muscle. */
    GLUTEUS_MEDIUS_STRAIN("Gluteus medius strain", false),
    /** An acute strain of the hip flexors. */
    HIP_FLEXOR_STRAIN("Hip flexor strain", false),
    /** Overuse of the hip-flexor (iliopsoas) tendon. */
    HIP_FLEXOR_TENDINOPATHY("Hip flexor tendinopathy", false),
    /** Inflammation of the bursa under the iliopsoas. */
    ILIOPSOAS_BURSITIS("Iliopsoas bursitis", false),
    /** Adductor-related groin pain. */
    ADDUCTOR_TENDINOPATHY("Adductor tendinopathy (adductor-related groin pain)", false),
    /** Tendinopathy of the hamstring origin at the sit bone. */
    PROXIMAL_HAMSTRING_TENDINOPATHY("Proximal hamstring tendinopathy", false),
    /** Tear of the hip's labrum, including femoroacetabular impingement. */
    LABRAL_TEAR("Labral tear / femoroacetabular impingement", false),
    /** Wear of the hip joint. */
    HIP_OSTEOARTHRITIS("Hip osteoarthritis", false),
    /** Bone stress fracture of the femoral neck. */
    FEMORAL_NECK_STRESS_FRACTURE("Femoral neck stress fracture", true),
    /** Bone stress fracture of the pubic ramus. */
    PUBIC_RAMUS_STRESS_FRACTURE("Pubic ramus stress fracture", true),
    /** Irritation of the iliotibial band at the hip. */
    ILIOTIBIAL_BAND_SYNDROME("Iliotibial band syndrome (at the hip)", false),
    /** Hip-flexor overuse or pelvic girdle pain in pregnancy and after birth. */
    PREGNANCY_RELATED_HIP_PAIN("Pregnancy-related hip pain (hip-flexor overuse / pelvic girdle pain)", false),
    /** Pain referred from the lower back. */
    LUMBAR_REFERRED_PAIN("Pain referred from the lower back", false),
    /** Deep gluteal / piriformis syndrome. */
    PIRIFORMIS_SYNDROME("Piriformis (deep gluteal) syndrome", false),
    /** Core muscle injury at the groin ("sports hernia"). */
    ATHLETIC_PUBALGIA("Athletic pubalgia (core muscle injury)", false),
    /** A tendon pulling off a piece of growing bone, in adolescents. */
    APOPHYSEAL_AVULSION("Apophyseal avulsion injury", true),
    /** The growth plate of the hip slipping, in children and adolescents. */
    SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS("Slipped capital femoral epiphysis", true),
    /** Infection of the hip joint. */
    SEPTIC_ARTHRITIS("Septic arthritis (infected joint)", true),
    /** A broken hip after a fall or a blow, including an impacted one that still bears weight (contract v2). */
    HIP_FRACTURE("Hip fracture (a broken hip, possibly still bearing weight)", true),
    /** An adult tear or avulsion of the hamstring tendons at the sit bone (contract v2). */
    PROXIMAL_HAMSTRING_TEAR("Proximal hamstring tear (tendon torn at the sit bone)", false),
    /** Loss of the blood supply to the head of the thigh bone (contract v2). */
    AVASCULAR_NECROSIS("Avascular necrosis of the femoral head (loss of its blood supply)", false),
    /** A hernia in the groin (contract v2). */
    INGUINAL_HERNIA("Inguinal hernia", false);

    private final String displayName;
    private final boolean serious;

    ConditionCode(String displayName, boolean serious) {
        this.displayName = displayName;
        this.serious = serious;
    }

    /** The name a runner reads. */
    public String displayName() {
        return displayName;
    }

    /** True for conditions that must not be missed; at equal scores they rank first. */
    public boolean serious() {
        return serious;
    }
}
