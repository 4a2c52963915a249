package org.hiptriage.model;

/** When the pain comes. */
public enum Timing {
    DURING_RUN("during runs"),
    AFTER_RUN("after runs"),
    NEXT_MORNING("the next morning"),
    AT_NIGHT("at night"),
    AT_REST("at rest"),
    AFTER_SITTING("after sitting"),
    WHEN_WALKING("when walking"),
    CONSTANT("all the time");

    private final String words;

    Timing(String words) {
        this.words = words;
    }

    /** The code in plain words, as a report's reasons use it. */
    public String words() {
        return words;
    }
}
