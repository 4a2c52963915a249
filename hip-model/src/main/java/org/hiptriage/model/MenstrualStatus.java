package org.hiptriage.model;

/** The runner's periods: a marker of energy availability (female athlete triad, RED-S). */
public enum MenstrualStatus {
    REGULAR, IRREGULAR, ABSENT, NOT_APPLICABLE
}
