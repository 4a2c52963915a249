package org.hiptriage.model;

/**
 * What the runner can still do (the contract's {@code function}). {@code null} means "not known".
 *
 * @param canBearWeight can stand and walk on the leg
 * @param limp walks with a limp
 * @param limitedHipMotion the hip's movement is limited
 * @param dailyActivitiesLimited the pain limits daily life
 * @param painFreeWalking walking is free of pain
 */
public record FunctionStatus(Boolean canBearWeight, Boolean limp, Boolean limitedHipMotion,
                             Boolean dailyActivitiesLimited, Boolean painFreeWalking) {

    /** Nothing known about function. */
    public static final FunctionStatus UNKNOWN = new FunctionStatus(null, null, null, null, null);

    /** True when the runner is known to be unable to bear weight on the leg. */
    public boolean cannotBearWeight() {
        return Boolean.FALSE.equals(canBearWeight);
    }

    /** True when the runner is known to bear weight on the leg. */
    public boolean bearsWeight() {
        return Boolean.TRUE.equals(canBearWeight);
    }

    /** True when the runner is known to limp. */
    public boolean limps() {
        return Boolean.TRUE.equals(limp);
    }

    /** True when the hip's movement is known to be limited. */
    public boolean hasLimitedHipMotion() {
        return Boolean.TRUE.equals(limitedHipMotion);
    }

    /** True when the pain is known to limit daily activities. */
    public boolean limitsDailyActivities() {
        return Boolean.TRUE.equals(dailyActivitiesLimited);
    }

    /** True when walking is known to be free of pain. */
    public boolean walksPainFree() {
        return Boolean.TRUE.equals(painFreeWalking);
    }

    /** True when walking is known to hurt. */
    public boolean walkingHurts() {
        return Boolean.FALSE.equals(painFreeWalking);
    }
}
