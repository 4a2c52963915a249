package org.hiptriage.model.validation;

/**
 * The numeric ranges of the contract (§1), in one place: the validator enforces them and the
 * drivers (interview, FHIR questionnaire) offer them, so the two can never disagree.
 */
public enum ContractRange {
    AGE("runner.age", 8, 100, "whole years"),
    WEEKS_PREGNANT_OR_POSTPARTUM("runner.weeksPregnantOrPostpartum", 0, 104, "weeks since birth"),
    HEIGHT_CM("runner.heightCm", 100, 230, "centimetres"),
    WEIGHT_KG("runner.weightKg", 25, 250, "kilograms"),
    SEVERITY("pain.severity", 0, 10, "worst pain in the last week"),
    DURATION_DAYS("pain.durationDays", 0, 3650, "days"),
    WEEKLY_DISTANCE_KM("history.weeklyDistanceKm", 0, 400, "km a week"),
    DISTANCE_INCREASE_PERCENT("history.distanceIncreasePercent", -100, 1000, "percent"),
    SHOE_DISTANCE_KM("history.shoeDistanceKm", 0, 10000, "km"),
    REST_DAYS_PER_WEEK("history.restDaysPerWeek", 0, 7, "days"),
    SITTING_HOURS_PER_DAY("history.sittingHoursPerDay", 0, 24, "hours"),
    RESTED_DAYS("careSoFar.restedDays", 0, 3650, "days");

    private final String path;
    private final int min;
    private final int max;
    private final String unit;

    ContractRange(String path, int min, int max, String unit) {
        this.path = path;
        this.min = min;
        this.max = max;
        this.unit = unit;
    }

    /** The field's path in contract terms, e.g. {@code pain.severity}. */
    public String path() {
        return path;
    }

    /** The least value allowed. */
    public int min() {
        return min;
    }

    /** The greatest value allowed. */
    public int max() {
        return max;
    }

    /** What the number counts, in words. */
    public String unit() {
        return unit;
    }
}
