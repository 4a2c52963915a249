package org.hiptriage.model.report;

/**
 * An input left unknown that, answered the worrying way, would raise the disposition (contract v2).
 *
 * @param path the contract path of the field, e.g. {@code general.fever}
 * @param question the question in plain words
 * @param why why it matters
 * @param couldRaiseTo the level the answer could raise the disposition to
 */
public record OpenQuestion(String path, String question, String why, Level couldRaiseTo) {
}
