package org.hiptriage.model.report;

import java.util.List;

/**
 * A step of the care plan.
 *
 * @param code the step
 * @param phase when it comes
 * @param instructions what to do
 * @param dose how much, how often, how long
 * @param because why it is in the plan
 * @param rules the rules that recommended it
 * @param sources the sources of those rules
 */
public record CareStep(CareStepCode code, Phase phase, String instructions, String dose, List<String> because,
                       List<String> rules, List<String> sources) {
    /** Copies the lists. */
    public CareStep {
        because = List.copyOf(because);
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
    }
}
