package org.hiptriage.model.report;

import java.util.List;

/**
 * A candidate condition.
 *
 * @param code the condition
 * @param name its name in words
 * @param likelihood LIKELY or POSSIBLE
 * @param score the sum of the weights for and against it
 * @param because the facts for it
 * @param against the facts against it
 * @param rules the rules that weighed it
 * @param sources the sources of those rules
 */
public record Condition(ConditionCode code, String name, Likelihood likelihood, int score, List<String> because,
                        List<String> against, List<String> rules, List<String> sources) {
    /** Copies the lists. */
    public Condition {
        because = List.copyOf(because);
        against = List.copyOf(against);
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
    }
}
