package org.hiptriage.model;

/** What the pain or the hip feels like. */
public enum Quality {
    SHARP("sharp pain"),
    DULL_ACHE("a dull ache"),
    CLICKING("clicking"),
    LOCKING("locking"),
    CATCHING("catching"),
    GIVING_WAY("giving way"),
    STIFFNESS("stiffness"),
    SWELLING("swelling"),
    NUMBNESS("numbness"),
    TINGLING("tingling"),
    BURNING("burning"),
    WEAKNESS("weakness");

    private final String words;

    Quality(String words) {
        this.words = words;
    }

    /** The code in plain words, as a report's reasons use it. */
    public String words() {
        return words;
    }
}
