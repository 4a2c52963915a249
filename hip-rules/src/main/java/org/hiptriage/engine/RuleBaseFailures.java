package org.hiptriage.engine;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure inside the rule base into a {@link TriageFailedException} of this one call, and
 * logs it without personal data: only its kind above DEBUG, since a failure's message can quote
 * facts of the case.
 */
final class RuleBaseFailures {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseFailures.class);

    private RuleBaseFailures() {
    }

    /**
     * Runs {@code call}; an exception or an {@link Error} (even a {@link StackOverflowError} or an
     * {@link OutOfMemoryError} of this one call) becomes a {@link TriageFailedException}. Other
     * {@link VirtualMachineError}s (an internal error of the JVM) are rethrown as they are.
     */
    static <T> T guard(Supplier<T> call) {
        try {
            return call.get();
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw failed(e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            throw failed(e);
        }
    }

    private static TriageFailedException failed(Throwable e) {
        LOG.warn("hip-triage rule base failed on one assessment: {}", e.getClass().getName());
        LOG.debug("hip-triage rule base failure", e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new TriageFailedException("the rule base failed on this assessment: " + root, e);
    }
}
