package org.hiptriage.model.report;

import java.util.List;

/**
 * An escalation flag.
 *
 * @param code the flag
 * @param level its urgency, never below the code's least level
 * @param message what it tells the runner
 * @param because the facts that raised it, in words
 * @param rules the rules that raised it
 * @param sources the sources of those rules
 */
public record Flag(FlagCode code, Level level, String message, List<String> because, List<String> rules,
                   List<String> sources) {
    /** Copies the lists. */
    public Flag {
        because = List.copyOf(because);
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
    }
}
