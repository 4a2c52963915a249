package org.hiptriage.vignettes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The accuracy table of the vignette suite, and the thresholds it must meet. */
public final class SuiteSummary {

    /** The published benchmarks the table is read against. */
    public static final String COMPARE = "symptom checkers ~51 % top-3, 57 % triage (Semigran 2015); "
            + "best app 70.5 % top-3, GPs 82.1 % (Gilbert 2020)";

    private final List<VignetteOutcome> outcomes;

    /** A summary of these outcomes. */
    public SuiteSummary(List<VignetteOutcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    /** The number of vignettes. */
    public int vignettes() {
        return outcomes.size();
    }

    /** The vignettes that count for condition accuracy (nothing-fits excluded). */
    public int scored() {
        return count(VignetteOutcome::scored);
    }

    /** Top-1 hits among the scored vignettes. */
    public int top1() {
        return count(VignetteOutcome::top1);
    }

    /** Top-3 hits among the scored vignettes. */
    public int top3() {
        return count(VignetteOutcome::top3);
    }

    /** Vignettes with exactly the expected disposition. */
    public int dispositionExact() {
        return count(VignetteOutcome::dispositionExact);
    }

    /** Vignettes answered less urgently than expected. */
    public int underTriaged() {
        return count(VignetteOutcome::underTriaged);
    }

    /** Vignettes answered more urgently than expected. */
    public int overTriaged() {
        return count(VignetteOutcome::overTriaged);
    }

    /** Vignettes that break a must-have or must-not-have expectation. */
    public int breached() {
        return count(o -> !o.breaches().isEmpty());
    }

    /** Top-3 accuracy, 0 to 1 (1 when nothing is scored). */
    public double top3Rate() {
        return scored() == 0 ? 1.0 : (double) top3() / scored();
    }

    /** Exact disposition, 0 to 1. */
    public double dispositionRate() {
        return vignettes() == 0 ? 0.0 : (double) dispositionExact() / vignettes();
    }

    private int count(Predicate<VignetteOutcome> p) {
        return (int) outcomes.stream().filter(p).count();
    }

    /** Every reason the suite fails, all at once; empty when it passes. */
    public List<String> failures(double minTop3, double minDisposition) {
        List<String> out = new ArrayList<>();
        if (vignettes() == 0) {
            out.add("no vignettes were run");
        }
        for (VignetteOutcome o : outcomes) {
            if (o.underTriaged()) {
                out.add(o.vignette().id() + ": under-triaged: " + o.disposition() + ", expected " + o.vignette().expected().disposition());
            }
            o.breaches().forEach(b -> out.add(o.vignette().id() + ": " + b));
        }
        if (top3Rate() < minTop3) {
            out.add(String.format(Locale.ROOT, "top-3 condition accuracy %s is below %.0f %%", percent(top3(), scored()), minTop3 * 100));
        }
        if (dispositionRate() < minDisposition) {
            out.add(String.format(Locale.ROOT, "exact disposition %s is below %.0f %%",
                    percent(dispositionExact(), vignettes()), minDisposition * 100));
        }
        return out;
    }

    /** The table, the comparison line and one line per vignette that differs, as Markdown. */
    public String markdown(String ruleBaseVersion) {
        StringBuilder md = new StringBuilder();
        md.append("# Vignette suite\n\n");
        md.append("Rule base ").append(ruleBaseVersion).append(".\n\n");
        md.append("| measure | value |\n|---|---|\n");
        md.append("| vignettes | ").append(vignettes()).append(" (").append(vignettes() - scored())
                .append(" nothing-fits, excluded from condition accuracy) |\n");
        md.append("| top-1 condition | ").append(percent(top1(), scored())).append(" |\n");
        md.append("| top-3 condition | ").append(percent(top3(), scored())).append(" |\n");
        md.append("| exact disposition | ").append(percent(dispositionExact(), vignettes())).append(" |\n");
        md.append("| under-triage (less urgent than expected) | ").append(underTriaged()).append(" |\n");
        md.append("| over-triage (more urgent than expected) | ").append(overTriaged()).append(" |\n");
        md.append("| vignettes breaking a must / must-not expectation | ").append(breached()).append(" |\n\n");
        md.append("Compare: ").append(COMPARE).append(".\n\n");
        md.append("## By kind\n\n| kind | vignettes | top-3 | exact disposition | under-triage |\n|---|---|---|---|---|\n");
        for (Kind kind : Kind.values()) {
            List<VignetteOutcome> of = outcomes.stream().filter(o -> o.vignette().expected().kind() == kind).toList();
            if (of.isEmpty()) {
                continue;
            }
            SuiteSummary s = new SuiteSummary(of);
            md.append("| ").append(kind.code()).append(" | ").append(s.vignettes()).append(" | ")
                    .append(s.scored() == 0 ? "–" : percent(s.top3(), s.scored())).append(" | ")
                    .append(percent(s.dispositionExact(), s.vignettes())).append(" | ").append(s.underTriaged()).append(" |\n");
        }
        List<VignetteOutcome> differing = outcomes.stream().filter(o -> !o.differences().isEmpty()).toList();
        md.append("\n## Vignettes that differ (").append(differing.size()).append(")\n\n");
        if (differing.isEmpty()) {
            md.append("None.\n");
        }
        for (VignetteOutcome o : differing) {
            md.append("- ").append(o.vignette().id()).append(": ").append(String.join("; ", o.differences())).append('\n');
        }
        md.append("\n## Every vignette\n\n| vignette | kind | expected | top 3 | disposition | expected disposition |\n|---|---|---|---|---|---|\n");
        for (VignetteOutcome o : outcomes) {
            Expectation e = o.vignette().expected();
            md.append("| ").append(o.vignette().id()).append(" | ").append(e.kind().code()).append(" | ")
                    .append(e.conditions().isEmpty() ? "nothing fits" : String.join(", ", names(e.conditions()))).append(" | ")
                    .append(String.join(", ", names(o.ranked().stream().limit(3).toList()))).append(" | ")
                    .append(o.disposition()).append(" | ").append(e.disposition()).append(" |\n");
        }
        return md.toString();
    }

    private static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }

    static String percent(int part, int whole) {
        if (whole == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%d/%d = %.1f %%", part, whole, 100.0 * part / whole);
    }
}
