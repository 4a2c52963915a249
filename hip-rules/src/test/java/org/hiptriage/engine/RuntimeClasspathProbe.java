package org.hiptriage.engine;

import java.util.ArrayList;
import java.util.List;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.testing.RandomAssessments;

/**
 * Run by {@link RuntimeClasspathTest} in a JVM whose class path is hip-rules' run-time dependencies
 * and nothing else (plus this class and the case generator): prints what the engine concludes on
 * seeded random cases, then what {@link TriageEngine#createFromDrl()} does there.
 */
public final class RuntimeClasspathProbe {

    /** What {@link #main} prints before the line of {@code createFromDrl()}'s outcome. */
    static final String FROM_DRL = "createFromDrl: ";

    private RuntimeClasspathProbe() {
    }

    /** Arguments: the seed and the number of cases. */
    public static void main(String[] args) {
        try (TriageEngine engine = TriageEngine.create()) {
            lines(engine, Long.parseLong(args[0]), Integer.parseInt(args[1])).forEach(System.out::println);
        }
        try (TriageEngine fromDrl = TriageEngine.createFromDrl()) {
            System.out.println(FROM_DRL + "built, " + fromDrl.rules().size() + " rules");
        } catch (IllegalStateException e) {
            System.out.println(FROM_DRL + e.getMessage());
        }
    }

    /** The rule base's version and rules, then for each case its report (contract JSON) and the rules that fired. */
    static List<String> lines(TriageEngine engine, long seed, int cases) {
        List<String> lines = new ArrayList<>();
        lines.add(engine.ruleBaseVersion() + " " + engine.rules());
        for (Assessment assessment : new RandomAssessments(seed).next(cases)) {
            Explanation explanation = engine.explain(assessment);
            lines.add(ReportJson.write(explanation.report()) + " " + explanation.firedRules().stream().map(RuleInfo::name).toList());
        }
        return lines;
    }
}
