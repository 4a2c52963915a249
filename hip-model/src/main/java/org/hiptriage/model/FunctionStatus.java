package org.hiptriage.model;

/**
 * What the runner can still do (the contract's {@code function}). {@code null} means "not known".
 *
 * <p>Build one with {@link #builder()}, which names every field. The public canonical constructor is there only
 * because Java requires it of a record (the record form is what the contract's field list, the JSON reader, the
 * rules' accessors and equality rest on); do not call it: neighbouring arguments of one type can be swapped
 * without the compiler noticing. {@code OneWayToBuildACaseTest} fails on a call outside this file.
 *
 * @param canBearWeight can stand and walk on the leg
 * @param limp walks with a limp
 * @param limitedHipMotion the hip's movement is limited
 * @param dailyActivitiesLimited the pain limits daily life
 * @param painFreeWalking walking is free of pain
 * @param legShortenedOrTurnedOut the leg looks shorter or turned outwards (v2)
 */
public record FunctionStatus(Boolean canBearWeight, Boolean limp, Boolean limitedHipMotion,
                             Boolean dailyActivitiesLimited, Boolean painFreeWalking, Boolean legShortenedOrTurnedOut) {

    /** Nothing known about function. */
    public static final FunctionStatus UNKNOWN = builder().build();

    /** True when the leg is known to look shorter or turned outwards. */
    public boolean legLooksShortenedOrTurnedOut() {
        return Boolean.TRUE.equals(legShortenedOrTurnedOut);
    }

    /** True when it is not known whether the runner limps. */
    public boolean limpUnknown() {
        return limp == null;
    }

    /** True when it is not known whether the runner can bear weight. */
    public boolean weightBearingUnknown() {
        return canBearWeight == null;
    }

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

    /** A builder holding this function's values, to change some of them. */
    public Builder toBuilder() {
        return builder().canBearWeight(canBearWeight).limp(limp).limitedHipMotion(limitedHipMotion)
                .dailyActivitiesLimited(dailyActivitiesLimited).painFreeWalking(painFreeWalking)
                .legShortenedOrTurnedOut(legShortenedOrTurnedOut);
    }

    /** A builder with everything unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FunctionStatus} answer by answer; unset answers stay unknown. */
    public static final class Builder {
        private Boolean canBearWeight;
        private Boolean limp;
        private Boolean limitedHipMotion;
        private Boolean dailyActivitiesLimited;
        private Boolean painFreeWalking;
        private Boolean legShortenedOrTurnedOut;

        private Builder() {
        }

        /** Sets whether the runner can bear weight on the leg. */
        public Builder canBearWeight(Boolean value) { this.canBearWeight = value; return this; }
        /** Sets whether the runner limps. */
        public Builder limp(Boolean value) { this.limp = value; return this; }
        /** Sets whether the hip's movement is limited. */
        public Builder limitedHipMotion(Boolean value) { this.limitedHipMotion = value; return this; }
        /** Sets whether the pain limits daily activities. */
        public Builder dailyActivitiesLimited(Boolean value) { this.dailyActivitiesLimited = value; return this; }
        /** Sets whether walking is free of pain. */
        public Builder painFreeWalking(Boolean value) { this.painFreeWalking = value; return this; }
        /** Sets whether the leg looks shorter or turned outwards. */
        public Builder legShortenedOrTurnedOut(Boolean value) { this.legShortenedOrTurnedOut = value; return this; }

        /** Returns the answers. */
        public FunctionStatus build() {
            return new FunctionStatus(canBearWeight, limp, limitedHipMotion, dailyActivitiesLimited, painFreeWalking,
                    legShortenedOrTurnedOut);
        }
    }
}
