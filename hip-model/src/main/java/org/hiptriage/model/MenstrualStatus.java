package org.hiptriage.model;

/** The runner's periods: a marker of energy availability (female athlete triad, RED-S). */
public enum MenstrualStatus {
    /** Periods come regularly. */
    REGULAR,
    /** Periods come irregularly. */
    IRREGULAR,
    /** Periods have stopped (outside pregnancy). */
    ABSENT,
    /** The question does not apply. */
    NOT_APPLICABLE,
    /** Periods have not begun yet (contract v2); at 15 or over this is primary amenorrhoea. */
    NOT_STARTED,
    /** After the menopause (contract v2). */
    POSTMENOPAUSAL
}
