package org.hiptriage.examples.bench;

import java.util.concurrent.TimeUnit;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.TriageReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One assessment with the engine already built (no JSON): validation, a fresh rule session, every
 * rule layer, the report. Run in sample mode for the median and the 99th percentile, and in
 * throughput mode with {@code -t 2} for two threads sharing one engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2) // 257 rules' lambdas: the JIT needs about 15 s to settle (BENCHMARKS.md)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class AssessBenchmark {

    private TriageEngine engine;
    private Assessment[] cases;

    /** Builds the engine once, as an application would. */
    @Setup(Level.Trial)
    public void setUp() {
        engine = TriageEngine.create();
        cases = Cases.mix();
    }

    /** Closes the engine. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** Assesses the next case of the mix. */
    @Benchmark
    public TriageReport assess(Cases.Cursor cursor) {
        return engine.assess(cursor.next(cases));
    }
}
