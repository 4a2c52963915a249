package org.hiptriage.model.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.Problem;

/**
 * Writes a triage report as the contract's JSON (contract §2, version {@value TriageReport#CONTRACT_VERSION}), keys in the
 * contract's order, and the command line's error lines.
 */
public final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    /** The report as one line of contract JSON, keys in the contract's order. */
    public static String write(TriageReport report) {
        try {
            return MAPPER.writeValueAsString(new Streamed(report)); // Jackson's recycled buffers, no tree
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }

    /** A report that Jackson writes by {@link #write(JsonGenerator, TriageReport)}. */
    private static final class Streamed extends JsonSerializable.Base {
        private final TriageReport report;

        Streamed(TriageReport report) {
            this.report = report;
        }

        @Override
        public void serialize(JsonGenerator g, SerializerProvider provider) throws IOException {
            write(g, report);
        }

        @Override
        public void serializeWithType(JsonGenerator g, SerializerProvider provider, TypeSerializer types) throws IOException {
            write(g, report);
        }
    }

    /** The report as a JSON tree, keys in the contract's order. */
    public static ObjectNode tree(TriageReport report) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            write(buffer, report);
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }

    /** Streams the report straight to {@code g}: no tree in between (the contract's one description of its keys). */
    private static void write(JsonGenerator g, TriageReport report) throws IOException {
        g.writeStartObject();
        g.writeNumberField("contractVersion", report.contractVersion());
        g.writeStringField("ruleBaseVersion", report.ruleBaseVersion());
        g.writeObjectFieldStart("disposition");
        g.writeStringField("level", report.disposition().level().name());
        g.writeFieldName("advice");
        constant(g, report.disposition().advice());
        strings(g, "because", report.disposition().because());
        g.writeEndObject();
        g.writeArrayFieldStart("flags");
        for (Flag f : report.flags()) {
            g.writeStartObject();
            g.writeStringField("code", f.code().name());
            g.writeStringField("level", f.level().name());
            g.writeFieldName("message");
            constant(g, f.message());
            explained(g, f.because(), f.rules(), f.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conditions");
        for (Condition c : report.conditions()) {
            g.writeStartObject();
            g.writeStringField("code", c.code().name());
            g.writeFieldName("name");
            constant(g, c.name());
            g.writeStringField("likelihood", c.likelihood().name());
            g.writeNumberField("score", c.score());
            strings(g, "because", c.because());
            strings(g, "against", c.against());
            constants(g, "rules", c.rules());
            constants(g, "sources", c.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("careSteps");
        for (CareStep s : report.careSteps()) {
            g.writeStartObject();
            g.writeStringField("code", s.code().name());
            g.writeStringField("phase", s.phase().name());
            g.writeFieldName("instructions");
            constant(g, s.instructions());
            g.writeStringField("dose", s.dose());
            explained(g, s.because(), s.rules(), s.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("avoid");
        for (Avoid a : report.avoid()) {
            g.writeStartObject();
            g.writeStringField("code", a.code().name());
            g.writeStringField("reason", a.reason());
            explained(g, a.because(), a.rules(), a.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("openQuestions");
        for (OpenQuestion q : report.openQuestions()) {
            g.writeStartObject();
            g.writeStringField("path", q.path());
            g.writeFieldName("question");
            constant(g, q.question());
            g.writeFieldName("why");
            constant(g, q.why());
            g.writeStringField("couldRaiseTo", q.couldRaiseTo().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        constants(g, "safetyNet", report.safetyNet());
        g.writeFieldName("disclaimer");
        constant(g, report.disclaimer());
        g.writeEndObject();
    }

    /** The command line's error line for a refused file: {@code {"file": …, "errors": [{"path": …, "message": …}]}}. */
    public static String errorLine(String file, List<Problem> problems) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        ArrayNode errors = root.putArray("errors");
        for (Problem p : problems) {
            ObjectNode n = errors.addObject();
            n.put("path", p.path());
            n.put("message", p.message());
        }
        return toLine(root);
    }

    private static void explained(JsonGenerator g, List<String> because, List<String> rules, List<String> sources) throws IOException {
        strings(g, "because", because);
        constants(g, "rules", rules);
        constants(g, "sources", sources);
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    /**
     * The rule base's own words, which recur report after report (messages, instructions, rule names, sources, the safety
     * net), each quoted for JSON once and then copied as it is; bounded, in case a rule base words them case by case.
     */
    private static final Map<String, SerializedString> QUOTED = new ConcurrentHashMap<>();
    private static final int MAX_QUOTED = 20_000;

    private static void constant(JsonGenerator g, String value) throws IOException {
        SerializedString quoted = value == null ? null : QUOTED.get(value);
        if (quoted == null) {
            if (value == null || QUOTED.size() >= MAX_QUOTED) {
                g.writeString(value);
                return;
            }
            quoted = QUOTED.computeIfAbsent(value, SerializedString::new);
        }
        g.writeString(quoted);
    }

    private static void constants(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            constant(g, value);
        }
        g.writeEndArray();
    }

    private static String toLine(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }
}
