package org.hiptriage.examples.common;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * Logback's {@code %exClasses} ({@link CommandLineLogging}): an exception as its class, its causes' classes and their stack
 * frames, without any message: a message may quote what it failed on, such as a case. At most
 * {@value #FRAMES} frames of each.
 */
public final class ThrowableWithoutMessages extends ThrowableHandlingConverter {

    /** The most stack frames written for each exception of the chain. */
    static final int FRAMES = 12;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        String prefix = "";
        for (int depth = 0; thrown != null && depth < 10; depth++, thrown = thrown.getCause()) {
            text.append(prefix).append(thrown.getClassName()).append(" (message not logged)\n");
            StackTraceElementProxy[] frames = thrown.getStackTraceElementProxyArray();
            int shown = Math.min(frames.length, FRAMES);
            for (int i = 0; i < shown; i++) {
                text.append("\tat ").append(frames[i].getStackTraceElement()).append('\n');
            }
            if (frames.length > shown) {
                text.append("\t... ").append(frames.length - shown).append(" more\n");
            }
            prefix = "Caused by: ";
        }
        return text.toString();
    }
}
