package org.hiptriage.model;

/** What makes the pain worse. */
public enum Aggravator {
    STAIRS("stairs"),
    UPHILL("running uphill"),
    DOWNHILL("running downhill"),
    SPRINTING("sprinting"),
    LYING_ON_AFFECTED_SIDE("lying on the painful side"),
    RISING_FROM_SITTING("getting up from sitting"),
    PROLONGED_SITTING("sitting for long"),
    SQUATTING("squatting"),
    LUNGING("lunging"),
    HOPPING("hopping"),
    CROSSING_LEGS("crossing the legs"),
    LIFTING_KNEE("lifting the knee"),
    PUSH_OFF("pushing off"),
    DIRECTION_CHANGES("changing direction"),
    STANDING_ON_ONE_LEG("standing on one leg"),
    COUGHING_OR_SNEEZING("coughing or sneezing"),
    WALKING("walking");

    private final String words;

    Aggravator(String words) {
        this.words = words;
    }

    /** The code in plain words, as a report's reasons use it. */
    public String words() {
        return words;
    }
}
