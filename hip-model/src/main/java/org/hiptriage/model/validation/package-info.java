/**
 * Validation against the contract: every problem with its path, what was expected and what came; an invalid
 * assessment is refused whole ({@link org.hiptriage.model.validation.InvalidAssessmentException}).
 */
package org.hiptriage.model.validation;
