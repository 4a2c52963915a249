package org.hiptriage.engine.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.hiptriage.engine.Explanation;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.TriageFailedException;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.rules.Layer;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools side of the engine: loads the packaged knowledge base once and runs one session per
 * case. A session whose case finished is reset and kept for the next case (Drools keeps the memories
 * it built for the network, which saves about a sixth of an assessment); a session whose case failed
 * is thrown away.
 */
public final class DroolsTriage {

    /** The name of the knowledge base in {@code META-INF/kmodule.xml}. */
    public static final String KIE_BASE = "hipTriage";

    private static final Logger LOG = LoggerFactory.getLogger(DroolsTriage.class);
    private static final String VERSION_RESOURCE = "/org/hiptriage/rules/rulebase.properties";

    /** Idle sessions kept per engine: enough for every core twice over; more are disposed. */
    static final int DEFAULT_IDLE_SESSIONS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final KieBase kieBase;
    private final String ruleBaseVersion;
    /** Sessions reset after a case that finished, ready for the next one. */
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    private final int maxIdle;
    private volatile boolean closed;
    /** Every rule's metadata, read once at load; looked up by identity on every conclusion (no hashing of names). */
    private final Map<Rule, RuleInfo> infoByRule;
    /** Metadata of a rule not met at load (none in practice), kept for safety. */
    private final Map<Rule, RuleInfo> lateInfo = new ConcurrentHashMap<>();
    private final List<RuleInfo> rules;
    /** The rules with what they conclude, read from their DRL text on first need (the rulebook, explanations). */
    private volatile Described described;

    private record Described(Map<Rule, RuleInfo> byRule, List<RuleInfo> rules) {
    }

    /**
     * An engine over any knowledge base. Package-private on purpose: production code builds only the
     * packaged rule base ({@link #load()}); tests use this to inject faults with a test-only DRL.
     */
    DroolsTriage(KieBase kieBase, String ruleBaseVersion) {
        this(kieBase, ruleBaseVersion, DEFAULT_IDLE_SESSIONS);
    }

    /** As above, keeping at most {@code maxIdle} idle sessions (0: a fresh session for every case; tests compare the two). */
    DroolsTriage(KieBase kieBase, String ruleBaseVersion, int maxIdle) {
        this.kieBase = kieBase;
        this.ruleBaseVersion = ruleBaseVersion;
        this.maxIdle = maxIdle;
        List<RuleInfo> all = new ArrayList<>();
        Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = RuleMetadata.describe(rule);
                byRule.put(rule, info);
                all.add(info);
            }
        }
        this.infoByRule = byRule;
        all.sort(Comparator.comparing(RuleInfo::layer).thenComparing(RuleInfo::packageName).thenComparing(RuleInfo::name));
        this.rules = List.copyOf(all);
    }

    /** Loads the knowledge base packaged with the library (never rules from anywhere else): the executable model when present. */
    public static DroolsTriage load() {
        return load(KnowledgeBases.hasExecutableModel());
    }

    /** Loads the packaged knowledge base from the executable model, or by compiling its DRL at run time. */
    public static DroolsTriage load(boolean executableModel) {
        long start = System.nanoTime();
        KieBase kieBase;
        try {
            kieBase = executableModel ? KnowledgeBases.fromExecutableModel() : KnowledgeBases.fromDrl();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the hip-triage rule base does not build: " + e.getMessage(), e);
        }
        DroolsTriage triage = new DroolsTriage(kieBase, readVersion());
        LOG.info("hip-triage rule base {} loaded ({}): {} rules in {} ms", triage.ruleBaseVersion,
                executableModel ? "executable model" : "DRL compiled at run time", triage.rules.size(),
                (System.nanoTime() - start) / 1_000_000);
        return triage;
    }

    /** The version in {@code rulebase.properties}. */
    static String readVersion() {
        try (InputStream in = DroolsTriage.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + VERSION_RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule base's version. */
    public String ruleBaseVersion() {
        return ruleBaseVersion;
    }

    /** Every rule, in layer order. */
    public List<RuleInfo> rules() {
        return described().rules();
    }

    /**
     * Validates and assesses one case in a session of its own (new, or reset after an earlier case
     * that finished); {@code trace} also records the rules that fired. Afterwards the session is reset
     * for reuse if the case finished, and disposed otherwise. A failure inside the rule base — an exception,
     * an {@link Error} such as an {@link AssertionError} or a {@link LinkageError}, even a
     * {@link StackOverflowError} or an {@link OutOfMemoryError} of this one call — fails this call
     * with a {@link TriageFailedException} and leaves the engine usable: the session is thrown away
     * and the knowledge base is never changed by a session. Other {@link VirtualMachineError}s (an
     * internal error of the JVM) are rethrown as they are.
     *
     * @throws org.hiptriage.model.validation.InvalidAssessmentException when the assessment is refused
     */
    public Explanation run(Assessment assessment, boolean trace) {
        return run(assessment, trace, List.of());
    }

    /** As {@link #run(Assessment, boolean)}, with {@code extraFacts} inserted too (tests only: given conditions). */
    Explanation run(Assessment assessment, boolean trace, List<?> extraFacts) {
        AssessmentValidator.requireValid(assessment);
        KieSession session = null;
        boolean finished = false;
        try {
            session = take();
            SessionRecorder recorder = new SessionRecorder(trace);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            if (trace) {
                session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            }
            focusLayers(session.getAgenda());
            session.insert(assessment.runner());
            session.insert(assessment.pain());
            session.insert(assessment.function());
            session.insert(assessment.general());
            session.insert(assessment.history());
            session.insert(assessment.careSoFar());
            session.insert(assessment.exam());
            extraFacts.forEach(session::insert);
            session.fireAllRules();
            var report = new ReportAssembler(this::info, ruleBaseVersion).assemble(recorder, assessment);
            Map<Rule, RuleInfo> full = trace ? described().byRule() : Map.of();
            List<RuleInfo> fired = recorder.fired().stream().map(r -> full.getOrDefault(r, info(r))).collect(Collectors.toList());
            Explanation explanation = new Explanation(report, fired);
            finished = true;
            return explanation;
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw failed(e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            throw failed(e);
        } finally {
            release(session, finished);
        }
    }

    /** An idle session, or a new one. */
    private KieSession take() {
        KieSession session = idle.pollFirst();
        return session != null ? session : kieBase.newKieSession();
    }

    /**
     * Keeps a session whose rules ran to the end, reset to its state when new (no facts, no listeners,
     * an empty agenda), while fewer than {@code maxIdle} wait; disposes any other. A session whose
     * case failed is never reused: nothing of one case may reach the next.
     */
    private void release(KieSession session, boolean finished) {
        if (session == null) {
            return;
        }
        boolean kept = false;
        try {
            if (finished && !closed && idle.size() < maxIdle) {
                ((StatefulKnowledgeSessionImpl) session).reset();
                idle.offerFirst(session);
                // the engine may have closed meanwhile: then close() may have missed this one
                kept = !closed || !idle.remove(session);
            }
        } catch (RuntimeException e) {
            LOG.warn("hip-triage could not reset a rule session: {}", e.getClass().getName());
        } finally {
            if (!kept) {
                dispose(session);
            }
        }
    }

    /** Disposes the idle sessions; a session in use is disposed when its case ends. */
    public void close() {
        closed = true;
        for (KieSession session = idle.pollFirst(); session != null; session = idle.pollFirst()) {
            dispose(session);
        }
    }

    private static TriageFailedException failed(Throwable e) {
        // the message of a failure can quote facts of the case: only its kind above DEBUG (no personal data in logs)
        LOG.warn("hip-triage rule base failed on one assessment: {}", e.getClass().getName());
        LOG.debug("hip-triage rule base failure", e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new TriageFailedException("the rule base failed on this assessment: " + root, e);
    }

    private static void dispose(KieSession session) {
        if (session == null) {
            return;
        }
        try {
            session.dispose();
        } catch (RuntimeException e) {
            LOG.warn("hip-triage could not dispose a rule session: {}", e.getClass().getName());
        }
    }

    /** The knowledge base (tests check how it was built). */
    KieBase kieBase() {
        return kieBase;
    }

    /** How many rule sessions of this knowledge base are alive: in use or idle (for leak tests). */
    int liveSessions() {
        return kieBase.getKieSessions().size();
    }

    /** How many sessions wait idle for the next case. */
    int idleSessions() {
        return idle.size();
    }

    private static void focusLayers(Agenda agenda) {
        List<Layer> layers = Layer.inOrder();
        for (int i = layers.size() - 1; i >= 0; i--) {
            agenda.getAgendaGroup(layers.get(i).agendaGroup()).setFocus();
        }
    }

    RuleInfo info(Rule rule) {
        RuleInfo info = infoByRule.get(rule);
        return info != null ? info : lateInfo.computeIfAbsent(rule, RuleMetadata::describe);
    }

    /**
     * Every rule's metadata with what it concludes and tests, read from the packaged DRL text once, on
     * first need: assessing a case does not need it, so it costs nothing at start.
     */
    private Described described() {
        Described d = described;
        if (d == null) {
            synchronized (this) {
                d = described;
                if (d == null) {
                    Map<String, DrlRules.DrlRule> drl = DrlRules.byName(KnowledgeBases.drlFiles());
                    Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
                    List<RuleInfo> all = new ArrayList<>();
                    for (Rule rule : infoByRule.keySet()) {
                        RuleInfo info = RuleMetadata.describe(rule, drl.get(rule.getName()));
                        byRule.put(rule, info);
                        all.add(info);
                    }
                    all.sort(Comparator.comparing(RuleInfo::layer).thenComparing(RuleInfo::packageName).thenComparing(RuleInfo::name));
                    d = new Described(Collections.unmodifiableMap(byRule), List.copyOf(all));
                    described = d;
                }
            }
        }
        return d;
    }
}
