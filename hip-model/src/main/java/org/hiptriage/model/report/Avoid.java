package org.hiptriage.model.report;

import java.util.List;

/**
 * Something the runner should not do for now.
 *
 * @param code what to avoid
 * @param reason why, in plain words
 * @param rules the rules that said so
 * @param sources the sources of those rules
 */
public record Avoid(AvoidCode code, String reason, List<String> rules, List<String> sources) {
    /** Copies the lists. */
    public Avoid {
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
    }
}
