package org.hiptriage.model;

import java.util.List;

/**
 * Training history and risk factors. {@code null} means "not known".
 *
 * <p>Build one with {@link #builder()}, which names every field. The public canonical constructor is there only
 * because Java requires it of a record (the record form is what the contract's field list, the JSON reader, the
 * rules' accessors and equality rest on); do not call it: neighbouring arguments of one type can be swapped
 * without the compiler noticing. {@code OneWayToBuildACaseTest} fails on a call outside this file.
 *
 * @param weeklyDistanceKm 0 to 400
 * @param distanceIncreasePercent -100 to 1000: the last 4 weeks against the 4 before
 * @param shoeDistanceKm 0 to 10000: distance on the current shoes
 * @param surfaces surfaces trained on
 * @param hills runs hills
 * @param speedWork does speed work
 * @param restDaysPerWeek 0 to 7
 * @param sittingHoursPerDay 0 to 24
 * @param priorHipInjury a previous hip injury
 * @param priorStressFracture a previous stress fracture anywhere
 * @param lowBoneDensity known low bone density
 * @param lowEnergyAvailability eating too little for the training (RED-S)
 * @param legLengthDifference a known leg-length difference
 * @param footProblems foot problems that alter the gait
 * @param familyHistoryHipArthritis hip arthritis in the family
 */
public record History(Double weeklyDistanceKm, Double distanceIncreasePercent, Double shoeDistanceKm,
                      List<Surface> surfaces, Boolean hills, Boolean speedWork, Integer restDaysPerWeek,
                      Double sittingHoursPerDay, Boolean priorHipInjury, Boolean priorStressFracture,
                      Boolean lowBoneDensity, Boolean lowEnergyAvailability, Boolean legLengthDifference,
                      Boolean footProblems, Boolean familyHistoryHipArthritis) {

    /** {@link Threshold#DISTANCE_RUNNER_KM_PER_WEEK}: the weekly distance from which a runner counts as a distance runner. */
    public static final double DISTANCE_RUNNER_KM_PER_WEEK = Threshold.DISTANCE_RUNNER_KM_PER_WEEK.value(Threshold.Unit.KM_PER_WEEK);

    /** Nothing known about the history. */
    public static final History UNKNOWN = builder().build();

    /** Copies the surfaces so the record stays immutable. */
    public History {
        surfaces = Pain.copy(surfaces);
    }

    /** The rise in distance to the nearest whole percent, for a rule's words; call only when it is known. */
    public long roundedDistanceIncreasePercent() { return Math.round(distanceIncreasePercent); }
    /** The distance on the current shoes to the nearest km, for a rule's words; call only when it is known. */
    public long roundedShoeDistanceKm() { return Math.round(shoeDistanceKm); }
    /** The weekly distance to the nearest km, for a rule's words; call only when it is known. */
    public long roundedWeeklyDistanceKm() { return Math.round(weeklyDistanceKm); }
    /** True when the weekly distance is known and at least {@code km}. */
    public boolean runsAtLeastKmPerWeek(double km) { return weeklyDistanceKm != null && weeklyDistanceKm >= km; }
    /** True when the weekly distance is known and at least {@link Threshold#DISTANCE_RUNNER_KM_PER_WEEK} (a distance runner, by convention). */
    public boolean isDistanceRunner() { return runsAtLeastKmPerWeek(DISTANCE_RUNNER_KM_PER_WEEK); }
    /** True when the distance is known to have risen by at least {@code percent} percent. */
    public boolean distanceRoseByAtLeast(double percent) { return distanceIncreasePercent != null && distanceIncreasePercent >= percent; }
    /** True when the distance is known to have risen by at least the threshold (a percentage of the table). */
    public boolean distanceRoseByAtLeast(Threshold percent) { return distanceRoseByAtLeast(percent.value(Threshold.Unit.PERCENT)); }
    /** True when the shoes are known to have run at least {@code km}. */
    public boolean shoesHaveRunAtLeast(double km) { return shoeDistanceKm != null && shoeDistanceKm >= km; }
    /** True when the shoes are known to have run at least the threshold (a distance of the table, in km). */
    public boolean shoesHaveRunAtLeast(Threshold km) { return shoesHaveRunAtLeast(km.value(Threshold.Unit.KM)); }
    /** True when the runner is known to train on {@code surface}. */
    public boolean trainsOn(Surface surface) { return surfaces != null && surfaces.contains(surface); }
    /** True when the runner is known to run hills. */
    public boolean runsHills() { return Boolean.TRUE.equals(hills); }
    /** True when the runner is known to do speed work. */
    public boolean doesSpeedWork() { return Boolean.TRUE.equals(speedWork); }
    /** True when the rest days are known and fewer than {@code days}. */
    public boolean restsFewerDaysThan(int days) { return restDaysPerWeek != null && restDaysPerWeek < days; }
    /** True when the rest days are known and fewer than the threshold (rest days a week, of the table). */
    public boolean restsFewerDaysThan(Threshold days) { return restsFewerDaysThan(days.whole(Threshold.Unit.DAYS_PER_WEEK)); }
    /** True when the daily sitting is known and at least {@code hours}. */
    public boolean sitsAtLeastHours(double hours) { return sittingHoursPerDay != null && sittingHoursPerDay >= hours; }
    /** True when a previous hip injury is known. */
    public boolean hadHipInjury() { return Boolean.TRUE.equals(priorHipInjury); }
    /** True when a previous stress fracture is known. */
    public boolean hadStressFracture() { return Boolean.TRUE.equals(priorStressFracture); }
    /** True when low bone density is known. */
    public boolean hasLowBoneDensity() { return Boolean.TRUE.equals(lowBoneDensity); }
    /** True when low energy availability is known. */
    public boolean hasLowEnergyAvailability() { return Boolean.TRUE.equals(lowEnergyAvailability); }
    /** True when a leg-length difference is known. */
    public boolean hasLegLengthDifference() { return Boolean.TRUE.equals(legLengthDifference); }
    /** True when foot problems are known. */
    public boolean hasFootProblems() { return Boolean.TRUE.equals(footProblems); }
    /** True when hip arthritis in the family is known. */
    public boolean hasFamilyHistoryOfHipArthritis() { return Boolean.TRUE.equals(familyHistoryHipArthritis); }

    /** A builder holding this history's values, to change some of them. */
    public Builder toBuilder() {
        return builder().weeklyDistanceKm(weeklyDistanceKm).distanceIncreasePercent(distanceIncreasePercent)
                .shoeDistanceKm(shoeDistanceKm).surfaces(surfaces).hills(hills).speedWork(speedWork)
                .restDaysPerWeek(restDaysPerWeek).sittingHoursPerDay(sittingHoursPerDay)
                .priorHipInjury(priorHipInjury).priorStressFracture(priorStressFracture)
                .lowBoneDensity(lowBoneDensity).lowEnergyAvailability(lowEnergyAvailability)
                .legLengthDifference(legLengthDifference).footProblems(footProblems)
                .familyHistoryHipArthritis(familyHistoryHipArthritis);
    }

    /** A builder with everything unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link History} answer by answer; unset answers stay unknown. */
    public static final class Builder {
        private Double weeklyDistanceKm;
        private Double distanceIncreasePercent;
        private Double shoeDistanceKm;
        private List<Surface> surfaces;
        private Boolean hills;
        private Boolean speedWork;
        private Integer restDaysPerWeek;
        private Double sittingHoursPerDay;
        private Boolean priorHipInjury;
        private Boolean priorStressFracture;
        private Boolean lowBoneDensity;
        private Boolean lowEnergyAvailability;
        private Boolean legLengthDifference;
        private Boolean footProblems;
        private Boolean familyHistoryHipArthritis;

        private Builder() {
        }

        /** Sets the weekly distance in km. */
        public Builder weeklyDistanceKm(Double value) { this.weeklyDistanceKm = value; return this; }
        /** Sets the rise in distance, last 4 weeks against the 4 before, in percent. */
        public Builder distanceIncreasePercent(Double value) { this.distanceIncreasePercent = value; return this; }
        /** Sets the distance on the current shoes in km. */
        public Builder shoeDistanceKm(Double value) { this.shoeDistanceKm = value; return this; }
        /** Sets the surfaces trained on. */
        public Builder surfaces(Surface... values) { this.surfaces = List.of(values); return this; }
        /** Sets the surfaces trained on, or leaves them unknown with {@code null}. */
        public Builder surfaces(List<Surface> values) { this.surfaces = values; return this; }
        /** Sets whether the runner runs hills. */
        public Builder hills(Boolean value) { this.hills = value; return this; }
        /** Sets whether the runner does speed work. */
        public Builder speedWork(Boolean value) { this.speedWork = value; return this; }
        /** Sets the rest days a week. */
        public Builder restDaysPerWeek(Integer value) { this.restDaysPerWeek = value; return this; }
        /** Sets the hours of sitting a day. */
        public Builder sittingHoursPerDay(Double value) { this.sittingHoursPerDay = value; return this; }
        /** Sets whether the runner had a hip injury before. */
        public Builder priorHipInjury(Boolean value) { this.priorHipInjury = value; return this; }
        /** Sets whether the runner had a stress fracture before. */
        public Builder priorStressFracture(Boolean value) { this.priorStressFracture = value; return this; }
        /** Sets whether the runner has low bone density. */
        public Builder lowBoneDensity(Boolean value) { this.lowBoneDensity = value; return this; }
        /** Sets whether the runner eats too little for the training. */
        public Builder lowEnergyAvailability(Boolean value) { this.lowEnergyAvailability = value; return this; }
        /** Sets whether a leg-length difference is known. */
        public Builder legLengthDifference(Boolean value) { this.legLengthDifference = value; return this; }
        /** Sets whether the runner has foot problems. */
        public Builder footProblems(Boolean value) { this.footProblems = value; return this; }
        /** Sets whether hip arthritis runs in the family. */
        public Builder familyHistoryHipArthritis(Boolean value) { this.familyHistoryHipArthritis = value; return this; }

        /** Returns the history. */
        public History build() {
            return new History(weeklyDistanceKm, distanceIncreasePercent, shoeDistanceKm, surfaces, hills, speedWork, restDaysPerWeek, sittingHoursPerDay, priorHipInjury, priorStressFracture, lowBoneDensity, lowEnergyAvailability, legLengthDifference, footProblems, familyHistoryHipArthritis);
        }
    }
}
