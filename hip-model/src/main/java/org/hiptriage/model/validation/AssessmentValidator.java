package org.hiptriage.model.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.CareSoFar;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Timing;

/**
 * Checks an assessment against the contract: required fields, ranges, lists and contradictions.
 * It collects every problem rather than stopping at the first.
 */
public final class AssessmentValidator {

    /** The longest a pregnancy lasts, in weeks. */
    public static final int MAX_WEEKS_PREGNANT = 42;

    private final List<Problem> problems = new ArrayList<>();

    private AssessmentValidator() {
    }

    /** Every problem with {@code assessment}; empty when it can be assessed. */
    public static List<Problem> validate(Assessment assessment) {
        AssessmentValidator v = new AssessmentValidator();
        if (assessment == null) {
            v.problems.add(new Problem("$", "must be an assessment", "null"));
            return v.problems;
        }
        v.runner(assessment.runner());
        v.pain(assessment.pain());
        v.function(assessment.function(), assessment.pain());
        v.history(assessment.history());
        v.careSoFar(assessment.careSoFar(), assessment.pain());
        v.general(assessment.general());
        return List.copyOf(v.problems);
    }

    /** Throws {@link InvalidAssessmentException} listing every problem, if there is any. */
    public static void requireValid(Assessment assessment) {
        List<Problem> found = validate(assessment);
        if (!found.isEmpty()) {
            throw new InvalidAssessmentException(found);
        }
    }

    private void runner(Runner runner) {
        if (runner == null) {
            problems.add(new Problem("runner", "is required", "missing"));
            return;
        }
        required("runner.age", runner.age());
        range(ContractRange.AGE, runner.age());
        required("runner.sex", runner.sex());
        Pregnancy pregnancy = runner.pregnancy();
        Integer weeks = runner.weeksPregnantOrPostpartum();
        if (pregnancy == null) {
            if (weeks != null) {
                problems.add(new Problem("runner.weeksPregnantOrPostpartum",
                        "must be absent unless pregnancy is PREGNANT or POSTPARTUM", String.valueOf(weeks)));
            }
        } else if (pregnancy != Pregnancy.NOT_PREGNANT) {
            if (weeks == null) {
                problems.add(new Problem("runner.weeksPregnantOrPostpartum", "is required when pregnancy is " + pregnancy, "missing"));
            } else if (pregnancy == Pregnancy.PREGNANT) {
                range("runner.weeksPregnantOrPostpartum", weeks, 0, MAX_WEEKS_PREGNANT, "weeks of pregnancy");
            } else {
                range(ContractRange.WEEKS_PREGNANT_OR_POSTPARTUM, weeks);
            }
            if (runner.sex() == Sex.MALE) {
                problems.add(new Problem("runner.pregnancy", pregnancy + " is not possible with sex MALE", null));
            }
        } else if (weeks != null) {
            problems.add(new Problem("runner.weeksPregnantOrPostpartum",
                    "must be absent when pregnancy is NOT_PREGNANT", String.valueOf(weeks)));
        }
        if (runner.sex() == Sex.MALE && runner.menstrualStatus() != null
                && runner.menstrualStatus() != MenstrualStatus.NOT_APPLICABLE) {
            problems.add(new Problem("runner.menstrualStatus", "must be NOT_APPLICABLE or absent with sex MALE",
                    runner.menstrualStatus().name()));
        }
        if (runner.sex() == Sex.MALE && Boolean.TRUE.equals(runner.breastfeeding())) {
            problems.add(new Problem("runner.breastfeeding", "cannot be true with sex MALE", "true"));
        }
        range(ContractRange.HEIGHT_CM, runner.heightCm());
        range(ContractRange.WEIGHT_KG, runner.weightKg());
    }

    private void pain(Pain pain) {
        if (pain == null) {
            problems.add(new Problem("pain", "is required", "missing"));
            return;
        }
        if (pain.locations() == null) {
            problems.add(new Problem("pain.locations", "is required (at least one location)", "missing"));
        } else if (pain.locations().isEmpty()) {
            problems.add(new Problem("pain.locations", "must name at least one location", "[]"));
        }
        codes("pain.locations", pain.locations());
        codes("pain.radiatesTo", pain.radiatesTo());
        required("pain.severity", pain.severity());
        range(ContractRange.SEVERITY, pain.severity());
        required("pain.onset", pain.onset());
        required("pain.durationDays", pain.durationDays());
        range(ContractRange.DURATION_DAYS, pain.durationDays());
        codes("pain.qualities", pain.qualities());
        codes("pain.timing", pain.timing());
        codes("pain.aggravators", pain.aggravators());
    }

    private void function(FunctionStatus function, Pain pain) {
        if (function.cannotBearWeight() && function.walksPainFree()) {
            problems.add(new Problem("function.painFreeWalking",
                    "cannot be true when function.canBearWeight is false", "true"));
        }
        if (function.walksPainFree() && pain != null) {
            if (pain.worseWith(Aggravator.WALKING)) {
                problems.add(new Problem("pain.aggravators", "cannot contain WALKING when function.painFreeWalking is true", "WALKING"));
            }
            if (pain.comes(Timing.WHEN_WALKING)) {
                problems.add(new Problem("pain.timing", "cannot contain WHEN_WALKING when function.painFreeWalking is true", "WHEN_WALKING"));
            }
        }
    }

    private void history(History history) {
        range(ContractRange.WEEKLY_DISTANCE_KM, history.weeklyDistanceKm());
        range(ContractRange.DISTANCE_INCREASE_PERCENT, history.distanceIncreasePercent());
        range(ContractRange.SHOE_DISTANCE_KM, history.shoeDistanceKm());
        codes("history.surfaces", history.surfaces());
        range(ContractRange.REST_DAYS_PER_WEEK, history.restDaysPerWeek());
        range(ContractRange.SITTING_HOURS_PER_DAY, history.sittingHoursPerDay());
    }

    private void general(General general) {
        if (general.legNumbnessOrWeaknessSide() != null && !general.hasLegNumbnessOrWeakness()) {
            problems.add(new Problem("general.legNumbnessOrWeaknessSide",
                    "must be absent unless general.legNumbnessOrWeakness is true",
                    general.legNumbnessOrWeaknessSide().name()));
        }
    }

    private void careSoFar(CareSoFar care, Pain pain) {
        range(ContractRange.RESTED_DAYS, care.restedDays());
        if (care.restedDays() != null && pain != null && pain.durationDays() != null
                && care.restedDays() > pain.durationDays() && pain.durationDays() >= 0) {
            problems.add(new Problem("careSoFar.restedDays",
                    "must be at most pain.durationDays (" + pain.durationDays() + ")", String.valueOf(care.restedDays())));
        }
    }

    private void required(String path, Object value) {
        if (value == null) {
            problems.add(new Problem(path, "is required", "missing"));
        }
    }

    private void range(ContractRange range, Number value) {
        range(range.path(), value, range.min(), range.max(), range.unit());
    }

    private void range(String path, Number value, double min, double max, String unit) {
        if (value == null) {
            return;
        }
        double v = value.doubleValue();
        if (Double.isNaN(v) || Double.isInfinite(v) || v < min || v > max) {
            problems.add(new Problem(path, "must be " + format(min) + " to " + format(max) + " (" + unit + ")", format(v)));
        }
    }

    private <T> void codes(String path, List<T> list) {
        if (list == null) {
            return;
        }
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            T item = list.get(i);
            if (item == null) {
                problems.add(new Problem(path + "[" + i + "]", "must be a code", "null"));
            } else if (!seen.add(item)) {
                problems.add(new Problem(path + "[" + i + "]", "must not repeat a code", String.valueOf(item)));
            }
        }
    }

    private static String format(double v) {
        if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.valueOf(v);
    }
}
