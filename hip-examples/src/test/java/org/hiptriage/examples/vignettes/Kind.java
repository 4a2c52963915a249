package org.hiptriage.examples.vignettes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a vignette tests, as its expected file names it ({@code "kind": "red-flag"}). */
public enum Kind {
    TYPICAL, ATYPICAL, OVERLAP, RED_FLAG, NOTHING_FITS, PREGNANCY, POSTPARTUM, ADOLESCENT, OLDER;

    /** The spelling in the expected file: lower case with hyphens. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind spelt {@code code}, if there is one. */
    public static Optional<Kind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
