package org.hiptriage.model;

/**
 * Who the runner is. {@code null} in any field means "not known", never "no".
 *
 * <p>Build one with {@link #builder()}, which names every field ({@link #of} sets the required ones). The public
 * canonical constructor is there only because Java requires it of a record (the record form is what the contract's
 * field list, the JSON reader, the rules' accessors and equality rest on); do not call it: neighbouring arguments
 * of one type can be swapped without the compiler noticing. {@code OneWayToBuildACaseTest} fails on a call outside
 * this file.
 *
 * @param age whole years, 8 to 100 (required)
 * @param sex required
 * @param pregnancy {@code null} means unknown, never "not pregnant" (contract v2)
 * @param weeksPregnantOrPostpartum 0 to 104, required unless NOT_PREGNANT
 * @param breastfeeding whether the runner is breastfeeding
 * @param menstrualStatus the runner's periods
 * @param heightCm 100 to 230
 * @param weightKg 25 to 250
 */
public record Runner(Integer age, Sex sex, Pregnancy pregnancy, Integer weeksPregnantOrPostpartum,
                     Boolean breastfeeding, MenstrualStatus menstrualStatus, Double heightCm, Double weightKg) {

    // The ages and weeks below are those of the table of thresholds (Threshold), which the rulebook prints; the
    // constants stay for code that names them here.

    /** {@link Threshold#ADOLESCENT_MAX_AGE}: the oldest age at which a runner counts as a child or adolescent. */
    public static final int ADOLESCENT_MAX_AGE = years(Threshold.ADOLESCENT_MAX_AGE);
    /** {@link Threshold#SLIPPED_EPIPHYSIS_MIN_AGE}: the youngest age at which the hip's growth plate is watched for a slip. */
    public static final int SLIPPED_EPIPHYSIS_MIN_AGE = years(Threshold.SLIPPED_EPIPHYSIS_MIN_AGE);
    /** {@link Threshold#SLIPPED_EPIPHYSIS_MAX_AGE}: the oldest age at which the hip's growth plate can slip (SCFE). */
    public static final int SLIPPED_EPIPHYSIS_MAX_AGE = years(Threshold.SLIPPED_EPIPHYSIS_MAX_AGE);
    /** {@link Threshold#PREGNANCY_POSSIBLE_FROM_AGE}: the youngest age at which pregnancy is kept in mind. */
    public static final int PREGNANCY_POSSIBLE_FROM_AGE = years(Threshold.PREGNANCY_POSSIBLE_FROM_AGE);
    /** {@link Threshold#PREGNANCY_POSSIBLE_TO_AGE}: the oldest age at which pregnancy is kept in mind when not known. */
    public static final int PREGNANCY_POSSIBLE_TO_AGE = years(Threshold.PREGNANCY_POSSIBLE_TO_AGE);
    /** {@link Threshold#POSTPARTUM_WINDOW_WEEKS}: the weeks after birth in which pain counts as pregnancy-related. */
    public static final int POSTPARTUM_WINDOW_WEEKS = Threshold.POSTPARTUM_WINDOW_WEEKS.whole(Threshold.Unit.WEEKS);
    /** {@link Threshold#IRREGULAR_PERIODS_SIGN_FROM_AGE}: irregular periods count as a RED-S sign from this age. */
    public static final int IRREGULAR_PERIODS_SIGN_FROM_AGE = years(Threshold.IRREGULAR_PERIODS_SIGN_FROM_AGE);
    /** {@link Threshold#IRREGULAR_PERIODS_SIGN_TO_AGE}: irregular periods count as a RED-S sign up to this age. */
    public static final int IRREGULAR_PERIODS_SIGN_TO_AGE = years(Threshold.IRREGULAR_PERIODS_SIGN_TO_AGE);
    /** {@link Threshold#PRIMARY_AMENORRHOEA_AGE}: periods not started count as missing from this age. */
    public static final int PRIMARY_AMENORRHOEA_AGE = years(Threshold.PRIMARY_AMENORRHOEA_AGE);
    /** {@link Threshold#FRAGILE_BONE_AGE}: a fall from this age is a fall on fragile bone. */
    public static final int FRAGILE_BONE_AGE = years(Threshold.FRAGILE_BONE_AGE);
    /** {@link Threshold#ANTI_INFLAMMATORY_CAUTION_AGE}: anti-inflammatories are not offered unasked from this age. */
    public static final int ANTI_INFLAMMATORY_CAUTION_AGE = years(Threshold.ANTI_INFLAMMATORY_CAUTION_AGE);

    private static int years(Threshold age) {
        return age.whole(Threshold.Unit.YEARS);
    }

    /** True when the age is known and at most {@link Threshold#ADOLESCENT_MAX_AGE}: a child or adolescent. */
    public boolean isAdolescent() {
        return age != null && age <= ADOLESCENT_MAX_AGE;
    }

    /** True when the age is known and over {@link Threshold#ADOLESCENT_MAX_AGE}: an adult. */
    public boolean isAdult() {
        return age != null && age > ADOLESCENT_MAX_AGE;
    }

    /**
     * True when the age is known and within {@link Threshold#SLIPPED_EPIPHYSIS_MIN_AGE} to
     * {@link Threshold#SLIPPED_EPIPHYSIS_MAX_AGE}, the ages at which the hip's growth plate can slip (SCFE).
     */
    public boolean isAtSlippedEpiphysisAge() {
        return isAged(SLIPPED_EPIPHYSIS_MIN_AGE, SLIPPED_EPIPHYSIS_MAX_AGE);
    }

    /** True when the age is known and at least {@code years}. */
    public boolean isAtLeast(int years) {
        return age != null && age >= years;
    }

    /** True when the age is known and under {@code years}. */
    public boolean isUnder(int years) {
        return age != null && age < years;
    }

    /** True when the age is known and between {@code from} and {@code to}, both included. */
    public boolean isAged(int from, int to) {
        return age != null && age >= from && age <= to;
    }

    /** True when the age is known and at least the threshold (an age of the table, in years). */
    public boolean isAtLeast(Threshold years) {
        return isAtLeast(years.whole(Threshold.Unit.YEARS));
    }

    /** True when the age is known and under the threshold (an age of the table, in years). */
    public boolean isUnder(Threshold years) {
        return isUnder(years.whole(Threshold.Unit.YEARS));
    }

    /** True when the age is known and between the two thresholds of the table, both included. */
    public boolean isAged(Threshold from, Threshold to) {
        return isAged(from.whole(Threshold.Unit.YEARS), to.whole(Threshold.Unit.YEARS));
    }

    /** True when the sex is known to be female. */
    public boolean isFemale() {
        return sex == Sex.FEMALE;
    }

    /** True when the sex is known to be male. */
    public boolean isMale() {
        return sex == Sex.MALE;
    }

    /** True when the runner is known to be pregnant. */
    public boolean isPregnant() {
        return pregnancy == Pregnancy.PREGNANT;
    }

    /** True when the runner is known to have given birth (at any time the contract allows). */
    public boolean isPostpartum() {
        return pregnancy == Pregnancy.POSTPARTUM;
    }

    /** True when the runner is known not to be pregnant. */
    public boolean isKnownNotPregnant() {
        return pregnancy == Pregnancy.NOT_PREGNANT;
    }

    /**
     * True when the runner is known to be pregnant, or to have given birth under
     * {@link Threshold#POSTPARTUM_WINDOW_WEEKS} weeks ago: the window in which pain counts as pregnancy-related.
     */
    public boolean isPregnantOrPostpartum() {
        return isPregnant() || isPostpartumUnderWeeks(POSTPARTUM_WINDOW_WEEKS);
    }

    /** True when the runner gave birth under {@code weeks} weeks ago. */
    public boolean isPostpartumUnderWeeks(int weeks) {
        return isPostpartum() && weeksPregnantOrPostpartum != null && weeksPregnantOrPostpartum < weeks;
    }

    /** True when the runner gave birth under the threshold's weeks ago (a number of weeks of the table). */
    public boolean isPostpartumUnderWeeks(Threshold weeks) {
        return isPostpartumUnderWeeks(weeks.whole(Threshold.Unit.WEEKS));
    }

    /** True when the runner is known to be breastfeeding. */
    public boolean isBreastfeeding() {
        return Boolean.TRUE.equals(breastfeeding);
    }

    /**
     * True when pregnancy was not answered and the runner could be pregnant: not male, aged
     * {@link Threshold#PREGNANCY_POSSIBLE_FROM_AGE} to {@link Threshold#PREGNANCY_POSSIBLE_TO_AGE} (or younger once periods have
     * started), not after the menopause and not before periods have started. Unknown is never "not pregnant".
     */
    public boolean couldBePregnant() {
        if (pregnancy != null || isMale() || age == null || age > PREGNANCY_POSSIBLE_TO_AGE) {
            return false;
        }
        if (menstrualStatus == MenstrualStatus.POSTMENOPAUSAL || menstrualStatus == MenstrualStatus.NOT_STARTED) {
            return false;
        }
        return age >= PREGNANCY_POSSIBLE_FROM_AGE || hasHadPeriods();
    }

    /** True when pregnancy is known or could be: what advice unsafe in pregnancy must take into account. */
    public boolean isOrCouldBePregnant() {
        return isPregnant() || couldBePregnant();
    }

    private boolean hasHadPeriods() {
        return menstrualStatus == MenstrualStatus.REGULAR || menstrualStatus == MenstrualStatus.IRREGULAR
                || menstrualStatus == MenstrualStatus.ABSENT;
    }

    /** True when the periods are known to have stopped or to be irregular, at any age: a missed period. */
    public boolean hasMissedOrIrregularPeriods() {
        return menstrualStatus == MenstrualStatus.ABSENT || menstrualStatus == MenstrualStatus.IRREGULAR;
    }

    /** True when the periods are known to have stopped. */
    public boolean hasAbsentPeriods() {
        return menstrualStatus == MenstrualStatus.ABSENT;
    }

    /**
     * True when the periods are known to be a sign of low energy availability (RED-S): absent outside pregnancy,
     * the year after birth and breastfeeding; irregular from {@link Threshold#IRREGULAR_PERIODS_SIGN_FROM_AGE} to
     * {@link Threshold#IRREGULAR_PERIODS_SIGN_TO_AGE} (before that cycles are still settling, after it perimenopause);
     * not started at {@link Threshold#PRIMARY_AMENORRHOEA_AGE} or over (primary amenorrhoea). After the menopause, never.
     */
    public boolean hasMissingOrIrregularPeriods() {
        if (menstrualStatus == null || isPregnantOrPostpartum() || isBreastfeeding()) {
            return false;
        }
        return switch (menstrualStatus) {
            case ABSENT -> true;
            case IRREGULAR -> isAged(IRREGULAR_PERIODS_SIGN_FROM_AGE, IRREGULAR_PERIODS_SIGN_TO_AGE);
            case NOT_STARTED -> isAtLeast(PRIMARY_AMENORRHOEA_AGE);
            default -> false;
        };
    }

    /** The periods in words, for a rule's reasons; call only when {@link #hasMissingOrIrregularPeriods()}. */
    public String periodsInWords() {
        return switch (menstrualStatus) {
            case ABSENT -> "periods that have stopped";
            case IRREGULAR -> "irregular periods";
            case NOT_STARTED -> "periods not started at " + age;
            default -> "periods " + menstrualStatus.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** True when the runner is known to be past the menopause. */
    public boolean isPostmenopausal() {
        return menstrualStatus == MenstrualStatus.POSTMENOPAUSAL;
    }

    /** The body-mass index, or {@code null} when height or weight is unknown. */
    public Double bodyMassIndex() {
        if (heightCm == null || weightKg == null || heightCm <= 0) {
            return null;
        }
        double metres = heightCm / 100.0;
        return weightKg / (metres * metres);
    }

    /** The body-mass index to the nearest whole number, for a rule's words; call only when height and weight are known. */
    public long roundedBodyMassIndex() {
        return Math.round(bodyMassIndex());
    }

    /** True when height and weight are known and the body-mass index is at least {@code bmi}. */
    public boolean hasBodyMassIndexOfAtLeast(double bmi) {
        Double value = bodyMassIndex();
        return value != null && value >= bmi;
    }

    /** {@link Threshold#ADULT_OVERWEIGHT_BMI}: the adult overweight body-mass index, from 18 on. */
    public static final double ADULT_OVERWEIGHT_BMI = Threshold.ADULT_OVERWEIGHT_BMI.value(Threshold.Unit.BMI);

    /**
     * True when age, height and weight are known and the BMI is at or above the IOTF overweight cut-off for the age and
     * sex ({@link Threshold#OVERWEIGHT_BMI_BOYS}, {@link Threshold#OVERWEIGHT_BMI_GIRLS}; the lower of the two when the
     * sex is neither); {@link Threshold#ADULT_OVERWEIGHT_BMI} for an adult.
     */
    public boolean isOverweightForAge() {
        Double bmi = bodyMassIndex();
        if (bmi == null || age == null) {
            return false;
        }
        if (isAdult()) {
            return bmi >= ADULT_OVERWEIGHT_BMI;
        }
        double boys = Threshold.OVERWEIGHT_BMI_BOYS.forAge(age);
        double girls = Threshold.OVERWEIGHT_BMI_GIRLS.forAge(age);
        double cutOff = sex == Sex.MALE ? boys : sex == Sex.FEMALE ? girls : Math.min(boys, girls);
        return bmi >= cutOff;
    }

    /** The runner in words, e.g. "34-year-old female runner". */
    public String describe() {
        String who = sex == null ? "runner" : sex.name().toLowerCase(java.util.Locale.ROOT) + " runner";
        return age == null ? who : age + "-year-old " + who;
    }

    /** A builder holding this runner's values, to change some of them. */
    public Builder toBuilder() {
        return builder().age(age).sex(sex).pregnancy(pregnancy).weeksPregnantOrPostpartum(weeksPregnantOrPostpartum)
                .breastfeeding(breastfeeding).menstrualStatus(menstrualStatus).heightCm(heightCm).weightKg(weightKg);
    }

    /** A builder with everything unknown (age and sex are required before the engine accepts the runner). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder for a runner of the given age and sex. */
    public static Builder of(int age, Sex sex) {
        return new Builder().age(age).sex(sex);
    }

    /** Builds a {@link Runner} field by field; unset fields stay unknown. */
    public static final class Builder {
        private Integer age;
        private Sex sex;
        private Pregnancy pregnancy;
        private Integer weeksPregnantOrPostpartum;
        private Boolean breastfeeding;
        private MenstrualStatus menstrualStatus;
        private Double heightCm;
        private Double weightKg;

        private Builder() {
        }

        /** Sets the age in whole years. */
        public Builder age(Integer value) { this.age = value; return this; }
        /** Sets the sex. */
        public Builder sex(Sex value) { this.sex = value; return this; }
        /** Marks the runner pregnant for the given number of weeks. */
        public Builder pregnant(int weeks) { this.pregnancy = Pregnancy.PREGNANT; this.weeksPregnantOrPostpartum = weeks; return this; }
        /** Marks the runner as having given birth the given number of weeks ago. */
        public Builder postpartum(int weeks) { this.pregnancy = Pregnancy.POSTPARTUM; this.weeksPregnantOrPostpartum = weeks; return this; }
        /** Sets the pregnancy status. */
        public Builder pregnancy(Pregnancy value) { this.pregnancy = value; return this; }
        /** Sets the weeks of pregnancy or since birth. */
        public Builder weeksPregnantOrPostpartum(Integer value) { this.weeksPregnantOrPostpartum = value; return this; }
        /** Sets whether the runner is breastfeeding. */
        public Builder breastfeeding(Boolean value) { this.breastfeeding = value; return this; }
        /** Sets the menstrual status. */
        public Builder menstrualStatus(MenstrualStatus value) { this.menstrualStatus = value; return this; }
        /** Sets the height in centimetres. */
        public Builder heightCm(Double value) { this.heightCm = value; return this; }
        /** Sets the weight in kilograms. */
        public Builder weightKg(Double value) { this.weightKg = value; return this; }
        /** Returns the runner. */
        public Runner build() {
            return new Runner(age, sex, pregnancy, weeksPregnantOrPostpartum, breastfeeding, menstrualStatus, heightCm, weightKg);
        }
    }
}
