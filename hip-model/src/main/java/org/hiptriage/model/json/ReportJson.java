package org.hiptriage.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
        return toLine(tree(report));
    }

    /** The report as a JSON tree, keys in the contract's order. */
    public static ObjectNode tree(TriageReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("contractVersion", report.contractVersion());
        root.put("ruleBaseVersion", report.ruleBaseVersion());
        ObjectNode disposition = root.putObject("disposition");
        disposition.put("level", report.disposition().level().name());
        disposition.put("advice", report.disposition().advice());
        strings(disposition.putArray("because"), report.disposition().because());
        ArrayNode flags = root.putArray("flags");
        for (Flag f : report.flags()) {
            ObjectNode n = flags.addObject();
            n.put("code", f.code().name());
            n.put("level", f.level().name());
            n.put("message", f.message());
            explained(n, f.because(), f.rules(), f.sources());
        }
        ArrayNode conditions = root.putArray("conditions");
        for (Condition c : report.conditions()) {
            ObjectNode n = conditions.addObject();
            n.put("code", c.code().name());
            n.put("name", c.name());
            n.put("likelihood", c.likelihood().name());
            n.put("score", c.score());
            strings(n.putArray("because"), c.because());
            strings(n.putArray("against"), c.against());
            strings(n.putArray("rules"), c.rules());
            strings(n.putArray("sources"), c.sources());
        }
        ArrayNode care = root.putArray("careSteps");
        for (CareStep s : report.careSteps()) {
            ObjectNode n = care.addObject();
            n.put("code", s.code().name());
            n.put("phase", s.phase().name());
            n.put("instructions", s.instructions());
            n.put("dose", s.dose());
            explained(n, s.because(), s.rules(), s.sources());
        }
        ArrayNode avoid = root.putArray("avoid");
        for (Avoid a : report.avoid()) {
            ObjectNode n = avoid.addObject();
            n.put("code", a.code().name());
            n.put("reason", a.reason());
            explained(n, a.because(), a.rules(), a.sources());
        }
        ArrayNode open = root.putArray("openQuestions");
        for (OpenQuestion q : report.openQuestions()) {
            ObjectNode n = open.addObject();
            n.put("path", q.path());
            n.put("question", q.question());
            n.put("why", q.why());
            n.put("couldRaiseTo", q.couldRaiseTo().name());
        }
        strings(root.putArray("safetyNet"), report.safetyNet());
        root.put("disclaimer", report.disclaimer());
        return root;
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

    private static void explained(ObjectNode node, List<String> because, List<String> rules, List<String> sources) {
        strings(node.putArray("because"), because);
        strings(node.putArray("rules"), rules);
        strings(node.putArray("sources"), sources);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String toLine(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report could not be written as JSON", e);
        }
    }
}
