package org.hiptriage.vignettes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hiptriage.engine.Explanation;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.TriageReport;

/**
 * What the engine answered for one vignette, compared with what was expected.
 *
 * @param vignette the vignette
 * @param explanation the report and the rules that fired; null when the engine failed
 * @param engineError why the engine failed, or null
 */
public record VignetteOutcome(Vignette vignette, Explanation explanation, String engineError) {

    /** Runs one vignette through the engine (with the rule trace). */
    public static VignetteOutcome run(TriageEngine engine, Vignette vignette) {
        try {
            return new VignetteOutcome(vignette, engine.explain(vignette.assessment()), null);
        } catch (RuntimeException e) {
            return new VignetteOutcome(vignette, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The report, or null when the engine failed. */
    public TriageReport report() {
        return explanation == null ? null : explanation.report();
    }

    /** True when the vignette counts for condition accuracy (something is expected to fit). */
    public boolean scored() {
        return !vignette.expected().nothingFits();
    }

    /** The report's condition codes, ranked. */
    public List<ConditionCode> ranked() {
        return report() == null ? List.of() : report().conditions().stream().map(Condition::code).toList();
    }

    /** The report's first condition is one of the right answers. */
    public boolean top1() {
        List<ConditionCode> ranked = ranked();
        return scored() && !ranked.isEmpty() && vignette.expected().conditions().contains(ranked.get(0));
    }

    /** One of the report's first three conditions is one of the right answers. */
    public boolean top3() {
        return scored() && ranked().stream().limit(3).anyMatch(vignette.expected().conditions()::contains);
    }

    /** The report's disposition, or null when the engine failed. */
    public Level disposition() {
        return report() == null ? null : report().disposition().level();
    }

    /** The disposition is exactly the expected one. */
    public boolean dispositionExact() {
        return disposition() == vignette.expected().disposition();
    }

    /** The disposition is less urgent than expected (or the engine gave none). */
    public boolean underTriaged() {
        return disposition() == null || vignette.expected().disposition().moreUrgentThan(disposition());
    }

    /** The disposition is more urgent than expected. */
    public boolean overTriaged() {
        return disposition() != null && disposition().moreUrgentThan(vignette.expected().disposition());
    }

    /** Every must-have or must-not-have expectation the report breaks (flags, care, avoid, conditionsAbsent). */
    public List<String> breaches() {
        List<String> out = new ArrayList<>();
        if (report() == null) {
            out.add("engine failed: " + engineError);
            return out;
        }
        Expectation e = vignette.expected();
        TriageReport r = report();
        check(out, "flag", e.flags(), codes(r.flags(), Flag::code));
        check(out, "care step", e.careSteps(), codes(r.careSteps(), CareStep::code));
        check(out, "avoid", e.avoid(), codes(r.avoid(), Avoid::code));
        Set<ConditionCode> listed = Set.copyOf(ranked());
        e.conditionsAbsent().stream().filter(listed::contains).forEach(c -> out.add("condition " + c + " listed but must not be"));
        return out;
    }

    private static <T, E extends Enum<E>> Set<E> codes(List<T> items, Function<T, E> code) {
        return items.stream().map(code).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> void check(List<String> out, String what, Expectation.Expected<E> expected, Set<E> actual) {
        expected.present().stream().filter(c -> !actual.contains(c)).forEach(c -> out.add("missing " + what + " " + c));
        expected.absent().stream().filter(actual::contains).forEach(c -> out.add(what + " " + c + " present but must not be"));
    }

    /** Everything that differs from the expectation, in words; empty when the vignette passes completely. */
    public List<String> differences() {
        List<String> out = new ArrayList<>();
        Expectation e = vignette.expected();
        if (report() != null) {
            if (!dispositionExact()) {
                out.add("disposition " + disposition() + ", expected " + e.disposition()
                        + (underTriaged() ? " (UNDER-TRIAGE)" : " (over-triage)"));
            }
            if (scored() && !top3()) {
                out.add("top-3 " + ranked().stream().limit(3).toList() + " misses " + e.conditions());
            } else if (scored() && !top1()) {
                out.add("top-1 " + ranked().get(0) + " instead of " + e.conditions());
            }
        }
        out.addAll(breaches());
        return out;
    }
}
