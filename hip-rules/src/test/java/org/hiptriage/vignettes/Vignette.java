package org.hiptriage.vignettes;

import java.nio.file.Path;
import org.hiptriage.model.Assessment;

/**
 * One clinical vignette: an assessment in the contract's JSON and its expected outcome.
 *
 * @param id the file name without {@code .json}, e.g. {@code 001-gtps-typical}
 * @param input the assessment file
 * @param expectedFile the expected-outcome file
 * @param assessment the assessment as read by {@link org.hiptriage.model.json.AssessmentJson}
 * @param expected the expected outcome
 */
public record Vignette(String id, Path input, Path expectedFile, Assessment assessment, Expectation expected) {
}
