package org.hiptriage.model;

/**
 * Findings a clinician records; a self-report app leaves them out. {@code null} means "not examined".
 *
 * @param greaterTrochanterTenderness tender over the greater trochanter
 * @param painOnResistedHipFlexion pain when hip flexion is resisted
 * @param fadirPositive pain on flexion, adduction and internal rotation (FADIR)
 * @param faberPositive pain on flexion, abduction and external rotation (FABER)
 * @param hopTestPain pain on hopping, as history or recorded by a clinician (never a test to do at home)
 * @param ischialTuberosityTenderness tender at the sit bone
 * @param adductorSqueezePain pain on the adductor squeeze test
 * @param trendelenburgSign the pelvis drops on the other side when standing on the painful leg
 * @param straightLegRaisePositive leg pain on a straight-leg raise
 */
public record Exam(Boolean greaterTrochanterTenderness, Boolean painOnResistedHipFlexion, Boolean fadirPositive,
                   Boolean faberPositive, Boolean hopTestPain, Boolean ischialTuberosityTenderness,
                   Boolean adductorSqueezePain, Boolean trendelenburgSign, Boolean straightLegRaisePositive) {

    /** No examination. */
    public static final Exam NONE = new Exam(null, null, null, null, null, null, null, null, null);

    /** True when the greater trochanter was found tender. */
    public boolean trochanterTender() { return Boolean.TRUE.equals(greaterTrochanterTenderness); }
    /** True when the greater trochanter was examined and not tender. */
    public boolean trochanterNotTender() { return Boolean.FALSE.equals(greaterTrochanterTenderness); }
    /** True when resisted hip flexion was found painful. */
    public boolean resistedHipFlexionPainful() { return Boolean.TRUE.equals(painOnResistedHipFlexion); }
    /** True when resisted hip flexion was examined and painless. */
    public boolean resistedHipFlexionPainless() { return Boolean.FALSE.equals(painOnResistedHipFlexion); }
    /** True when FADIR was positive. */
    public boolean fadir() { return Boolean.TRUE.equals(fadirPositive); }
    /** True when FADIR was examined and negative. */
    public boolean fadirNegative() { return Boolean.FALSE.equals(fadirPositive); }
    /** True when the adductor squeeze test was done and painless. */
    public boolean squeezePainless() { return Boolean.FALSE.equals(adductorSqueezePain); }
    /** True when FABER was positive. */
    public boolean faber() { return Boolean.TRUE.equals(faberPositive); }
    /** True when hopping is known to hurt. */
    public boolean hoppingHurts() { return Boolean.TRUE.equals(hopTestPain); }
    /** True when the sit bone was found tender. */
    public boolean sitBoneTender() { return Boolean.TRUE.equals(ischialTuberosityTenderness); }
    /** True when the adductor squeeze test was painful. */
    public boolean squeezePainful() { return Boolean.TRUE.equals(adductorSqueezePain); }
    /** True when the Trendelenburg sign was positive. */
    public boolean trendelenburg() { return Boolean.TRUE.equals(trendelenburgSign); }
    /** True when the straight-leg raise was positive. */
    public boolean straightLegRaise() { return Boolean.TRUE.equals(straightLegRaisePositive); }
    /** True when the straight-leg raise was examined and negative. */
    public boolean straightLegRaiseNegative() { return Boolean.FALSE.equals(straightLegRaisePositive); }
}
