package org.hiptriage.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hiptriage.engine.impl.DroolsTriage;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.kie.api.KieBase;

/**
 * Turns a runner's hip-pain assessment into a triage report. Build one engine and share it: it is
 * thread-safe, and each call runs in a rule session of its own: one reset after an earlier case
 * (it gives exactly what a new session gives), or a new one. Close the engine to dispose them.
 *
 * <pre>{@code
 * try (TriageEngine engine = TriageEngine.create()) {
 *     TriageReport report = engine.assess(assessment);
 * }
 * }</pre>
 */
public final class TriageEngine implements AutoCloseable {

    /** A class of each part of the DRL compiler that hip-rules leaves out, by the artifact it comes in. */
    private static final Map<String, String> DRL_COMPILER = new TreeMap<>(Map.of(
            "org.drools:drools-drl-parser (with drools-compiler)", "org.drools.drl.parser.DrlParser",
            "org.kie:kie-util-maven-support (with drools-compiler)", "org.kie.util.maven.support.ReleaseIdImpl",
            "org.drools:drools-mvel", "org.drools.mvel.builder.MVELDialectConfiguration",
            "org.drools:drools-xml-support", "org.drools.xml.support.XMLSupportImpl"));

    private final DroolsTriage triage;
    private final RuleCatalogue catalogue;
    private volatile boolean closed;

    /** Package-private: the public way in is {@link #create()}, which loads only the packaged rules. */
    TriageEngine(DroolsTriage triage) {
        this.triage = triage;
        this.catalogue = new RuleCatalogue(triage.rules());
    }

    /**
     * Builds the engine from the rule base packaged in this library (the only rules it ever loads).
     * There is deliberately no way to give an engine your own DRL: a DRL consequence is Java code
     * and runs with the rights of the application, so a rule file is as trusted as a jar.
     */
    public static TriageEngine create() {
        return new TriageEngine(DroolsTriage.load());
    }

    /**
     * Builds the engine by compiling the packaged DRL at run time instead of loading the executable
     * model generated at build time: the same rules, a slower start. For checks and benchmarks.
     *
     * <p>It needs the Drools DRL compiler, which hip-rules leaves out of its run-time dependencies
     * (an application that only calls {@link #create()} does without it): add
     * {@code org.drools:drools-compiler}, {@code org.drools:drools-mvel} and
     * {@code org.drools:drools-xml-support}, in the Drools version hip-rules uses, as dependencies of
     * your own.
     *
     * @throws IllegalStateException naming the dependencies to add, when the DRL compiler is not on
     *         the class path
     */
    public static TriageEngine createFromDrl() {
        List<String> missing = DRL_COMPILER.entrySet().stream()
                .filter(part -> !onClassPath(part.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (!missing.isEmpty()) {
            String version = KieBase.class.getPackage().getImplementationVersion();
            throw new IllegalStateException("TriageEngine.createFromDrl() compiles the DRL at run time and needs the "
                    + "Drools DRL compiler, which is not on the class path (missing " + String.join(", ", missing)
                    + "): hip-rules' run-time dependencies carry only what TriageEngine.create() needs. Add "
                    + "org.drools:drools-compiler, org.drools:drools-mvel and org.drools:drools-xml-support"
                    + (version == null ? " (the version of drools-core)" : " (version " + version + ")")
                    + " as dependencies of your own, or use TriageEngine.create().");
        }
        return new TriageEngine(DroolsTriage.load(false));
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, TriageEngine.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Assesses one case.
     *
     * @throws InvalidAssessmentException listing every problem, when the assessment is refused
     * @throws NullPointerException when {@code assessment} is null
     * @throws IllegalStateException when the engine is closed
     * @throws TriageFailedException when the rule base itself fails on this case
     */
    public TriageReport assess(Assessment assessment) {
        return explain(assessment, false).report();
    }

    /** Assesses one case and lists every rule that fired, in order. */
    public Explanation explain(Assessment assessment) {
        return explain(assessment, true);
    }

    private Explanation explain(Assessment assessment, boolean trace) {
        Objects.requireNonNull(assessment, "assessment must not be null");
        if (closed) {
            throw new IllegalStateException("this TriageEngine is closed");
        }
        AssessmentValidator.requireValid(assessment);
        DroolsTriage.Outcome outcome = RuleBaseFailures.guard(() -> triage.run(assessment, trace));
        return new Explanation(outcome.report(), catalogue.of(outcome.fired()));
    }

    /** The version of the rule base, as reports carry it. */
    public String ruleBaseVersion() {
        return triage.ruleBaseVersion();
    }

    /** Every rule of the rule base with its metadata, in layer and name order. */
    public List<RuleInfo> rules() {
        return catalogue.rules();
    }

    /** Releases the engine and its idle rule sessions; later calls fail with {@link IllegalStateException}. */
    @Override
    public void close() {
        closed = true;
        triage.close();
    }
}
