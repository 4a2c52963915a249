package org.hiptriage.model.validation;

/**
 * One thing wrong with an assessment, in contract terms.
 *
 * @param path the contract path, e.g. {@code pain.severity} or {@code pain.locations[1]}
 * @param expected what the contract expects, e.g. "must be 0 to 10"
 * @param got what came, e.g. "14" or "missing"
 */
public record Problem(String path, String expected, String got) {

    /** The problem as one line: {@code pain.severity: must be 0 to 10, was 14}. */
    public String message() {
        return path + ": " + expected + (got == null ? "" : ", was " + got);
    }

    @Override
    public String toString() {
        return message();
    }
}
