package org.hiptriage.examples.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The command line's logging (hip-examples and its shaded jar only; the libraries log through slf4j-api and ship no
 * backend), set up in code: Logback found through its {@code Configurator} service, which takes half the time of reading
 * a {@code logback.xml} at every start (BENCHMARKS.md, "Start-up"). Everything goes to standard error, so standard
 * output keeps only reports. It enables:
 * <ul>
 *   <li>{@code org.hiptriage.examples.service} at INFO: the service's access log ({@code ...service.access}: method, path,
 *       status, duration, size, request id), card feedback ({@code ...service.feedback}: card, outcome, reason code) and
 *       its warnings (a request that failed, 5xx: the exception's classes, never its message);</li>
 *   <li>everything else (the engine, Drools, Jetty, HAPI FHIR, Jackson, Nimbus) at WARN; HAPI's lenient parser (it would
 *       quote a value it cannot read) not at all, and Drools' DRL parser at ERROR (its warning that agenda-group is
 *       deprecated says nothing to a user: the rule base's layers are agenda groups by design).</li>
 * </ul>
 * No case data reaches these ({@code LogPrivacyOfTheServiceTest}). Exceptions are written as their classes and stack
 * frames without their messages, which may quote a case ({@link ThrowableWithoutMessages}); a message is one line (line
 * breaks replaced). DEBUG and TRACE would reveal case data: see docs/reliability.md ("Logs") before turning them on.
 *
 * <p>To use another configuration, give Logback a file as usual,
 * {@code java -Dlogback.configurationFile=FILE -jar hip-triage.jar ...}, or put a {@code logback.xml} (or
 * {@code logback-test.xml}) on the class path: this one then steps aside, unless
 * {@code -Dhiptriage.logging=built-in} asks for it.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class CommandLineLogging extends ContextAwareBase implements Configurator {

    /** The log line: UTC time, level, logger, the message on one line, then an exception's classes. */
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX, UTC} %-5level %logger{40} - %replace(%msg){'[\\r\\n]+', ' '}%n"
            + "%exClasses";
    /** The system property that keeps this configuration even when a Logback file is on the class path. */
    static final String BUILT_IN = "hiptriage.logging";

    /** Made by Logback's service loader. */
    public CommandLineLogging() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!"built-in".equals(System.getProperty(BUILT_IN)) && (System.getProperty("logback.configurationFile") != null
                || onClassPath("logback-test.xml") || onClassPath("logback.xml"))) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // a configuration of the user's (or the tests'): Logback reads it
        }
        apply(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as the command line logs. */
    public static void apply(LoggerContext context) {
        // Logback's own status messages would go to standard output, among the reports: never print them
        context.getStatusManager().add(new NopStatusListener());

        // %exClasses, as a <conversionRule> would register it
        @SuppressWarnings("unchecked")
        Map<String, Supplier<DynamicConverter>> rules =
                (Map<String, Supplier<DynamicConverter>>) context.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        if (rules == null) {
            rules = new HashMap<>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
        }
        rules.put("exClasses", ThrowableWithoutMessages::new);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        context.getLogger("org.hiptriage.examples.service").setLevel(Level.INFO);
        context.getLogger("ca.uhn.fhir.parser.LenientErrorHandler").setLevel(Level.OFF);
        context.getLogger("org.drools.drl.parser.lang.ParserHelper").setLevel(Level.ERROR);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
    }

    private static boolean onClassPath(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return (loader != null ? loader : CommandLineLogging.class.getClassLoader()).getResource(resource) != null;
    }
}
