package org.hiptriage.model;

/**
 * General health: the screening questions for dangerous causes and for mimics from outside the hip.
 * {@code null} means "not asked", never "no".
 *
 * <p>Build one with {@link #builder()}, which names every field. The public canonical constructor is there only
 * because Java requires it of a record (the record form is what the contract's field list, the JSON reader, the
 * rules' accessors and equality rest on); do not call it: neighbouring arguments of one type can be swapped
 * without the compiler noticing. {@code OneWayToBuildACaseTest} fails on a call outside this file.
 *
 * @param fever fever or feeling feverish
 * @param unexplainedWeightLoss weight loss the runner cannot explain
 * @param cancerHistory a history of cancer
 * @param nightSweats night sweats
 * @param bladderOrBowelChange a new change in bladder or bowel control
 * @param saddleNumbness numbness between the legs or around the back passage
 * @param legNumbnessOrWeakness numbness or weakness in a leg
 * @param legNumbnessOrWeaknessSide the side of the numbness or weakness, not of the pain (v2)
 * @param longTermSteroids steroid tablets for 3 months or more (v2)
 * @param immunosuppressed immunosuppressing drugs, chemotherapy or diabetes (v2)
 * @param inflammatoryArthritis rheumatoid arthritis, ankylosing spondylitis, psoriatic arthritis… (v2)
 * @param anticoagulants blood thinners (v2)
 * @param stomachOrKidneyProblems a stomach ulcer, bleeding or kidney disease (v2)
 * @param calfOrThighSwelling a swollen calf or thigh (v2)
 * @param recentSurgeryOrLongTravel surgery, a cast, or travel over 4 hours in the last 4 weeks (v2)
 * @param abdominalOrPelvicSymptoms tummy pain, vomiting, vaginal bleeding or discharge, pain passing urine (v2)
 * @param groinLump a lump in the groin (v2)
 */
public record General(Boolean fever, Boolean unexplainedWeightLoss, Boolean cancerHistory, Boolean nightSweats,
                      Boolean bladderOrBowelChange, Boolean saddleNumbness, Boolean legNumbnessOrWeakness,
                      Side legNumbnessOrWeaknessSide, Boolean longTermSteroids, Boolean immunosuppressed,
                      Boolean inflammatoryArthritis, Boolean anticoagulants, Boolean stomachOrKidneyProblems,
                      Boolean calfOrThighSwelling, Boolean recentSurgeryOrLongTravel,
                      Boolean abdominalOrPelvicSymptoms, Boolean groinLump) {

    /** Nothing known about general health. */
    public static final General UNKNOWN = builder().build();

    /** True when the runner is known to have a fever. */
    public boolean hasFever() { return Boolean.TRUE.equals(fever); }
    /** True when the runner is known to have no fever. */
    public boolean knownNoFever() { return Boolean.FALSE.equals(fever); }
    /** True when it is not known whether the runner has a fever. */
    public boolean feverUnknown() { return fever == null; }
    /** True when the runner is known to have lost weight without explanation. */
    public boolean hasUnexplainedWeightLoss() { return Boolean.TRUE.equals(unexplainedWeightLoss); }
    /** True when the runner is known to have had cancer. */
    public boolean hasCancerHistory() { return Boolean.TRUE.equals(cancerHistory); }
    /** True when the runner is known to have night sweats. */
    public boolean hasNightSweats() { return Boolean.TRUE.equals(nightSweats); }
    /** True when the runner is known to have a new bladder or bowel change. */
    public boolean hasBladderOrBowelChange() { return Boolean.TRUE.equals(bladderOrBowelChange); }
    /** True when the runner is known to have saddle numbness. */
    public boolean hasSaddleNumbness() { return Boolean.TRUE.equals(saddleNumbness); }
    /** True when the runner is known to have leg numbness or weakness. */
    public boolean hasLegNumbnessOrWeakness() { return Boolean.TRUE.equals(legNumbnessOrWeakness); }
    /** True when the numbness or weakness is known to be in both legs (the side of the nerve symptoms, never of the pain). */
    public boolean hasNumbnessOrWeaknessInBothLegs() {
        return hasLegNumbnessOrWeakness() && legNumbnessOrWeaknessSide == Side.BOTH;
    }
    /** True when leg numbness or weakness is known but its side is not. */
    public boolean numbnessSideUnknown() { return hasLegNumbnessOrWeakness() && legNumbnessOrWeaknessSide == null; }
    /** True when the runner is known to take long-term steroid tablets. */
    public boolean takesLongTermSteroids() { return Boolean.TRUE.equals(longTermSteroids); }
    /** True when the runner is known to be immunosuppressed (drugs, chemotherapy or diabetes). */
    public boolean isImmunosuppressed() { return Boolean.TRUE.equals(immunosuppressed); }
    /** True when the runner is known to have an inflammatory arthritis. */
    public boolean hasInflammatoryArthritis() { return Boolean.TRUE.equals(inflammatoryArthritis); }
    /** True when the runner is known to take blood thinners. */
    public boolean takesAnticoagulants() { return Boolean.TRUE.equals(anticoagulants); }
    /** True when the runner is known to have stomach or kidney problems. */
    public boolean hasStomachOrKidneyProblems() { return Boolean.TRUE.equals(stomachOrKidneyProblems); }
    /** True when a swollen calf or thigh is known. */
    public boolean hasCalfOrThighSwelling() { return Boolean.TRUE.equals(calfOrThighSwelling); }
    /** True when recent surgery, a cast or long travel is known. */
    public boolean hadRecentSurgeryOrLongTravel() { return Boolean.TRUE.equals(recentSurgeryOrLongTravel); }
    /** True when abdominal or pelvic symptoms are known. */
    public boolean hasAbdominalOrPelvicSymptoms() { return Boolean.TRUE.equals(abdominalOrPelvicSymptoms); }
    /** True when a lump in the groin is known. */
    public boolean hasGroinLump() { return Boolean.TRUE.equals(groinLump); }

    /** A builder holding this general health's values, to change some of them. */
    public Builder toBuilder() {
        return builder().fever(fever).unexplainedWeightLoss(unexplainedWeightLoss).cancerHistory(cancerHistory)
                .nightSweats(nightSweats).bladderOrBowelChange(bladderOrBowelChange).saddleNumbness(saddleNumbness)
                .legNumbnessOrWeakness(legNumbnessOrWeakness).legNumbnessOrWeaknessSide(legNumbnessOrWeaknessSide)
                .longTermSteroids(longTermSteroids).immunosuppressed(immunosuppressed)
                .inflammatoryArthritis(inflammatoryArthritis).anticoagulants(anticoagulants)
                .stomachOrKidneyProblems(stomachOrKidneyProblems).calfOrThighSwelling(calfOrThighSwelling)
                .recentSurgeryOrLongTravel(recentSurgeryOrLongTravel)
                .abdominalOrPelvicSymptoms(abdominalOrPelvicSymptoms).groinLump(groinLump);
    }

    /** A builder with every answer unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link General} answer by answer; unset answers stay unknown. */
    public static final class Builder {
        private Boolean fever;
        private Boolean unexplainedWeightLoss;
        private Boolean cancerHistory;
        private Boolean nightSweats;
        private Boolean bladderOrBowelChange;
        private Boolean saddleNumbness;
        private Boolean legNumbnessOrWeakness;
        private Side legNumbnessOrWeaknessSide;
        private Boolean longTermSteroids;
        private Boolean immunosuppressed;
        private Boolean inflammatoryArthritis;
        private Boolean anticoagulants;
        private Boolean stomachOrKidneyProblems;
        private Boolean calfOrThighSwelling;
        private Boolean recentSurgeryOrLongTravel;
        private Boolean abdominalOrPelvicSymptoms;
        private Boolean groinLump;

        private Builder() {
        }

        /** Sets whether the runner has a fever. */
        public Builder fever(Boolean value) { this.fever = value; return this; }
        /** Sets whether the runner has lost weight without explanation. */
        public Builder unexplainedWeightLoss(Boolean value) { this.unexplainedWeightLoss = value; return this; }
        /** Sets whether the runner has had cancer. */
        public Builder cancerHistory(Boolean value) { this.cancerHistory = value; return this; }
        /** Sets whether the runner has night sweats. */
        public Builder nightSweats(Boolean value) { this.nightSweats = value; return this; }
        /** Sets whether the runner has a new bladder or bowel change. */
        public Builder bladderOrBowelChange(Boolean value) { this.bladderOrBowelChange = value; return this; }
        /** Sets whether the runner has saddle numbness. */
        public Builder saddleNumbness(Boolean value) { this.saddleNumbness = value; return this; }
        /** Sets whether the runner has leg numbness or weakness. */
        public Builder legNumbnessOrWeakness(Boolean value) { this.legNumbnessOrWeakness = value; return this; }
        /** Sets the side of the leg numbness or weakness. */
        public Builder legNumbnessOrWeaknessSide(Side value) { this.legNumbnessOrWeaknessSide = value; return this; }
        /** Sets whether the runner takes long-term steroid tablets. */
        public Builder longTermSteroids(Boolean value) { this.longTermSteroids = value; return this; }
        /** Sets whether the runner is immunosuppressed. */
        public Builder immunosuppressed(Boolean value) { this.immunosuppressed = value; return this; }
        /** Sets whether the runner has an inflammatory arthritis. */
        public Builder inflammatoryArthritis(Boolean value) { this.inflammatoryArthritis = value; return this; }
        /** Sets whether the runner takes blood thinners. */
        public Builder anticoagulants(Boolean value) { this.anticoagulants = value; return this; }
        /** Sets whether the runner has stomach or kidney problems. */
        public Builder stomachOrKidneyProblems(Boolean value) { this.stomachOrKidneyProblems = value; return this; }
        /** Sets whether the calf or thigh is swollen. */
        public Builder calfOrThighSwelling(Boolean value) { this.calfOrThighSwelling = value; return this; }
        /** Sets whether the runner had surgery, a cast or long travel in the last 4 weeks. */
        public Builder recentSurgeryOrLongTravel(Boolean value) { this.recentSurgeryOrLongTravel = value; return this; }
        /** Sets whether the runner has abdominal or pelvic symptoms. */
        public Builder abdominalOrPelvicSymptoms(Boolean value) { this.abdominalOrPelvicSymptoms = value; return this; }
        /** Sets whether the runner has a lump in the groin. */
        public Builder groinLump(Boolean value) { this.groinLump = value; return this; }

        /** Returns the answers. */
        public General build() {
            return new General(fever, unexplainedWeightLoss, cancerHistory, nightSweats, bladderOrBowelChange,
                    saddleNumbness, legNumbnessOrWeakness, legNumbnessOrWeaknessSide, longTermSteroids,
                    immunosuppressed, inflammatoryArthritis, anticoagulants, stomachOrKidneyProblems,
                    calfOrThighSwelling, recentSurgeryOrLongTravel, abdominalOrPelvicSymptoms, groinLump);
        }
    }
}
