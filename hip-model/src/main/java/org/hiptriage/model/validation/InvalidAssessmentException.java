package org.hiptriage.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an assessment is refused; it lists every problem found, never just the first. */
public class InvalidAssessmentException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** Creates the exception for these problems (at least one). */
    public InvalidAssessmentException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid assessment needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the contract's fields. */
    public List<Problem> problems() {
        return problems;
    }
}
