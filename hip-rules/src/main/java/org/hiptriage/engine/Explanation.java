package org.hiptriage.engine;

import java.util.List;
import org.hiptriage.model.report.TriageReport;

/**
 * A report with the rules that fired to produce it.
 *
 * @param report the report
 * @param firedRules every rule that fired, in firing order
 */
public record Explanation(TriageReport report, List<RuleInfo> firedRules) {
    /** Copies the list. */
    public Explanation {
        firedRules = List.copyOf(firedRules);
    }
}
