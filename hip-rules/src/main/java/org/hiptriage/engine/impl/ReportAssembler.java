package org.hiptriage.engine.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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
import org.hiptriage.model.report.OpenQuestion;
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

    private final Function<Rule, RuleMetadata.Citation> infoOf;
    private final String ruleBaseVersion;

    ReportAssembler(Function<Rule, RuleMetadata.Citation> infoOf, String ruleBaseVersion) {
        this.infoOf = infoOf;
        this.ruleBaseVersion = ruleBaseVersion;
    }

    /**
     * Collects the facts a code's conclusions share: each list keeps one copy of a line and is sorted
     * once, when the report is built (a handful of lines per code, so a list beats a tree set).
     */
    private static final class Merge {
        final List<String> because = new ArrayList<>(4);
        final List<String> against = new ArrayList<>(2);
        final List<String> facts = new ArrayList<>(2);
        final List<String> rules = new ArrayList<>(4);
        final List<String> sources = new ArrayList<>(4);
        Level level;
        String dose;
        String doseRule;

        void cite(RuleMetadata.Citation rule) {
            addOnce(rules, rule.name());
            for (String source : rule.sources()) {
                addOnce(sources, source);
            }
        }
    }

    private static void addOnce(List<String> lines, String line) {
        if (!lines.contains(line)) {
            lines.add(line);
        }
    }

    /** Article keys (S0–S4) first, then guideline titles, each alphabetically. */
    private static final Comparator<String> SOURCE_ORDER = Comparator
            .comparing((String s) -> !(s.length() == 2 && s.charAt(0) == 'S'))
            .thenComparing(Comparator.naturalOrder());

    /** Most urgent flag first, then by code. */
    private static final Comparator<Flag> FLAG_ORDER = Comparator.comparing(Flag::level).thenComparing(Flag::code);
    /** Highest score first; on a tie the serious condition first, then by code. */
    private static final Comparator<Condition> CONDITION_ORDER = Comparator.comparing(Condition::score).reversed()
            .thenComparing(c -> !c.code().serious())
            .thenComparing(Condition::code);
    /** By phase, then by code. */
    private static final Comparator<CareStep> STEP_ORDER = Comparator.comparing(CareStep::phase).thenComparing(CareStep::code);

    TriageReport assemble(SessionRecorder recorder, org.hiptriage.model.Assessment assessment) {
        Map<FlagCode, Merge> flags = new EnumMap<>(FlagCode.class);
        Map<ConditionCode, Merge> evidence = new EnumMap<>(ConditionCode.class);
        Map<ConditionCode, Integer> scores = new EnumMap<>(ConditionCode.class);
        Map<CareStepCode, Merge> care = new EnumMap<>(CareStepCode.class);
        Map<AvoidCode, Merge> avoid = new EnumMap<>(AvoidCode.class);
        Set<CareStepCode> withdrawn = EnumSet.noneOf(CareStepCode.class);
        Map<Level, Set<String>> urgencies = new EnumMap<>(Level.class);
        Map<String, OpenQuestion> questions = new java.util.HashMap<>();
        Level decided = null;

        for (Conclusion conclusion : recorder.conclusions()) {
            RuleMetadata.Citation rule = infoOf.apply(conclusion.rule());
            Object fact = conclusion.fact();
            if (fact instanceof RaisedFlag f) {
                Merge m = flags.computeIfAbsent(f.code(), c -> new Merge());
                m.level = m.level == null ? f.level() : Level.mostUrgent(m.level, f.level());
                addOnce(m.because, f.because());
                m.cite(rule);
            } else if (fact instanceof Evidence e) {
                Merge m = evidence.computeIfAbsent(e.condition(), c -> new Merge());
                addOnce(e.isFor() ? m.because : m.against, e.because());
                m.cite(rule);
            } else if (fact instanceof Candidate c) {
                scores.put(c.condition(), c.score());
            } else if (fact instanceof CareAdvice a) {
                Merge m = care.computeIfAbsent(a.code(), c -> new Merge());
                addOnce(m.because, a.because());
                if (a.dose() != null && (m.doseRule == null || rule.name().compareTo(m.doseRule) < 0)) {
                    m.dose = a.dose();
                    m.doseRule = rule.name();
                }
                m.cite(rule);
            } else if (fact instanceof AvoidAdvice a) {
                Merge m = avoid.computeIfAbsent(a.code(), c -> new Merge());
                addOnce(m.because, a.reason());
                if (a.facts() != null) {
                    addOnce(m.facts, a.facts());
                }
                m.cite(rule);
            } else if (fact instanceof Withdrawal w) {
                withdrawn.add(w.step());
            } else if (fact instanceof Urgency u) {
                urgencies.computeIfAbsent(u.level(), l -> new TreeSet<>()).add(u.because());
            } else if (fact instanceof OpenQuestion q) {
                questions.merge(q.path(), q, (a, b) -> b.couldRaiseTo().moreUrgentThan(a.couldRaiseTo()) ? b : a);
            } else if (fact instanceof Decision d) {
                decided = d.level();
            }
        }
        if (decided == null) {
            throw new IllegalStateException("the rule base reached no disposition");
        }

        List<Flag> flagList = new ArrayList<>();
        flags.forEach((code, m) -> flagList.add(new Flag(code, m.level, code.message(), list(m.because),
                list(m.rules), sortedSources(m.sources))));
        flagList.sort(FLAG_ORDER);

        List<Condition> conditions = new ArrayList<>();
        scores.forEach((code, score) -> {
            Merge m = evidence.get(code);
            conditions.add(new Condition(code, code.displayName(), org.hiptriage.model.report.Likelihood.ofScore(score),
                    score, list(m.because), list(m.against), list(m.rules), sortedSources(m.sources)));
        });
        conditions.sort(CONDITION_ORDER);
        List<Condition> ranked = explainRunnersUp(conditions, urgentConditions(scores.keySet(), decided));

        List<CareStep> steps = new ArrayList<>();
        care.forEach((code, m) -> {
            if (!withdrawn.contains(code)) {
                steps.add(new CareStep(code, code.phase(), code.instructions(), m.dose == null ? code.dose() : m.dose,
                        list(m.because), list(m.rules), sortedSources(m.sources)));
            }
        });
        steps.sort(STEP_ORDER);

        List<Avoid> avoids = new ArrayList<>();
        avoid.forEach((code, m) -> avoids.add(new Avoid(code, code.meaning() + " " + String.join(" ", list(m.because)),
                list(m.facts), list(m.rules), sortedSources(m.sources))));

        List<String> decidedBecause = List.copyOf(urgencies.getOrDefault(decided, Set.of()));
        Disposition disposition = new Disposition(decided, decided.advice(), decidedBecause);
        List<OpenQuestion> open = new ArrayList<>(questions.values());
        open.sort(QUESTION_ORDER);
        return new TriageReport(TriageReport.CONTRACT_VERSION, ruleBaseVersion, disposition, flagList, ranked, steps,
                avoids, open, SafetyNet.lines(assessment, decided), SafetyNet.DISCLAIMER);
    }

    /** Most urgent first, then by contract path. */
    private static final Comparator<OpenQuestion> QUESTION_ORDER = Comparator.comparing(OpenQuestion::couldRaiseTo)
            .thenComparing(OpenQuestion::path);

    /**
     * The serious conditions listed while the disposition is URGENT or EMERGENCY: a runner-up among them is
     * a reason for the urgency, and the report says so rather than only that it "fits less well".
     */
    private static Set<ConditionCode> urgentConditions(Set<ConditionCode> listed, Level decided) {
        Set<ConditionCode> out = EnumSet.noneOf(ConditionCode.class);
        if (decided.atLeastAsUrgentAs(Level.URGENT)) {
            for (ConditionCode code : listed) {
                if (code.serious()) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    /** Adds to each runner-up why it ranks below the top condition. */
    private static List<Condition> explainRunnersUp(List<Condition> conditions, Set<ConditionCode> urgent) {
        if (conditions.size() < 2) {
            return conditions;
        }
        Condition top = conditions.get(0);
        List<Condition> out = new ArrayList<>();
        out.add(top);
        for (Condition c : conditions.subList(1, conditions.size())) {
            if (c.score() < top.score()) {
                List<String> against = new ArrayList<>(c.against());
                against.add(urgent.contains(c.code())
                        ? "scores below " + top.name() + " (" + c.score() + " against " + top.score()
                                + "), but it must be ruled out first: it is a reason this needs a clinician soon"
                        : "fits less well than " + top.name() + " (score " + c.score() + " against " + top.score() + ")");
                c = new Condition(c.code(), c.name(), c.likelihood(), c.score(), c.because(), against, c.rules(), c.sources());
            }
            out.add(c);
        }
        return out;
    }

    /** The lines in alphabetical order (the records copy them). */
    private static List<String> list(List<String> lines) {
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    /** The sources in {@link #SOURCE_ORDER}. */
    private static List<String> sortedSources(List<String> sources) {
        sources.sort(SOURCE_ORDER);
        return sources;
    }
}
