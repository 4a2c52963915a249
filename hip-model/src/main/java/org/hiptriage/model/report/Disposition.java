package org.hiptriage.model.report;

import java.util.List;

/**
 * The one overall answer: how soon to be seen, and why.
 *
 * @param level how urgent
 * @param advice what to do, in plain words
 * @param because the facts that led here
 */
public record Disposition(Level level, String advice, List<String> because) {
    /** Copies the list. */
    public Disposition {
        because = List.copyOf(because);
    }
}
