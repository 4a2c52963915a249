package org.hiptriage.model;

/**
 * One runner's hip pain, as the contract's input describes it. Missing optional sections become
 * "all unknown" sections, so a rule never meets a {@code null} section.
 *
 * <p>Build one with {@link #builder()}, which names every field. The public canonical constructor is there only
 * because Java requires it of a record (the record form is what the contract's field list, the JSON reader, the
 * rules' accessors and equality rest on); do not call it: neighbouring arguments of one type can be swapped
 * without the compiler noticing. {@code OneWayToBuildACaseTest} fails on a call outside this file.
 *
 * @param runner who the runner is (required)
 * @param pain where and how it hurts (required)
 * @param function what the runner can still do
 * @param general general health screening
 * @param history training history and risk factors
 * @param careSoFar care tried so far
 * @param exam clinician's findings, if any
 */
public record Assessment(Runner runner, Pain pain, FunctionStatus function, General general, History history,
                         CareSoFar careSoFar, Exam exam) {

    /** Replaces absent optional sections with their "unknown" value. */
    public Assessment {
        function = function == null ? FunctionStatus.UNKNOWN : function;
        general = general == null ? General.UNKNOWN : general;
        history = history == null ? History.UNKNOWN : history;
        careSoFar = careSoFar == null ? CareSoFar.UNKNOWN : careSoFar;
        exam = exam == null ? Exam.NONE : exam;
    }

    /** A builder holding this assessment's values, to change some of them. */
    public Builder toBuilder() {
        return builder().runner(runner).pain(pain).function(function).general(general).history(history)
                .careSoFar(careSoFar).exam(exam);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Assessment}; sections left out stay unknown. */
    public static final class Builder {
        private Runner runner;
        private Pain pain;
        private FunctionStatus function;
        private General general;
        private History history;
        private CareSoFar careSoFar;
        private Exam exam;

        private Builder() {
        }

        /** Sets the runner. */
        public Builder runner(Runner value) { this.runner = value; return this; }
        /** Sets the runner from a builder. */
        public Builder runner(Runner.Builder value) { return runner(value.build()); }
        /** Sets the pain. */
        public Builder pain(Pain value) { this.pain = value; return this; }
        /** Sets the pain from a builder. */
        public Builder pain(Pain.Builder value) { return pain(value.build()); }
        /** Sets what the runner can still do. */
        public Builder function(FunctionStatus value) { this.function = value; return this; }
        /** Sets what the runner can still do from a builder. */
        public Builder function(FunctionStatus.Builder value) { return function(value.build()); }
        /** Sets the general health answers. */
        public Builder general(General value) { this.general = value; return this; }
        /** Sets the general health answers from a builder. */
        public Builder general(General.Builder value) { return general(value.build()); }
        /** Sets the training history. */
        public Builder history(History value) { this.history = value; return this; }
        /** Sets the training history from a builder. */
        public Builder history(History.Builder value) { return history(value.build()); }
        /** Sets the care tried so far. */
        public Builder careSoFar(CareSoFar value) { this.careSoFar = value; return this; }
        /** Sets the care tried so far from a builder. */
        public Builder careSoFar(CareSoFar.Builder value) { return careSoFar(value.build()); }
        /** Sets the examination findings. */
        public Builder exam(Exam value) { this.exam = value; return this; }
        /** Sets the examination findings from a builder. */
        public Builder exam(Exam.Builder value) { return exam(value.build()); }
        /** Returns the assessment, not yet validated (the engine validates it). */
        public Assessment build() {
            return new Assessment(runner, pain, function, general, history, careSoFar, exam);
        }
    }
}
