package org.hiptriage.rules;

import org.hiptriage.model.report.Level;

/**
 * An input left unknown that, answered the worrying way, would call for {@code couldRaiseTo}. The
 * disposition layer never advises self-care while one that could mean an emergency is open, and the
 * review layer puts to the runner those that would raise the disposition it reached.
 *
 * @param path the contract path of the field
 * @param couldRaiseTo the level the worrying answer calls for
 * @param question the question in plain words
 * @param why why it matters
 */
public record Unanswered(String path, Level couldRaiseTo, String question, String why) {

    /** True when the worrying answer would call for a more urgent level than {@code level}. */
    public boolean couldRaise(Level level) {
        return couldRaiseTo.moreUrgentThan(level);
    }

    /** The question as the report shows it. */
    public org.hiptriage.model.report.OpenQuestion asOpenQuestion() {
        return new org.hiptriage.model.report.OpenQuestion(path, question, why, couldRaiseTo);
    }
}
