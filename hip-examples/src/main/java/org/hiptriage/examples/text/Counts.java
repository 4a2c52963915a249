package org.hiptriage.examples.text;

import java.util.regex.Pattern;

/** Counts as a person says them: "1 day", "2 days", "1 more reason". */
public final class Counts {

    /**
     * "1" followed by a plural unit, standing alone (not 21, 0.1 or 1,1): what a rule's words give when a
     * number that is usually larger happens to be one ("pain for 1 days").
     */
    private static final Pattern ONE_AND_A_PLURAL = Pattern.compile(
            "(?<![\\d.,\\-])\\b1 (day|week|month|year|hour|minute|rule|reason|question|time|set|session|case|thread)s\\b");

    private Counts() {
    }

    /** {@code n} and the word for it: {@code of(1, "day", "days")} is "1 day", {@code of(3, …)} "3 days". */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The text with "1 days", "1 weeks", "1 sets" … put right ("1 day"); everything else unchanged. */
    public static String grammar(String text) {
        return text.indexOf('1') < 0 ? text : ONE_AND_A_PLURAL.matcher(text).replaceAll("1 $1");
    }
}
