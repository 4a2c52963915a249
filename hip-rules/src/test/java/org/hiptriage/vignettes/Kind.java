package org.hiptriage.vignettes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a vignette tests, as its expected file names it ({@code "kind": "red-flag"}). */
public enum Kind {
    /** The textbook picture of a condition. */
    TYPICAL("the textbook picture of a condition"),
    /** The same condition presenting unusually. */
    ATYPICAL("the same condition presenting unusually (a man with GTPS, SCFE with knee pain only, a stress fracture with mild pain)"),
    /** Neighbouring conditions told apart. */
    OVERLAP("neighbours told apart: outer hip, front of the hip, buttock"),
    /** A warning sign that must escalate. */
    RED_FLAG("fever, cauda equina, trauma, cancer or weight loss, severe pain, cannot bear weight"),
    /** No condition fits. */
    NOTHING_FITS("no condition fits: never SELF_CARE"),
    /** A pregnant runner. */
    PREGNANCY("no anti-inflammatories in pregnancy, pelvic girdle pain"),
    /** A runner who has given birth. */
    POSTPARTUM("no running before ~12 weeks postpartum, pelvic floor first"),
    /** A runner aged 8 to 17. */
    ADOLESCENT("SCFE, avulsion, a limp; an adolescent with a simple tendinopathy"),
    /** An older runner. */
    OLDER("osteoarthritis, septic arthritis, a fall"),
    /** Pain felt in the hip that comes from elsewhere (contract v2). */
    MIMIC("pain felt in the hip that comes from elsewhere: a blood clot, a hernia, the abdomen or pelvis, the spine, "
            + "the growth plate or the blood supply of the femoral head"),
    /** A case with key facts unknown (contract v2). */
    INCOMPLETE("key facts left unknown: unknown is never reassurance; the report asks its open questions and errs "
            + "towards a clinician");

    private final String description;

    Kind(String description) {
        this.description = description;
    }

    /** What vignettes of this kind test, in a few words. */
    public String description() {
        return description;
    }

    /** The spelling in the expected file: lower case with hyphens. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind spelt {@code code}, if there is one. */
    public static Optional<Kind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
