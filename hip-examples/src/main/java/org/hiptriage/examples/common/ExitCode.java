package org.hiptriage.examples.common;

/** The exit codes of every hip-triage command (contract §3). */
public final class ExitCode {

    /** Everything asked was done: every file or case assessed, the help printed. */
    public static final int OK = 0;
    /** Anything else: a usage error, an unreadable folder, a failure inside the engine. */
    public static final int FAILED = 1;
    /** At least one file or case was refused; its errors are on standard error or in the output. */
    public static final int REFUSED = 2;

    private ExitCode() {
    }
}
