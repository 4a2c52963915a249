package org.hiptriage.model.report;

import java.util.List;

/**
 * Something the runner should not do for now.
 *
 * @param code what to avoid
 * @param reason why it is harmful in general, in plain words
 * @param because which of this runner's facts made it apply (contract v2)
 * @param rules the rules that said so
 * @param sources the sources of those rules
 */
public record Avoid(AvoidCode code, String reason, List<String> because, List<String> rules, List<String> sources) {
    /** Copies the lists. */
    public Avoid {
        because = List.copyOf(because);
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
    }
}
