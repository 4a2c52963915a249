package org.hiptriage.examples.bench;

import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.drools.modelcompiler.KieBaseBuilder;
import org.hiptriage.model.Assessment;
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
 * The engine's floor: what Drools itself costs for one case when there is nothing to match. A session
 * (reset and reused as the engine does, unless {@code -p reuse=false}) on an EMPTY knowledge base (no agenda groups to focus; immutable, as the engine's is), the
 * same seven facts inserted, fireAllRules. {@link AssessBenchmark} divided by this is the
 * ratio BENCHMARKS.md reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class FloorBenchmark {

    private KieBase empty;
    private Assessment[] cases;
    private Deque<KieSession> sessions;

    /**
     * Whether sessions are reset and reused as the engine does (true, issue 16), or a fresh session is
     * made and disposed per case ({@code -p reuse=false}, as measured before 2026-12-02).
     */
    @Param({"true"})
    public boolean reuse;

    /** Builds an empty knowledge base. */
    @Setup(Level.Trial)
    public void setUp() {
        empty = KieBaseBuilder.createKieBaseFromModel(List.of(), KieBaseMutabilityOption.DISABLED);
        cases = Cases.mix();
        sessions = Cases.sessions(reuse);
    }

    /** Disposes the idle sessions. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Cases.dispose(sessions);
    }

    /** Runs the same facts through an empty rule base. */
    @Benchmark
    public int emptyRuleBase(Cases.Cursor cursor) {
        return Cases.fireOnce(empty, sessions, cursor.next(cases));
    }
}
