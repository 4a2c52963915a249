package org.hiptriage.engine.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.impl.SessionRecorder.Conclusion;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.Disposition;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.rules.AvoidAdvice;
import org.hiptriage.rules.Candidate;
import org.hiptriage.rules.CareAdvice;
import org.hiptriage.rules.Decision;
import org.hiptriage.rules.Evidence;
import org.hiptriage.rules.RaisedFlag;
import org.hiptriage.rules.Urgency;
import org.hiptriage.rules.Withdrawal;
import org.kie.api.definition.rule.Rule;

/**
 * Turns the conclusions of one session into a report: merges what several rules concluded about the
 * same code, orders everything deterministically, and fills because / rules / sources from the rules
 * that actually fired. It decides nothing clinical: every decision is a rule's.
 */
final class ReportAssembler {

    private final Function<Rule, RuleInfo> infoOf;
    private final String ruleBaseVersion;

    ReportAssembler(Function<Rule, RuleInfo> infoOf, String ruleBaseVersion) {
        this.infoOf = infoOf;
        this.ruleBaseVersion = ruleBaseVersion;
    }

    /** Collects the facts a code's conclusions share. */
    private static final class Merge {
        final Set<String> because = new TreeSet<>();
        final Set<String> against = new TreeSet<>();
        final Set<String> rules = new TreeSet<>();
        final Set<String> sources = new TreeSet<>(SOURCE_ORDER);
        Level level;
        String dose;
        String doseRule;
        final List<String> reasons = new ArrayList<>();

        void cite(RuleInfo rule) {
            rules.add(rule.name());
            sources.addAll(rule.sources());
        }
    }

    /** Article keys (S0–S4) first, then guideline titles, each alphabetically. */
    private static final Comparator<String> SOURCE_ORDER = Comparator
            .comparing((String s) -> !(s.length() == 2 && s.charAt(0) == 'S'))
            .thenComparing(Comparator.naturalOrder());

    TriageReport assemble(SessionRecorder recorder) {
        Map<FlagCode, Merge> flags = new EnumMap<>(FlagCode.class);
        Map<ConditionCode, Merge> evidence = new EnumMap<>(ConditionCode.class);
        Map<ConditionCode, Integer> scores = new EnumMap<>(ConditionCode.class);
        Map<CareStepCode, Merge> care = new EnumMap<>(CareStepCode.class);
        Map<AvoidCode, Merge> avoid = new EnumMap<>(AvoidCode.class);
        Set<CareStepCode> withdrawn = EnumSet.noneOf(CareStepCode.class);
        Map<Level, Set<String>> urgencies = new EnumMap<>(Level.class);
        Level decided = null;

        for (Conclusion conclusion : recorder.conclusions()) {
            RuleInfo rule = infoOf.apply(conclusion.rule());
            Object fact = conclusion.fact();
            if (fact instanceof RaisedFlag f) {
                Merge m = flags.computeIfAbsent(f.code(), c -> new Merge());
                m.level = m.level == null ? f.level() : Level.mostUrgent(m.level, f.level());
                m.because.add(f.because());
                m.cite(rule);
            } else if (fact instanceof Evidence e) {
                Merge m = evidence.computeIfAbsent(e.condition(), c -> new Merge());
                (e.isFor() ? m.because : m.against).add(e.because());
                m.cite(rule);
            } else if (fact instanceof Candidate c) {
                scores.put(c.condition(), c.score());
            } else if (fact instanceof CareAdvice a) {
                Merge m = care.computeIfAbsent(a.code(), c -> new Merge());
                m.because.add(a.because());
                if (a.dose() != null && (m.doseRule == null || rule.name().compareTo(m.doseRule) < 0)) {
                    m.dose = a.dose();
                    m.doseRule = rule.name();
                }
                m.cite(rule);
            } else if (fact instanceof AvoidAdvice a) {
                Merge m = avoid.computeIfAbsent(a.code(), c -> new Merge());
                m.because.add(a.reason());
                m.cite(rule);
            } else if (fact instanceof Withdrawal w) {
                withdrawn.add(w.step());
            } else if (fact instanceof Urgency u) {
                urgencies.computeIfAbsent(u.level(), l -> new TreeSet<>()).add(u.because());
            } else if (fact instanceof Decision d) {
                decided = d.level();
            }
        }
        if (decided == null) {
            throw new IllegalStateException("the rule base reached no disposition");
        }

        List<Flag> flagList = new ArrayList<>();
        flags.forEach((code, m) -> flagList.add(new Flag(code, m.level, code.message(), list(m.because),
                list(m.rules), list(m.sources))));
        flagList.sort(Comparator.comparing(Flag::level).thenComparing(Flag::code));

        List<Condition> conditions = new ArrayList<>();
        scores.forEach((code, score) -> {
            Merge m = evidence.get(code);
            conditions.add(new Condition(code, code.displayName(), org.hiptriage.model.report.Likelihood.ofScore(score),
                    score, list(m.because), list(m.against), list(m.rules), list(m.sources)));
        });
        conditions.sort(Comparator.comparing(Condition::score).reversed()
                .thenComparing(c -> !c.code().serious())
                .thenComparing(Condition::code));
        List<Condition> ranked = explainRunnersUp(conditions);

        List<CareStep> steps = new ArrayList<>();
        care.forEach((code, m) -> {
            if (!withdrawn.contains(code)) {
                steps.add(new CareStep(code, code.phase(), code.instructions(), m.dose == null ? code.dose() : m.dose,
                        list(m.because), list(m.rules), list(m.sources)));
            }
        });
        steps.sort(Comparator.comparing(CareStep::phase).thenComparing(CareStep::code));

        List<Avoid> avoids = new ArrayList<>();
        avoid.forEach((code, m) -> avoids.add(new Avoid(code, code.meaning() + " " + String.join(" ", m.because),
                list(m.rules), list(m.sources))));

        List<String> decidedBecause = list(urgencies.getOrDefault(decided, Set.of()));
        Disposition disposition = new Disposition(decided, decided.advice(), decidedBecause);
        return new TriageReport(TriageReport.CONTRACT_VERSION, ruleBaseVersion, disposition, flagList, ranked, steps,
                avoids, SafetyNet.lines(), SafetyNet.DISCLAIMER);
    }

    /** Adds to each runner-up why it ranks below the top condition. */
    private static List<Condition> explainRunnersUp(List<Condition> conditions) {
        if (conditions.size() < 2) {
            return conditions;
        }
        Condition top = conditions.get(0);
        List<Condition> out = new ArrayList<>();
        out.add(top);
        for (Condition c : conditions.subList(1, conditions.size())) {
            if (c.score() < top.score()) {
                List<String> against = new ArrayList<>(c.against());
                against.add("fits less well than " + top.name() + " (score " + c.score() + " against " + top.score() + ")");
                c = new Condition(c.code(), c.name(), c.likelihood(), c.score(), c.because(), against, c.rules(), c.sources());
            }
            out.add(c);
        }
        return out;
    }

    private static List<String> list(Set<String> set) {
        return List.copyOf(new LinkedHashSet<>(set));
    }
}
