package org.hiptriage.model;

/**
 * Who the runner is. {@code null} in any field means "not known", never "no".
 *
 * @param age whole years, 8 to 100 (required)
 * @param sex required
 * @param pregnancy NOT_PREGNANT when absent
 * @param weeksPregnantOrPostpartum 0 to 104, required unless NOT_PREGNANT
 * @param breastfeeding whether the runner is breastfeeding
 * @param menstrualStatus the runner's periods
 * @param heightCm 100 to 230
 * @param weightKg 25 to 250
 */
public record Runner(Integer age, Sex sex, Pregnancy pregnancy, Integer weeksPregnantOrPostpartum,
                     Boolean breastfeeding, MenstrualStatus menstrualStatus, Double heightCm, Double weightKg) {

    /** The oldest age at which a runner counts as a child or adolescent (growth plates still open). */
    public static final int ADOLESCENT_MAX_AGE = 17;

    /** The pregnancy status, NOT_PREGNANT when not given. */
    public Pregnancy pregnancyStatus() {
        return pregnancy == null ? Pregnancy.NOT_PREGNANT : pregnancy;
    }

    /** True when the age is known and at most {@value #ADOLESCENT_MAX_AGE}. */
    public boolean isAdolescent() {
        return age != null && age <= ADOLESCENT_MAX_AGE;
    }

    /** True when the age is known and 8 to 16, the ages at which the hip's growth plate can slip (SCFE). */
    public boolean isAtSlippedEpiphysisAge() {
        return isAged(8, 16);
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

    /** True when the runner is known to have given birth within the weeks the contract allows. */
    public boolean isPostpartum() {
        return pregnancy == Pregnancy.POSTPARTUM;
    }

    /** True when the runner is known to be pregnant or to have given birth within the weeks the contract allows. */
    public boolean isPregnantOrPostpartum() {
        return isPregnant() || isPostpartum();
    }

    /** True when the runner gave birth under {@code weeks} weeks ago. */
    public boolean isPostpartumUnderWeeks(int weeks) {
        return isPostpartum() && weeksPregnantOrPostpartum != null && weeksPregnantOrPostpartum < weeks;
    }

    /** True when the runner is known to be breastfeeding. */
    public boolean isBreastfeeding() {
        return Boolean.TRUE.equals(breastfeeding);
    }

    /** True when the periods are known to be irregular or absent, outside pregnancy and the months after it. */
    public boolean hasMissingOrIrregularPeriods() {
        return (menstrualStatus == MenstrualStatus.IRREGULAR || menstrualStatus == MenstrualStatus.ABSENT)
                && pregnancyStatus() == Pregnancy.NOT_PREGNANT;
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

    /**
     * Overweight cut-offs of the body-mass index by age from 8 to 17 (IOTF, Cole et al., BMJ 2000; the
     * lower of the boys' and girls' values); 25 from 18 on.
     */
    private static final double[] OVERWEIGHT_BMI_BY_AGE_8_TO_17 =
            {18.35, 19.07, 19.84, 20.55, 21.22, 21.91, 22.62, 23.29, 23.90, 24.46};

    /** True when age, height and weight are known and the BMI is at or above the overweight cut-off for the age. */
    public boolean isOverweightForAge() {
        Double bmi = bodyMassIndex();
        if (bmi == null || age == null) {
            return false;
        }
        double cutOff = age >= 18 ? 25.0 : OVERWEIGHT_BMI_BY_AGE_8_TO_17[Math.max(age, 8) - 8];
        return bmi >= cutOff;
    }

    /** The runner in words, e.g. "34-year-old female runner". */
    public String describe() {
        String who = sex == null ? "runner" : sex.name().toLowerCase(java.util.Locale.ROOT) + " runner";
        return age == null ? who : age + "-year-old " + who;
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
