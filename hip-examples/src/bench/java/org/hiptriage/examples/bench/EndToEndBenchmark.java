package org.hiptriage.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ContractFields;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.model.validation.Problem;
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
 * What users run, end to end: contract JSON in (UTF-8 bytes, as the command line and the service
 * receive them) → the strict reader ({@link AssessmentJson}) → the engine → the report as contract
 * JSON text ({@link ReportJson}), over the same case mix as {@link AssessBenchmark} (issue 16,
 * target 1: at least 0.9 × its throughput on 2 threads). {@code read}, {@code validate} and {@code write} price the
 * steps around the engine alone, to show where the difference goes. Same modes as {@link AssessBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2) // as AssessBenchmark: the rule base's lambdas need about 15 s to settle
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class EndToEndBenchmark {

    private TriageEngine engine;
    private byte[][] json;
    private TriageReport[] reports;
    private Assessment[] cases;

    /** Builds the engine once and writes every case of the mix as contract JSON, checked to read back equal. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        engine = TriageEngine.create();
        cases = Cases.mix();
        json = new byte[cases.length][];
        reports = new TriageReport[cases.length];
        for (int i = 0; i < cases.length; i++) {
            json[i] = contractJson(cases[i]).getBytes(StandardCharsets.UTF_8);
            if (!AssessmentJson.parse(json[i]).equals(cases[i])) {
                throw new IllegalStateException("case " + i + " does not read back as itself: " + new String(json[i], StandardCharsets.UTF_8));
            }
            reports[i] = engine.assess(cases[i]);
        }
    }

    /** Closes the engine. */
    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /** The next case of the mix from JSON bytes to the report's JSON text. */
    @Benchmark
    public String endToEnd(Cases.Cursor cursor) {
        return ReportJson.write(engine.assess(AssessmentJson.parse(json[cursor.next++ & (Cases.COUNT - 1)])));
    }

    /** The strict reader alone (its validation included). */
    @Benchmark
    public Assessment read(Cases.Cursor cursor) {
        return AssessmentJson.parse(json[cursor.next++ & (Cases.COUNT - 1)]);
    }

    /** The model's validator alone: the engine runs it again on what the reader has already validated. */
    @Benchmark
    public List<Problem> validate(Cases.Cursor cursor) {
        return AssessmentValidator.validate(cursor.next(cases));
    }

    /** The report writer alone, on the reports of the mix. */
    @Benchmark
    public String write(Cases.Cursor cursor) {
        return ReportJson.write(reports[cursor.next++ & (Cases.COUNT - 1)]);
    }

    /** A case as contract JSON: every section and field the model has, nulls included, from the record components. */
    static String contractJson(Assessment a) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        for (String section : ContractFields.sections()) {
            Record value = (Record) Assessment.class.getMethod(section).invoke(a);
            if (value == null) {
                continue;
            }
            ObjectNode node = root.putObject(section);
            for (ContractFields.Field field : ContractFields.fields(section)) {
                Object v = field.valueIn(value);
                node.set(field.name(), mapper.valueToTree(v instanceof Enum<?> e ? e.name()
                        : v instanceof List<?> list ? list.stream().map(x -> ((Enum<?>) x).name()).toList() : v));
            }
        }
        return mapper.writeValueAsString(root);
    }
}
