package org.hiptriage.examples.bench;

import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.rules.Evidence;
import org.kie.api.KieBase;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The least a rule base that explains itself rule by rule can cost: {@code firings} rules, each with
 * one pattern every case matches and a consequence that inserts one conclusion, built as an
 * executable model like the real rule base, with the same seven facts as {@link FloorBenchmark}. A
 * case of the mix fires 39 rules on average (BENCHMARKS.md), so {@code firings = 39} is what Drools
 * alone charges for that many conclusions, before any clinical constraint, join, ranking or report.
 * With {@code idle = 52} it adds as many rules linked without firing as a case of the mix links.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class FiringsBenchmark {

    /** How many rules fire per case. */
    @Param({"10", "39"})
    public int firings;

    /**
     * How many more rules each case links without firing: two patterns, the first matching every
     * case, the second none (a case of the mix links 52 such rules, {@link TouchedRules}).
     */
    @Param({"0", "52"})
    public int idle;

    private KieBase kieBase;
    private Assessment[] cases;
    private Deque<KieSession> sessions;

    /**
     * Whether sessions are reset and reused as the engine does (true, issue 16), or a fresh session is
     * made and disposed per case ({@code -p reuse=false}, as measured before 2026-12-02).
     */
    @Param({"true"})
    public boolean reuse;

    /** Builds a knowledge base of {@code firings} trivial rules. */
    @Setup(Level.Trial)
    public void setUp() {
        kieBase = KieBaseBuilder.createKieBaseFromModel(List.of(trivialRules(firings, idle)), KieBaseMutabilityOption.DISABLED);
        cases = Cases.mix();
        sessions = Cases.sessions(reuse);
    }

    /**
     * {@code count} rules, each matching any Pain and inserting one piece of evidence, and
     * {@code idle} rules joining any Pain to a runner no case has (over 1,000 years old).
     */
    static Model trivialRules(int count, int idle) {
        ModelImpl model = new ModelImpl();
        ConditionCode[] codes = ConditionCode.values();
        for (int i = 0; i < count; i++) {
            Variable<Pain> pain = declarationOf(Pain.class);
            ConditionCode code = codes[i % codes.length];
            Rule rule = rule("org.hiptriage.bench", "trivial rule " + i)
                    .build(pattern(pain), on(pain).execute((drools, p) -> drools.insert(Evidence.supports(code, 1, "any pain"))));
            model.addRule(rule);
        }
        for (int i = 0; i < idle; i++) {
            Variable<Pain> pain = declarationOf(Pain.class);
            Variable<Runner> runner = declarationOf(Runner.class);
            int years = 1_000 + i; // distinct constraints per rule, as distinct clinical rules have
            int floor = -i;
            Rule rule = rule("org.hiptriage.bench", "idle rule " + i)
                    .build(pattern(pain).expr("any pain " + i, p -> p.severity() == null || p.severity() >= floor),
                            pattern(runner).expr("older than " + years, r -> r.age() != null && r.age() > years),
                            on(pain).execute((drools, p) -> drools.insert(Evidence.supports(ConditionCode.values()[0], 1, "never"))));
            model.addRule(rule);
        }
        return model;
    }

    /** Disposes the idle sessions. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Cases.dispose(sessions);
    }

    /** Runs the seven facts through the trivial rules. */
    @Benchmark
    public int trivialRules(Cases.Cursor cursor) {
        return Cases.fireOnce(kieBase, sessions, cursor.next(cases));
    }
}
