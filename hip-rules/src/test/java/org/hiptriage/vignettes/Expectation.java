package org.hiptriage.vignettes;

import java.util.List;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;

/**
 * The expected outcome of a vignette, written from the clinical notes and the sources
 * ({@code NNN-slug.expected.json}, format in the vignette brief).
 *
 * @param title the runner in one line
 * @param basis where the expectation comes from
 * @param kind what the vignette tests
 * @param conditions the right answer(s); empty means nothing fits
 * @param conditionsAbsent conditions the report must not list at all
 * @param disposition the right disposition
 * @param flags flags that must and must not be raised
 * @param careSteps care steps that must and must not be in the plan
 * @param avoid avoid entries that must and must not be given
 */
public record Expectation(String title, String basis, Kind kind, List<ConditionCode> conditions,
                          List<ConditionCode> conditionsAbsent, Level disposition, Expected<FlagCode> flags,
                          Expected<CareStepCode> careSteps, Expected<AvoidCode> avoid) {

    /** Copies the lists. */
    public Expectation {
        conditions = List.copyOf(conditions);
        conditionsAbsent = List.copyOf(conditionsAbsent);
    }

    /** True when no condition is expected to fit (excluded from the accuracy figures). */
    public boolean nothingFits() {
        return conditions.isEmpty();
    }

    /**
     * Codes that must be in the report and codes that must not.
     *
     * @param present must be there
     * @param absent must not be there
     * @param <E> the code type
     */
    public record Expected<E extends Enum<E>>(List<E> present, List<E> absent) {
        /** Copies the lists. */
        public Expected {
            present = List.copyOf(present);
            absent = List.copyOf(absent);
        }
    }
}
