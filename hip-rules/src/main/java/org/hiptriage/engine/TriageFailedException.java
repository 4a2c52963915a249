package org.hiptriage.engine;

/** Thrown when the rule base fails on one case; the engine stays usable for the next. */
public class TriageFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Wraps the failure of one assessment. */
    public TriageFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
