package org.hiptriage.model;

/**
 * The care the runner has tried. {@code null} means "not known".
 *
 * <p>Build one with {@link #builder()}, which names every field. The public canonical constructor is there only
 * because Java requires it of a record (the record form is what the contract's field list, the JSON reader, the
 * rules' accessors and equality rest on); do not call it: neighbouring arguments of one type can be swapped
 * without the compiler noticing. {@code OneWayToBuildACaseTest} fails on a call outside this file.
 *
 * @param restedDays days of rest from running since the pain began, 0 to 3650
 * @param ice has iced the hip
 * @param painMedication has taken pain medication
 * @param physicalTherapy has seen a physical therapist
 */
public record CareSoFar(Integer restedDays, Boolean ice, Boolean painMedication, Boolean physicalTherapy) {

    /** Nothing known about the care so far. */
    public static final CareSoFar UNKNOWN = builder().build();

    /** True when the days of rest are known and at least {@code days}. */
    public boolean restedAtLeastDays(int days) { return restedDays != null && restedDays >= days; }
    /** True when the days of rest are known and at least the threshold (days of the table). */
    public boolean restedAtLeastDays(Threshold days) { return restedAtLeastDays(days.whole(Threshold.Unit.DAYS)); }
    /** True when the runner is known to have iced the hip. */
    public boolean triedIce() { return Boolean.TRUE.equals(ice); }
    /** True when the runner is known to have taken pain medication. */
    public boolean triedPainMedication() { return Boolean.TRUE.equals(painMedication); }
    /** True when the runner is known to have seen a physical therapist. */
    public boolean triedPhysicalTherapy() { return Boolean.TRUE.equals(physicalTherapy); }
    /** True when any self-care (rest of {@link Threshold#SELF_CARE_MIN_REST_DAYS} or more, ice, medication) is known to have been tried. */
    public boolean triedSelfCare() { return restedAtLeastDays(Threshold.SELF_CARE_MIN_REST_DAYS) || triedIce() || triedPainMedication(); }

    /** A builder holding this care so far's values, to change some of them. */
    public Builder toBuilder() {
        return builder().restedDays(restedDays).ice(ice).painMedication(painMedication)
                .physicalTherapy(physicalTherapy);
    }

    /** A builder with everything unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CareSoFar} answer by answer; unset answers stay unknown. */
    public static final class Builder {
        private Integer restedDays;
        private Boolean ice;
        private Boolean painMedication;
        private Boolean physicalTherapy;

        private Builder() {
        }

        /** Sets the days of rest from running since the pain began. */
        public Builder restedDays(Integer value) { this.restedDays = value; return this; }
        /** Sets whether the hip was iced. */
        public Builder ice(Boolean value) { this.ice = value; return this; }
        /** Sets whether pain medication was taken. */
        public Builder painMedication(Boolean value) { this.painMedication = value; return this; }
        /** Sets whether a physical therapist was seen. */
        public Builder physicalTherapy(Boolean value) { this.physicalTherapy = value; return this; }

        /** Returns the care so far. */
        public CareSoFar build() {
            return new CareSoFar(restedDays, ice, painMedication, physicalTherapy);
        }
    }
}
