package org.hiptriage.engine.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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

/** The Drools side of the engine: loads the packaged knowledge base once and runs one session per case. */
public final class DroolsTriage {

    /** The name of the knowledge base in {@code META-INF/kmodule.xml}. */
    public static final String KIE_BASE = "hipTriage";

    private static final Logger LOG = LoggerFactory.getLogger(DroolsTriage.class);
    private static final String VERSION_RESOURCE = "/org/hiptriage/rules/rulebase.properties";

    private final KieBase kieBase;
    private final String ruleBaseVersion;
    private final Map<Rule, RuleInfo> infoByRule = new ConcurrentHashMap<>();
    private final List<RuleInfo> rules;
    private final Map<String, DrlRules.DrlRule> drlByName;

    private DroolsTriage(KieBase kieBase, String ruleBaseVersion) {
        this.kieBase = kieBase;
        this.ruleBaseVersion = ruleBaseVersion;
        this.drlByName = DrlRules.byName(KnowledgeBases.drlFiles());
        List<RuleInfo> all = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                all.add(info(rule));
            }
        }
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

    private static String readVersion() {
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
        return rules;
    }

    /** Validates and assesses one case in a fresh session; {@code trace} also records the rules that fired. */
    public Explanation run(Assessment assessment, boolean trace) {
        AssessmentValidator.requireValid(assessment);
        KieSession session = kieBase.newKieSession();
        try {
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
            session.fireAllRules();
            var report = new ReportAssembler(this::info, ruleBaseVersion).assemble(recorder);
            List<RuleInfo> fired = recorder.fired().stream().map(this::info).collect(Collectors.toList());
            return new Explanation(report, fired);
        } catch (RuntimeException e) {
            if (e instanceof org.hiptriage.model.validation.InvalidAssessmentException) {
                throw e;
            }
            LOG.warn("hip-triage rule base failed on one assessment: {}", e.toString());
            throw new TriageFailedException("the rule base failed on this assessment: " + e.getMessage(), e);
        } finally {
            session.dispose();
        }
    }

    private static void focusLayers(Agenda agenda) {
        List<Layer> layers = Layer.inOrder();
        for (int i = layers.size() - 1; i >= 0; i--) {
            agenda.getAgendaGroup(layers.get(i).agendaGroup()).setFocus();
        }
    }

    RuleInfo info(Rule rule) {
        return infoByRule.computeIfAbsent(rule, r -> RuleMetadata.describe(r, drlByName.get(r.getName())));
    }
}
