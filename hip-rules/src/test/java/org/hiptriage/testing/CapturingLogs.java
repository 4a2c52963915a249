package org.hiptriage.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of the hip-rules tests (registered in META-INF/services): it discards every
 * log event, except between {@link #start()} and {@link #stop()}, when it keeps every event at
 * every level — with the message formatted and the text of any exception and its causes — so a test
 * can read exactly what a production logger would have written.
 */
public final class CapturingLogs implements SLF4JServiceProvider {

    /** One log event. */
    public record Event(Level level, String logger, String text) {
    }

    private static final List<Event> EVENTS = new CopyOnWriteArrayList<>();
    private static volatile boolean capturing;

    private final ILoggerFactory loggers = CapturingLogger::new;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    /** Starts keeping events (and forgets the earlier ones). */
    public static void start() {
        EVENTS.clear();
        capturing = true;
    }

    /** Stops keeping events and returns the ones kept. */
    public static List<Event> stop() {
        capturing = false;
        return List.copyOf(EVENTS);
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
        }

        @Override public boolean isTraceEnabled() { return capturing; }
        @Override public boolean isDebugEnabled() { return capturing; }
        @Override public boolean isInfoEnabled() { return capturing; }
        @Override public boolean isWarnEnabled() { return capturing; }
        @Override public boolean isErrorEnabled() { return capturing; }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            if (!capturing) {
                return;
            }
            StringBuilder text = new StringBuilder(MessageFormatter.basicArrayFormat(pattern, arguments));
            for (Throwable t = throwable; t != null && t != t.getCause(); t = t.getCause()) {
                text.append(" | ").append(t);
            }
            EVENTS.add(new Event(level, name, text.toString()));
        }
    }
}
