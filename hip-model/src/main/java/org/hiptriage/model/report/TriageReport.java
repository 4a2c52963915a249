package org.hiptriage.model.report;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one assessment, as contract §2 describes it.
 *
 * @param contractVersion the interchange contract's version
 * @param ruleBaseVersion the version of the rule base that produced it
 * @param disposition how soon to be seen
 * @param flags escalation flags, most urgent first
 * @param conditions candidate conditions, most likely first
 * @param careSteps the care plan, by phase
 * @param avoid what not to do for now
 * @param openQuestions unanswered inputs that could raise the disposition, most urgent first (contract v2)
 * @param safetyNet when to seek help if things change
 * @param disclaimer decision support, not diagnosis
 */
public record TriageReport(int contractVersion, String ruleBaseVersion, Disposition disposition, List<Flag> flags,
                           List<Condition> conditions, List<CareStep> careSteps, List<Avoid> avoid,
                           List<OpenQuestion> openQuestions,
                           List<String> safetyNet, String disclaimer) {

    /** The version of the contract this report follows. */
    public static final int CONTRACT_VERSION = 2;

    /** Copies the lists. */
    public TriageReport {
        flags = List.copyOf(flags);
        conditions = List.copyOf(conditions);
        careSteps = List.copyOf(careSteps);
        avoid = List.copyOf(avoid);
        openQuestions = List.copyOf(openQuestions);
        safetyNet = List.copyOf(safetyNet);
    }

    /** The flag with this code, if raised. */
    public Optional<Flag> flag(FlagCode code) {
        return flags.stream().filter(f -> f.code() == code).findFirst();
    }

    /** The condition with this code, if listed. */
    public Optional<Condition> condition(ConditionCode code) {
        return conditions.stream().filter(c -> c.code() == code).findFirst();
    }

    /** The care step with this code, if in the plan. */
    public Optional<CareStep> careStep(CareStepCode code) {
        return careSteps.stream().filter(c -> c.code() == code).findFirst();
    }

    /** The avoid entry with this code, if any. */
    public Optional<Avoid> avoidEntry(AvoidCode code) {
        return avoid.stream().filter(a -> a.code() == code).findFirst();
    }

    /** The open question about this contract path, if listed. */
    public Optional<OpenQuestion> openQuestion(String path) {
        return openQuestions.stream().filter(q -> q.path().equals(path)).findFirst();
    }

    /** The most likely condition, if any fits. */
    public Optional<Condition> topCondition() {
        return conditions.stream().findFirst();
    }
}
