package org.hiptriage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Likelihood;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.Phase;
import org.hiptriage.model.report.TriageReport;

/**
 * The safety promises every report keeps, whatever the case. {@link #violations} returns each broken
 * promise in words; an empty list means the report is safe by these measures.
 */
public final class SafetyInvariants {

    /** The conditions that may be managed with self-care when LIKELY. */
    static final Set<ConditionCode> SIMPLE_OVERUSE = java.util.EnumSet.of(ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME,
            ConditionCode.GLUTEUS_MEDIUS_STRAIN, ConditionCode.HIP_FLEXOR_STRAIN, ConditionCode.HIP_FLEXOR_TENDINOPATHY,
            ConditionCode.ILIOPSOAS_BURSITIS, ConditionCode.ADDUCTOR_TENDINOPATHY, ConditionCode.PROXIMAL_HAMSTRING_TENDINOPATHY,
            ConditionCode.ILIOTIBIAL_BAND_SYNDROME);

    /**
     * The care steps that harm a condition while it leads or is likely, as the review named them
     * (kept here independently of the rules, so a rule that stops withdrawing one is caught).
     */
    static final java.util.Map<ConditionCode, Set<CareStepCode>> HARMS = java.util.Map.of(
            ConditionCode.GREATER_TROCHANTERIC_PAIN_SYNDROME, java.util.EnumSet.of(CareStepCode.GENTLE_STRETCHING, CareStepCode.FOAM_ROLLING),
            ConditionCode.PROXIMAL_HAMSTRING_TENDINOPATHY, java.util.EnumSet.of(CareStepCode.GENTLE_STRETCHING),
            ConditionCode.LABRAL_TEAR, java.util.EnumSet.of(CareStepCode.GENTLE_STRETCHING, CareStepCode.ECCENTRIC_HIP_FLEXOR_LOADING));

    /** True when the contract path is answered in the assessment. */
    static boolean answered(Assessment a, String path) {
        String[] parts = path.split("\\.");
        Object section = switch (parts[0]) {
            case "runner" -> a.runner();
            case "pain" -> a.pain();
            case "function" -> a.function();
            case "general" -> a.general();
            case "history" -> a.history();
            case "careSoFar" -> a.careSoFar();
            case "exam" -> a.exam();
            default -> throw new IllegalArgumentException(path);
        };
        try {
            return section.getClass().getMethod(parts[1]).invoke(section) != null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no contract field " + path, e);
        }
    }

    private final Set<String> ruleNames;

    /** A checker that knows the rule names of this engine. */
    public SafetyInvariants(TriageEngine engine) {
        this.ruleNames = engine.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
    }

    /** Every promise the report breaks for this assessment. */
    public List<String> violations(Assessment a, TriageReport r) {
        List<String> v = new ArrayList<>();
        Level level = r.disposition().level();
        for (Flag f : r.flags()) {
            if (f.level().moreUrgentThan(level)) {
                v.add("disposition " + level + " is less urgent than flag " + f.code() + " at " + f.level());
            }
            if (f.code().leastLevel().moreUrgentThan(f.level())) {
                v.add("flag " + f.code() + " is below its least level " + f.code().leastLevel());
            }
            explained(v, "flag " + f.code(), f.because(), f.rules(), f.sources());
        }
        if (level.atLeastAsUrgentAs(Level.URGENT)) {
            r.careSteps().stream().filter(s -> s.phase() == Phase.RETURN)
                    .forEach(s -> v.add("return step " + s.code() + " under a " + level + " disposition"));
        }
        Set<AvoidCode> avoided = r.avoid().stream().map(Avoid::code).collect(Collectors.toSet());
        for (CareStep s : r.careSteps()) {
            for (AvoidCode code : s.code().contradicts()) {
                if (avoided.contains(code)) {
                    v.add("care step " + s.code() + " is also avoided as " + code);
                }
            }
            explained(v, "care step " + s.code(), s.because(), s.rules(), s.sources());
        }
        for (Condition c : r.conditions()) {
            explained(v, "condition " + c.code(), c.because(), c.rules(), c.sources());
        }
        for (Avoid x : r.avoid()) {
            explained(v, "avoid " + x.code(), List.of(x.reason()), x.rules(), x.sources());
            if (x.because().isEmpty() || x.because().stream().anyMatch(String::isBlank)) {
                v.add("avoid " + x.code() + " does not say which facts made it apply");
            }
        }
        // contract v2: openQuestions never lists an answered field, each could raise the disposition,
        // and a report that an answer could raise to EMERGENCY never says SELF_CARE
        for (org.hiptriage.model.report.OpenQuestion q : r.openQuestions()) {
            if (answered(a, q.path())) {
                v.add("open question " + q.path() + " was answered");
            }
            if (!q.couldRaiseTo().moreUrgentThan(level)) {
                v.add("open question " + q.path() + " could not raise a " + level + " disposition");
            }
            if (q.couldRaiseTo() == Level.EMERGENCY && level == Level.SELF_CARE) {
                v.add("self-care while " + q.path() + " could mean an emergency");
            }
        }
        if (r.openQuestions().stream().map(org.hiptriage.model.report.OpenQuestion::path).distinct().count() != r.openQuestions().size()) {
            v.add("an open question is listed twice");
        }
        if (r.conditions().isEmpty() && level == Level.SELF_CARE) {
            v.add("self-care with no fitting condition");
        }
        if (level == Level.SELF_CARE && r.conditions().stream()
                .noneMatch(c -> c.likelihood() == Likelihood.LIKELY && SIMPLE_OVERUSE.contains(c.code()))) {
            v.add("self-care without a LIKELY simple overuse injury");
        }
        for (Condition c : r.conditions()) {
            if (c.code().serious() && Level.URGENT.moreUrgentThan(level)) {
                v.add("serious condition " + c.code() + " listed under a " + level + " disposition");
            }
            if (c.code() == ConditionCode.SEPTIC_ARTHRITIS && level != Level.EMERGENCY) {
                v.add("septic arthritis listed under a " + level + " disposition");
            }
        }
        boolean stressFracture = r.flag(FlagCode.SUSPECTED_STRESS_FRACTURE).isPresent()
                || r.condition(ConditionCode.FEMORAL_NECK_STRESS_FRACTURE).isPresent()
                || r.condition(ConditionCode.PUBIC_RAMUS_STRESS_FRACTURE).isPresent();
        if (stressFracture) {
            r.careSteps().stream().filter(s -> s.phase() == Phase.RETURN)
                    .forEach(s -> v.add("return step " + s.code() + " while a stress fracture stands"));
        }
        for (CareStep s : r.careSteps()) {
            if ((s.instructions() + " " + s.dose()).toLowerCase(java.util.Locale.ROOT).contains("hop")) {
                v.add("care step " + s.code() + " mentions hopping");
            }
        }
        if (!r.conditions().equals(r.conditions().stream().sorted(Comparator.comparing(Condition::score).reversed()).toList())) {
            v.add("conditions are not ranked by score");
        }
        if (!r.careSteps().equals(r.careSteps().stream().sorted(Comparator.comparing(CareStep::phase)).toList())) {
            v.add("care steps are not in phase order");
        }
        if (r.disposition().because().isEmpty()) {
            v.add("the disposition gives no reason");
        }
        if (r.disclaimer().isBlank() || r.safetyNet().isEmpty()) {
            v.add("no disclaimer or safety net");
        }
        return v;
    }

    /** The promises that need the complete rule base: pregnancy and suspected stress fracture. */
    public List<String> completeRuleBaseViolations(Assessment a, TriageReport r) {
        List<String> v = new ArrayList<>();
        if (a.runner().isPregnant()) {
            if (r.avoidEntry(AvoidCode.ANTI_INFLAMMATORY_DRUGS).isEmpty()) {
                v.add("a pregnant runner is not told to avoid anti-inflammatory drugs");
            }
            if (r.careStep(CareStepCode.SHORT_TERM_PAIN_RELIEF).isPresent()) {
                v.add("a pregnant runner is offered over-the-counter pain relief that includes anti-inflammatories");
            }
        }
        // contract v2: no return to running with a possible fracture, a slipped growth plate, an acute limp,
        // or pregnancy with a limp or night pain
        boolean noRunning = r.condition(ConditionCode.HIP_FRACTURE).isPresent()
                || r.condition(ConditionCode.SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS).isPresent()
                || r.flag(FlagCode.ACUTE_HIP_PAIN_WITH_LIMP).isPresent()
                || r.flag(FlagCode.FALL_WITH_FRAGILE_BONE).isPresent()
                || (a.runner().isPregnant() && (a.function().limps()
                        || a.pain().comesAny(org.hiptriage.model.Timing.AT_NIGHT, org.hiptriage.model.Timing.AT_REST)));
        if (noRunning) {
            r.careSteps().stream().filter(s -> s.phase() == Phase.RETURN)
                    .forEach(s -> v.add("return step " + s.code() + " with a possible fracture, SCFE, acute limp or pregnancy with a limp or night pain"));
        }
        // no anti-inflammatories offered where the screen applies
        boolean screen = a.runner().isOrCouldBePregnant() || a.runner().isAtLeast(65) || a.general().hasStomachOrKidneyProblems()
                || a.general().takesAnticoagulants() || r.flag(FlagCode.SUSPECTED_STRESS_FRACTURE).isPresent();
        if (screen && r.careStep(CareStepCode.SHORT_TERM_PAIN_RELIEF).isPresent()) {
            v.add("anti-inflammatory pain relief offered where the screen applies");
        }
        // no care step that harms a condition that leads the list or is likely
        int top = r.conditions().isEmpty() ? Integer.MIN_VALUE : r.conditions().get(0).score();
        for (Condition c : r.conditions()) {
            if (c.score() == top || c.likelihood() == Likelihood.LIKELY) {
                for (CareStepCode harmful : HARMS.getOrDefault(c.code(), Set.of())) {
                    if (r.careStep(harmful).isPresent()) {
                        v.add("care step " + harmful + " harms " + c.code() + ", which leads or is likely");
                    }
                }
            }
        }
        if (r.flag(FlagCode.SUSPECTED_STRESS_FRACTURE).isPresent()) {
            if (r.careStep(CareStepCode.STOP_RUNNING).isEmpty()) {
                v.add("a suspected stress fracture without STOP_RUNNING");
            }
            if (r.careStep(CareStepCode.PROTECTED_WEIGHT_BEARING).isEmpty()) {
                v.add("a suspected stress fracture without PROTECTED_WEIGHT_BEARING");
            }
        }
        return v;
    }

    private void explained(List<String> v, String what, List<String> because, List<String> rules, List<String> sources) {
        if (because.isEmpty() || because.stream().anyMatch(String::isBlank)) {
            v.add(what + " does not say why");
        }
        if (rules.isEmpty()) {
            v.add(what + " names no rule");
        }
        rules.stream().filter(rule -> !ruleNames.contains(rule)).forEach(rule -> v.add(what + " names an unknown rule " + rule));
        if (sources.isEmpty()) {
            v.add(what + " cites no source");
        }
    }
}
