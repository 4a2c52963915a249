package org.hiptriage.model;

/**
 * Findings a clinician records; a self-report app leaves them out. {@code null} means "not examined".
 *
 * <p>Build one with {@link #builder()}, which names every field. The public canonical constructor is there only
 * because Java requires it of a record (the record form is what the contract's field list, the JSON reader, the
 * rules' accessors and equality rest on); do not call it: neighbouring arguments of one type can be swapped
 * without the compiler noticing. {@code OneWayToBuildACaseTest} fails on a call outside this file.
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
 * @param painfulInternalRotation groin pain on internal rotation of the hip (v2)
 * @param limitedInternalRotation internal rotation of the hip is reduced (v2)
 * @param focalBonyTenderness tenderness over one point of bone (v2)
 * @param singleLegStancePain pain standing on the painful leg (v2)
 */
public record Exam(Boolean greaterTrochanterTenderness, Boolean painOnResistedHipFlexion, Boolean fadirPositive,
                   Boolean faberPositive, Boolean hopTestPain, Boolean ischialTuberosityTenderness,
                   Boolean adductorSqueezePain, Boolean trendelenburgSign, Boolean straightLegRaisePositive,
                   Boolean painfulInternalRotation, Boolean limitedInternalRotation, Boolean focalBonyTenderness,
                   Boolean singleLegStancePain) {

    /** No examination. */
    public static final Exam NONE = builder().build();

    /** True when internal rotation of the hip was found painful. */
    public boolean internalRotationPainful() { return Boolean.TRUE.equals(painfulInternalRotation); }
    /** True when internal rotation of the hip was found reduced. */
    public boolean internalRotationLimited() { return Boolean.TRUE.equals(limitedInternalRotation); }
    /** True when a point of bone was found tender. */
    public boolean bonyPointTender() { return Boolean.TRUE.equals(focalBonyTenderness); }
    /** True when standing on the painful leg was found painful. */
    public boolean singleLegStanceHurts() { return Boolean.TRUE.equals(singleLegStancePain); }

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

    /** A builder holding this examination's values, to change some of them. */
    public Builder toBuilder() {
        return builder().greaterTrochanterTenderness(greaterTrochanterTenderness)
                .painOnResistedHipFlexion(painOnResistedHipFlexion).fadirPositive(fadirPositive)
                .faberPositive(faberPositive).hopTestPain(hopTestPain)
                .ischialTuberosityTenderness(ischialTuberosityTenderness).adductorSqueezePain(adductorSqueezePain)
                .trendelenburgSign(trendelenburgSign).straightLegRaisePositive(straightLegRaisePositive)
                .painfulInternalRotation(painfulInternalRotation).limitedInternalRotation(limitedInternalRotation)
                .focalBonyTenderness(focalBonyTenderness).singleLegStancePain(singleLegStancePain);
    }

    /** A builder with nothing examined. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Exam} finding by finding; unset findings stay "not examined". */
    public static final class Builder {
        private Boolean greaterTrochanterTenderness;
        private Boolean painOnResistedHipFlexion;
        private Boolean fadirPositive;
        private Boolean faberPositive;
        private Boolean hopTestPain;
        private Boolean ischialTuberosityTenderness;
        private Boolean adductorSqueezePain;
        private Boolean trendelenburgSign;
        private Boolean straightLegRaisePositive;
        private Boolean painfulInternalRotation;
        private Boolean limitedInternalRotation;
        private Boolean focalBonyTenderness;
        private Boolean singleLegStancePain;

        private Builder() {
        }

        /** Sets whether the greater trochanter is tender. */
        public Builder greaterTrochanterTenderness(Boolean value) { this.greaterTrochanterTenderness = value; return this; }
        /** Sets whether resisted hip flexion hurts. */
        public Builder painOnResistedHipFlexion(Boolean value) { this.painOnResistedHipFlexion = value; return this; }
        /** Sets the FADIR result. */
        public Builder fadirPositive(Boolean value) { this.fadirPositive = value; return this; }
        /** Sets the FABER result. */
        public Builder faberPositive(Boolean value) { this.faberPositive = value; return this; }
        /** Sets whether hopping hurts. */
        public Builder hopTestPain(Boolean value) { this.hopTestPain = value; return this; }
        /** Sets whether the sit bone is tender. */
        public Builder ischialTuberosityTenderness(Boolean value) { this.ischialTuberosityTenderness = value; return this; }
        /** Sets the adductor squeeze result. */
        public Builder adductorSqueezePain(Boolean value) { this.adductorSqueezePain = value; return this; }
        /** Sets the Trendelenburg sign. */
        public Builder trendelenburgSign(Boolean value) { this.trendelenburgSign = value; return this; }
        /** Sets the straight-leg raise result. */
        public Builder straightLegRaisePositive(Boolean value) { this.straightLegRaisePositive = value; return this; }
        /** Sets whether internal rotation hurts. */
        public Builder painfulInternalRotation(Boolean value) { this.painfulInternalRotation = value; return this; }
        /** Sets whether internal rotation is reduced. */
        public Builder limitedInternalRotation(Boolean value) { this.limitedInternalRotation = value; return this; }
        /** Sets whether a point of bone is tender. */
        public Builder focalBonyTenderness(Boolean value) { this.focalBonyTenderness = value; return this; }
        /** Sets whether standing on the painful leg hurts. */
        public Builder singleLegStancePain(Boolean value) { this.singleLegStancePain = value; return this; }

        /** Returns the findings. */
        public Exam build() {
            return new Exam(greaterTrochanterTenderness, painOnResistedHipFlexion, fadirPositive, faberPositive,
                    hopTestPain, ischialTuberosityTenderness, adductorSqueezePain, trendelenburgSign,
                    straightLegRaisePositive, painfulInternalRotation, limitedInternalRotation, focalBonyTenderness,
                    singleLegStancePain);
        }
    }
}
