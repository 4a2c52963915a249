package org.hiptriage.engine.impl;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.rules.Layer;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one case through the packaged knowledge base: a session from the {@link SessionPool}, the
 * case's facts inserted, the layers focused in order, the rules fired, and the report assembled from
 * what they concluded. A failure propagates as it came (the engine turns it into its own exception);
 * the session of a failed case is thrown away.
 */
public final class DroolsTriage {

    /** The name of the knowledge base in {@code META-INF/kmodule.xml}. */
    public static final String KIE_BASE = "hipTriage";

    /**
     * What one case gave: the report, and the rules that fired in order (when traced).
     *
     * @param report the triage report
     * @param fired every rule that fired, in order; empty unless traced
     */
    public record Outcome(TriageReport report, List<Rule> fired) {
        /** Copies the list. */
        public Outcome {
            fired = List.copyOf(fired);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DroolsTriage.class);

    private final KieBase kieBase;
    private final String ruleBaseVersion;
    private final SessionPool sessions;
    private final List<Rule> rules;
    /** What a report cites of each rule, read once at load; looked up by identity (no hashing of names). */
    private final Map<Rule, RuleMetadata.Citation> citations;
    /** Citations of a rule not met at load (none in practice), kept for safety. */
    private final Map<Rule, RuleMetadata.Citation> lateCitations = new ConcurrentHashMap<>();

    /** Over any knowledge base (tests inject faults with a test-only DRL); production loads the packaged one ({@link #load()}). */
    DroolsTriage(KieBase kieBase, String ruleBaseVersion) {
        this(kieBase, ruleBaseVersion, SessionPool.DEFAULT_IDLE_SESSIONS);
    }

    /** As above, keeping at most {@code maxIdle} idle sessions (0: a fresh session for every case; tests compare the two). */
    DroolsTriage(KieBase kieBase, String ruleBaseVersion, int maxIdle) {
        this.kieBase = kieBase;
        this.ruleBaseVersion = ruleBaseVersion;
        this.sessions = new SessionPool(kieBase, maxIdle);
        List<Rule> all = new ArrayList<>();
        Map<Rule, RuleMetadata.Citation> cited = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                all.add(rule);
                cited.put(rule, RuleMetadata.citation(rule));
            }
        }
        this.rules = List.copyOf(all);
        this.citations = cited;
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
        DroolsTriage triage = new DroolsTriage(kieBase, RuleBaseVersion.packaged());
        LOG.info("hip-triage rule base {} loaded ({}): {} rules in {} ms", triage.ruleBaseVersion,
                executableModel ? "executable model" : "DRL compiled at run time", triage.rules.size(),
                (System.nanoTime() - start) / 1_000_000);
        return triage;
    }

    /** The rule base's version. */
    public String ruleBaseVersion() {
        return ruleBaseVersion;
    }

    /** Every rule of the knowledge base, as Drools holds it. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * Assesses one valid case in a session of its own (new, or reset after an earlier case that
     * finished); {@code trace} also records the rules that fired. Afterwards the session is reset for
     * reuse if the case finished, and disposed otherwise. The caller validates the case first.
     */
    public Outcome run(Assessment assessment, boolean trace) {
        return run(assessment, trace, List.of());
    }

    /** As {@link #run(Assessment, boolean)}, with {@code extraFacts} inserted too (tests only: given conditions). */
    Outcome run(Assessment assessment, boolean trace, List<?> extraFacts) {
        KieSession session = null;
        boolean finished = false;
        try {
            session = sessions.take();
            SessionRecorder recorder = new SessionRecorder(trace);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            if (trace) {
                session.addEventListener((AgendaEventListener) recorder);
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
            TriageReport report = new ReportAssembler(this::citation, ruleBaseVersion).assemble(recorder, assessment);
            Outcome outcome = new Outcome(report, recorder.fired());
            finished = true;
            return outcome;
        } finally {
            sessions.release(session, finished);
        }
    }

    /** Disposes the idle sessions; a session in use is disposed when its case ends. */
    public void close() {
        sessions.close();
    }

    /** The knowledge base (tests check how it was built). */
    KieBase kieBase() {
        return kieBase;
    }

    /** The session pool (tests count sessions). */
    SessionPool sessions() {
        return sessions;
    }

    private RuleMetadata.Citation citation(Rule rule) {
        RuleMetadata.Citation citation = citations.get(rule);
        return citation != null ? citation : lateCitations.computeIfAbsent(rule, RuleMetadata::citation);
    }

    private static void focusLayers(Agenda agenda) {
        List<Layer> layers = Layer.inOrder();
        for (int i = layers.size() - 1; i >= 0; i--) {
            agenda.getAgendaGroup(layers.get(i).agendaGroup()).setFocus();
        }
    }
}
