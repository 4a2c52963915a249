package org.hiptriage.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Every clinical threshold of the rule base in one table, each with its value, unit, meaning in plain words and the
 * sources it follows: ages, pain durations, weeks after birth, distances, body-mass indices, pain scores and the
 * listing scores. The rules name an entry ({@code Pain( lastedAtMost(Threshold.NEW_PAIN_MAX_DAYS) )}) or call a
 * model helper that reads it ({@link Runner#isAdolescent()}); no rule and no helper writes the number itself. The
 * rulebook prints this table. To change a threshold, change it here (and the rule names and descriptions that
 * state it in words); see {@code docs/authoring.md}.
 */
public enum Threshold {

    // ---------------------------------------------------------------- ages

    /** Children and adolescents. */
    ADOLESCENT_MAX_AGE(Unit.YEARS, 17,
            "The oldest age at which a runner counts as a child or adolescent, whose growth plates may still be open; "
                    + "from the next birthday on, an adult.", "CONVENTION"),
    /** The SCFE band, from. */
    SLIPPED_EPIPHYSIS_MIN_AGE(Unit.YEARS, 8,
            "The youngest age at which the hip's growth plate is watched for a slip (SCFE); also the youngest age the "
                    + "contract accepts.", "PECK_2017", "CONVENTION"),
    /** The SCFE band, to. */
    SLIPPED_EPIPHYSIS_MAX_AGE(Unit.YEARS, 17,
            "The oldest age at which the hip's growth plate is watched for a slip (SCFE): Peck gives about 8 to 15, later "
                    + "in boys; the review kept every adolescent in the band.", "PECK_2017", "CONVENTION"),
    /** The peak ages of avulsions, from. */
    AVULSION_PEAK_MIN_AGE(Unit.YEARS, 12,
            "The youngest of the peak ages for an apophyseal avulsion (around 14: growth plates open, muscles strong).",
            "CHAMBERLAIN_2021"),
    /** The peak ages of avulsions, to. */
    AVULSION_PEAK_MAX_AGE(Unit.YEARS, 16,
            "The oldest of the peak ages for an apophyseal avulsion.", "CHAMBERLAIN_2021"),
    /** Labral tears in younger active adults, from. */
    LABRAL_TEAR_MIN_AGE(Unit.YEARS, 15,
            "The youngest age at which groin pain in an active runner fits a labral tear or impingement (FAI).",
            "CHAMBERLAIN_2021", "WARWICK_2016"),
    /** Labral tears in younger active adults, to. */
    LABRAL_TEAR_MAX_AGE(Unit.YEARS, 45,
            "The oldest age at which groin pain in an active runner fits a labral tear or impingement; after it, joint "
                    + "wear takes over.", "CHAMBERLAIN_2021", "WARWICK_2016"),
    /** Below it, arthritis is uncommon. */
    OSTEOARTHRITIS_POSSIBLE_FROM_AGE(Unit.YEARS, 40,
            "Below this age hip osteoarthritis is uncommon (it argues against it); from it on, a previous hip injury "
                    + "adds to it.", "JOSPT_HIP_OA_2017", "CHAMBERLAIN_2021", "S2"),
    /** From it, arthritis is common. */
    OSTEOARTHRITIS_COMMON_FROM_AGE(Unit.YEARS, 50,
            "The age from which hip osteoarthritis becomes common (one of the guideline's criteria), and the joint "
                    + "cause of groin pain is more often wear than a labral tear.", "JOSPT_HIP_OA_2017", "CHAMBERLAIN_2021"),
    /** Greater trochanteric pain syndrome by age. */
    GTPS_COMMON_FROM_AGE(Unit.YEARS, 40,
            "Women from this age are the runners greater trochanteric pain syndrome affects most.", "CHAMBERLAIN_2021"),
    /** Iliotibial band syndrome by age. */
    IT_BAND_COMMON_BELOW_AGE(Unit.YEARS, 40,
            "Below this age outer hip pain in a runner is more often IT band syndrome (GTPS peaks after it).",
            "S2", "CHAMBERLAIN_2021"),
    /** Fragile bone by age. */
    FRAGILE_BONE_AGE(Unit.YEARS, 60,
            "The age from which bone breaks more easily: a fall from this age is a fall on fragile bone (the hip-fracture "
                    + "pathway).", "NICE_CG124"),
    /** Anti-inflammatories by age. */
    ANTI_INFLAMMATORY_CAUTION_AGE(Unit.YEARS, 65,
            "The age from which anti-inflammatory drugs carry too high a risk of bleeding and kidney harm to offer "
                    + "unasked.", "NICE_CKS_NSAIDS"),
    /** Unknown pregnancy, from. */
    PREGNANCY_POSSIBLE_FROM_AGE(Unit.YEARS, 12,
            "The youngest age at which a pregnancy that was not asked about is kept in mind (younger once periods have "
                    + "started).", "NICE_NG126", "CONVENTION"),
    /** Unknown pregnancy, to. */
    PREGNANCY_POSSIBLE_TO_AGE(Unit.YEARS, 55,
            "The oldest age at which a pregnancy that was not asked about is kept in mind.", "NICE_NG126", "CONVENTION"),
    /** Irregular periods as a RED-S sign, from. */
    IRREGULAR_PERIODS_SIGN_FROM_AGE(Unit.YEARS, 15,
            "The youngest age at which irregular periods count as a sign of low energy availability (before it, cycles "
                    + "are still settling after the first period).", "MOUNTJOY_2023", "CONVENTION"),
    /** Irregular periods as a RED-S sign, to. */
    IRREGULAR_PERIODS_SIGN_TO_AGE(Unit.YEARS, 45,
            "The oldest age at which irregular periods count as a sign of low energy availability (after it, the "
                    + "perimenopause).", "MOUNTJOY_2023", "CONVENTION"),
    /** Primary amenorrhoea. */
    PRIMARY_AMENORRHOEA_AGE(Unit.YEARS, 15,
            "The age from which periods that have not started count as missing (primary amenorrhoea).", "MOUNTJOY_2023"),

    // ---------------------------------------------------------------- pregnancy and birth

    /** The postpartum window. */
    POSTPARTUM_WINDOW_WEEKS(Unit.WEEKS, 52,
            "The weeks after birth in which hip and pelvic pain still counts as pregnancy-related, and missing periods "
                    + "do not count as a sign of low energy availability.", "S3", "GOOM_2019", "CONVENTION"),
    /** No running after birth. */
    NO_RUNNING_AFTER_BIRTH_WEEKS(Unit.WEEKS, 12,
            "The weeks after birth before running and jumping, with a pelvic-floor assessment first.", "GOOM_2019", "S3"),

    // ---------------------------------------------------------------- body-mass index

    /** Adult overweight. */
    ADULT_OVERWEIGHT_BMI(Unit.BMI, 25,
            "The adult body-mass index from which a runner is overweight (from 18 on; the children's cut-offs below "
                    + "lead to it).", "COLE_2000"),
    /** IOTF boys. */
    OVERWEIGHT_BMI_BOYS(Unit.BMI, 8, new double[] {18.44, 19.10, 19.84, 20.55, 21.22, 21.91, 22.62, 23.29, 23.90, 24.46},
            "The body-mass index from which a boy is overweight for his age (the IOTF cut-offs at whole years); "
                    + "overweight adds to a slipped growth plate.", "COLE_2000"),
    /** IOTF girls. */
    OVERWEIGHT_BMI_GIRLS(Unit.BMI, 8, new double[] {18.35, 19.07, 19.86, 20.74, 21.68, 22.58, 23.34, 23.94, 24.37, 24.70},
            "The body-mass index from which a girl is overweight for her age (the IOTF cut-offs at whole years); when "
                    + "the sex is neither, the lower of the boys' and girls' values counts.", "COLE_2000"),

    // ---------------------------------------------------------------- how long it has hurt

    /** A fresh strain. */
    FRESH_STRAIN_MAX_DAYS(Unit.DAYS, 3,
            "A muscle strain that began suddenly counts as fresh (compression and elevation help) while the pain is at "
                    + "most this many days old.", "S0"),
    /** New hip pain. */
    NEW_PAIN_MAX_DAYS(Unit.DAYS, 14,
            "New hip pain: pain at most this many days old. With a limp and no injury to explain it, it is checked the "
                    + "same day for an infected joint.", "CHAMBERLAIN_2021", "RED_FLAG_SCREENING"),
    /** Short-term pain relief. */
    PAIN_RELIEF_MAX_DAYS(Unit.DAYS, 14,
            "Short-term pain relief is offered while the pain is at most this many days old.", "S0", "S2", "CONVENTION"),
    /** A limp with a risk of infection. */
    INFECTION_RISK_LIMP_MAX_DAYS(Unit.DAYS, 42,
            "With immunosuppression, diabetes or an inflammatory arthritis, a limp with hip pain up to this many days "
                    + "old is checked the same day for an infected joint.", "CHAMBERLAIN_2021", "RED_FLAG_SCREENING"),
    /** Adolescent hip pain. */
    ADOLESCENT_PAIN_MIN_DAYS(Unit.DAYS, 14,
            "A young runner with hip, groin, thigh or knee pain for at least this many days has the hip examined (a "
                    + "slipped growth plate can ache for weeks before a limp).", "PECK_2017", "RED_FLAG_SCREENING"),
    /** Persistent despite rest. */
    PERSISTENT_DESPITE_REST_AFTER_DAYS(Unit.DAYS, 7,
            "Pain lasting more than this many days despite rest should be seen by a clinician.", "S1"),
    /** Rest that counts. */
    PERSISTENT_MIN_REST_DAYS(Unit.DAYS, 3,
            "The days of rest from running after which pain that persists counts as persisting despite rest.",
            "S1", "CONVENTION"),
    /** Getting worse. */
    WORSENING_AFTER_DAYS(Unit.DAYS, 7,
            "Pain that keeps getting worse for more than this many days should be seen by a clinician.", "S4", "S0"),
    /** Self-care that has not helped. */
    SELF_CARE_TRIAL_DAYS(Unit.DAYS, 14,
            "Pain at least this many days old that is not improving despite self-care should be seen by a clinician.",
            "S1", "CONVENTION"),
    /** Rest tried. */
    SELF_CARE_MIN_REST_DAYS(Unit.DAYS, 1,
            "The days of rest from running that count as having tried rest as self-care.", "CONVENTION"),
    /** Long-standing pain. */
    LONG_STANDING_PAIN_DAYS(Unit.DAYS, 42,
            "Pain at least this many days old (six weeks) and not known to be improving should be seen by a clinician, "
                    + "whatever the rest or care tried.", "S0", "S1", "CONVENTION"),
    /** Early tendon pain. */
    EARLY_TENDON_PAIN_DAYS(Unit.DAYS, 42,
            "Tendon pain younger than this many days (the first six weeks) is early: settled with rest, load and ice, "
                    + "and not stretched.", "S3"),

    // ---------------------------------------------------------------- how much it hurts (worst pain, 0 to 10)

    /** Moderate pain. */
    PAIN_RELIEF_MIN_SCORE(Unit.PAIN_SCORE, 4,
            "Pain of at least this score is moderate: short-term pain relief is offered.", "S0", "S2", "CONVENTION"),
    /** Severe abdominal or groin pain. */
    SEVERE_ABDOMINAL_PAIN_SCORE(Unit.PAIN_SCORE, 7,
            "Sudden groin or lower-abdominal pain of at least this score with abdominal or pelvic symptoms is an "
                    + "emergency.", "CHAMBERLAIN_2021", "NICE_NG126", "RED_FLAG_SCREENING"),
    /** Severe pain. */
    SEVERE_PAIN_SCORE(Unit.PAIN_SCORE, 8,
            "Pain of at least this score is severe and is assessed the same day.", "S0", "RED_FLAG_SCREENING"),

    // ---------------------------------------------------------------- training

    /** A distance runner. */
    DISTANCE_RUNNER_KM_PER_WEEK(Unit.KM_PER_WEEK, 40,
            "The weekly distance from which a runner counts as a distance runner (no trial sets it).", "CONVENTION"),
    /** A load spike. */
    LOAD_SPIKE_PERCENT(Unit.PERCENT, 30,
            "A rise in weekly distance of at least this much (the last four weeks against the four before) is a load "
                    + "spike, linked with overuse injuries and bone stress.", "NIELSEN_2014", "ROBERTSON_WOOD_2017"),
    /** Gradual mileage. */
    GRADUAL_MILEAGE_PERCENT(Unit.PERCENT, 10,
            "A rise in distance of at least this much calls for building mileage gradually: S1's 10 % rule, kept as a "
                    + "convention (a trial found it no better than others).", "S1", "BUIST_2008", "CONVENTION"),
    /** Shoes due for replacement. */
    SHOE_REPLACEMENT_KM(Unit.KM, 480,
            "Shoes that have run at least this far are replaced (S1: every 300 to 500 miles).", "S1"),
    /** Worn-out shoes. */
    WORN_OUT_SHOES_KM(Unit.KM, 800,
            "Shoes that have run at least this far are worn out, a risk factor for IT band syndrome.", "S1", "S2"),
    /** Rest days. */
    MIN_REST_DAYS_PER_WEEK(Unit.DAYS_PER_WEEK, 1,
            "A runner who rests fewer days a week than this plans rest days.", "S3"),

    // ---------------------------------------------------------------- the listing scores

    /** Listed. */
    POSSIBLE_SCORE(Unit.EVIDENCE_POINTS, 3,
            "A condition whose evidence adds up to at least this score is listed, as POSSIBLE.", "CONVENTION"),
    /** Likely. */
    LIKELY_SCORE(Unit.EVIDENCE_POINTS, 6,
            "A condition whose evidence adds up to at least this score is LIKELY.", "CONVENTION");

    /** The unit of a threshold. */
    public enum Unit {
        /** Whole years of age. */
        YEARS("years"),
        /** Weeks (of pregnancy or since birth). */
        WEEKS("weeks"),
        /** Days since the pain began, or of rest. */
        DAYS("days"),
        /** Days a week. */
        DAYS_PER_WEEK("days a week"),
        /** Kilometres. */
        KM("km"),
        /** Kilometres a week. */
        KM_PER_WEEK("km a week"),
        /** Percent. */
        PERCENT("%"),
        /** Body-mass index. */
        BMI("kg/m²"),
        /** Worst pain in the last week, 0 to 10. */
        PAIN_SCORE("out of 10"),
        /** The sum of the evidence weights for and against a condition. */
        EVIDENCE_POINTS("points");

        private final String words;

        Unit(String words) {
            this.words = words;
        }

        /** The unit in words, as the rulebook prints it. */
        public String words() {
            return words;
        }
    }

    private final Unit unit;
    private final double[] values;
    private final int firstAge;
    private final String meaning;
    private final List<String> sourceKeys;

    Threshold(Unit unit, double value, String meaning, String... sourceKeys) {
        this(unit, -1, new double[] {value}, meaning, sourceKeys);
    }

    Threshold(Unit unit, int firstAge, double[] byAge, String meaning, String... sourceKeys) {
        this.unit = unit;
        this.values = byAge.clone();
        this.firstAge = firstAge;
        this.meaning = meaning;
        this.sourceKeys = List.of(sourceKeys);
    }

    /** The unit of the value. */
    public Unit unit() {
        return unit;
    }

    /** What the threshold means, in plain words for a clinician. */
    public String meaning() {
        return meaning;
    }

    /**
     * The sources it follows, as keys of {@link org.hiptriage.model.report.Source} ({@code CONVENTION} when no trial
     * settles it), as a rule's {@code @source} names them; a test checks that each key is a source.
     */
    public List<String> sourceKeys() {
        return sourceKeys;
    }

    /** True for a table of values by whole year of age (the IOTF cut-offs). */
    public boolean isByAge() {
        return firstAge >= 0;
    }

    /** The value of a single-valued threshold. */
    public double value() {
        if (isByAge()) {
            throw new IllegalStateException(name() + " is a table by age: use forAge(age)");
        }
        return values[0];
    }

    /** The value, checked to be in {@code expected} units: a rule cannot compare days with weeks by mistake. */
    public double value(Unit expected) {
        if (unit != expected) {
            throw new IllegalArgumentException(name() + " is in " + unit.words() + ", not " + expected.words());
        }
        return value();
    }

    /** The value as a whole number, checked to be in {@code expected} units. */
    public int whole(Unit expected) {
        double v = value(expected);
        if (v != Math.rint(v)) {
            throw new IllegalStateException(name() + " is not a whole number: " + v);
        }
        return (int) v;
    }

    /** The value of a table by age at {@code age}, clamped to the table's first and last age. */
    public double forAge(int age) {
        if (!isByAge()) {
            throw new IllegalStateException(name() + " is not a table by age");
        }
        return values[Math.min(Math.max(age, firstAge), lastAge()) - firstAge];
    }

    /** The first age of a table by age. */
    public int firstAge() {
        return firstAge;
    }

    /** The last age of a table by age. */
    public int lastAge() {
        return firstAge + values.length - 1;
    }

    /** The value as the rulebook prints it: "17", "18.44 at 8, 19.10 at 9, …". */
    public String valueInWords() {
        if (!isByAge()) {
            return format(values[0]);
        }
        return IntStream.range(0, values.length)
                .mapToObj(i -> String.format(Locale.ROOT, "%.2f at %d", values[i], firstAge + i))
                .collect(Collectors.joining(", "));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
