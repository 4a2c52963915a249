package org.hiptriage.model;

/** A place where the pain is felt or to which it spreads. */
public enum Location {
    GROIN("the groin"),
    FRONT_OF_HIP("the front of the hip"),
    LATERAL_HIP("the outside of the hip"),
    BUTTOCK("the buttock"),
    SIT_BONE("the sit bone"),
    INNER_THIGH("the inner thigh"),
    FRONT_OF_THIGH("the front of the thigh"),
    OUTER_THIGH("the outer thigh"),
    BACK_OF_THIGH("the back of the thigh"),
    LOWER_BACK("the lower back"),
    KNEE("the knee"),
    PUBIC_BONE("the pubic bone"),
    /** The shin, calf or foot (contract v2). */
    BELOW_KNEE("below the knee (the shin, calf or foot)"),
    /** The lower abdomen (contract v2). */
    LOWER_ABDOMEN("the lower abdomen");

    private final String words;

    Location(String words) {
        this.words = words;
    }

    /** The code in plain words, as a report's reasons use it. */
    public String words() {
        return words;
    }
}
