package org.hiptriage.examples.rulebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.Source;
import org.hiptriage.rules.Layer;

/**
 * Static checks of the rules as written ({@link DrlCatalogue}), run by the test suite and printed in the
 * rulebook: the metadata every rule must carry, the layer each kind of conclusion belongs to, and the
 * contradictions the review layer must resolve. Each problem says what to do about it.
 */
public final class RuleBaseChecks {

    /** The kinds of fact that carry safety: no rule may delete or change them once inserted. */
    static final Set<String> PROTECTED_FACTS = Set.of("RaisedFlag", "Urgency", "Decision", "AvoidAdvice", "Withdrawal");

    private static final Map<Conclusion.Kind, Layer> LAYER_OF = new EnumMap<>(Map.ofEntries(
            Map.entry(Conclusion.Kind.FINDING, Layer.FINDINGS),
            Map.entry(Conclusion.Kind.EVIDENCE_FOR, Layer.EVIDENCE),
            Map.entry(Conclusion.Kind.EVIDENCE_AGAINST, Layer.EVIDENCE),
            Map.entry(Conclusion.Kind.CANDIDATE, Layer.RANKING),
            Map.entry(Conclusion.Kind.GUIDE, Layer.RANKING),
            Map.entry(Conclusion.Kind.FLAG, Layer.FLAGS),
            Map.entry(Conclusion.Kind.UNANSWERED, Layer.QUESTIONS),
            Map.entry(Conclusion.Kind.URGENCY, Layer.DISPOSITION),
            Map.entry(Conclusion.Kind.DISPOSITION, Layer.DISPOSITION),
            Map.entry(Conclusion.Kind.CARE_STEP, Layer.CARE),
            Map.entry(Conclusion.Kind.AVOID, Layer.AVOID),
            Map.entry(Conclusion.Kind.WITHDRAWAL, Layer.REVIEW),
            Map.entry(Conclusion.Kind.OPEN_QUESTION, Layer.REVIEW)));

    private RuleBaseChecks() {
    }

    /** Every problem of the metadata and the layers, in file and rule order; empty when all is well. */
    public static List<String> metadata(Map<String, String> drlByPath) {
        List<String> problems = new ArrayList<>();
        List<DrlCatalogue.File> files = DrlCatalogue.files(drlByPath);
        Map<String, DrlCatalogue.Rule> byName = DrlCatalogue.byName(files);
        Set<String> extended = baseRules(byName.values());
        for (DrlCatalogue.File file : files) {
            for (DrlCatalogue.Rule rule : file.rules()) {
                String where = "rule \"" + rule.name() + "\" (" + file.path() + ")";
                String source = rule.annotation("source");
                if (source == null || source.isBlank()) {
                    problems.add(where + " has no @source: add @source(\"KEY, KEY\") naming the sources it follows "
                            + "(keys of org.hiptriage.model.report.Source; CONVENTION when no trial settles it).");
                } else {
                    for (String key : source.split(",")) {
                        if (!key.isBlank() && Source.byKey(key).isEmpty()) {
                            problems.add(where + " cites the unknown source key \"" + key.trim() + "\": use one of "
                                    + java.util.Arrays.toString(Source.values())
                                    + ", or add the source with its title to org.hiptriage.model.report.Source.");
                        }
                    }
                }
                String description = rule.annotation("description");
                if (description == null || description.isBlank()) {
                    problems.add(where + " has no @description: add @description(\"…\") saying in plain words, for a "
                            + "clinician, what the rule does and why.");
                }
                String group = rule.agendaGroup();
                Layer layer = group == null ? null : Layer.ofAgendaGroup(group);
                if (layer == null) {
                    problems.add(where + (group == null ? " has no agenda-group" : " has the unknown agenda-group \"" + group + "\"")
                            + ": add agenda-group \"<layer>\" with one of " + layerNames() + ".");
                }
                if (rule.problem() != null) {
                    problems.add(where + ": " + rule.problem() + ". Keep a consequence to insert( new Fact( … ) ) calls; "
                            + "put any logic in the model's helpers.");
                }
                String parent = rule.parent();
                if (parent != null && !byName.containsKey(parent)) {
                    problems.add(where + " extends \"" + parent + "\", which is not a rule of the rule base: name an "
                            + "existing base rule, or write its conditions out.");
                } else if (parent != null && !Objects.equals(group, byName.get(parent).agendaGroup())) {
                    problems.add(where + " extends \"" + parent + "\" of another layer: a rule inherits its base rule's "
                            + "conditions and must run in the same layer (agenda-group \"" + byName.get(parent).agendaGroup()
                            + "\").");
                }
                List<Conclusion> concludes = rule.concludes();
                if (concludes.isEmpty() && !extended.contains(rule.name())) {
                    problems.add(where + " concludes nothing the report can show: its consequence must insert a Finding, "
                            + "Evidence, Candidate, RaisedFlag, Urgency, Decision, CareAdvice, AvoidAdvice or Withdrawal "
                            + "(only a base rule that other rules extend may conclude nothing).");
                }
                for (Conclusion c : concludes) {
                    Layer expected = LAYER_OF.get(c.kind());
                    if (layer != null && expected != layer) {
                        problems.add(where + " concludes " + c + " in the \"" + layer.agendaGroup() + "\" layer: a "
                                + c.kind().words() + " belongs to the \"" + expected.agendaGroup()
                                + "\" layer; move the rule there (agenda-group \"" + expected.agendaGroup() + "\").");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The base rules: the rules that other rules {@code extend}. A base rule holds conditions its rules share and
     * may conclude nothing itself.
     */
    public static Set<String> baseRules(Map<String, String> drlByPath) {
        return baseRules(DrlCatalogue.byName(drlByPath).values());
    }

    /** The base rules among these rules: those another of them {@code extends}. */
    static Set<String> baseRules(Collection<DrlCatalogue.Rule> rules) {
        Set<String> bases = new TreeSet<>();
        for (DrlCatalogue.Rule rule : rules) {
            if (rule.parent() != null) {
                bases.add(rule.parent());
            }
        }
        return bases;
    }

    /**
     * Every contradiction the rule base leaves unresolved: a rule that deletes or changes a flag, an
     * urgency, a decision, something to avoid or a withdrawal; a rule that recommends a care step and
     * forbids it at once; a care step that an avoid rule forbids with no review rule to withdraw it.
     */
    public static List<String> contradictions(Map<String, String> drlByPath) {
        List<String> problems = new ArrayList<>();
        List<DrlCatalogue.Rule> all = DrlCatalogue.files(drlByPath).stream().flatMap(f -> f.rules().stream()).toList();
        for (DrlCatalogue.Rule rule : all) {
            for (DrlCatalogue.Change change : rule.changes()) {
                String type = rule.bindings().get(change.variable());
                if (type != null && PROTECTED_FACTS.contains(type)) {
                    problems.add("rule \"" + rule.name() + "\" (" + rule.file() + ") calls " + change.operation() + "(" + change.variable()
                            + ") on a " + type + ": a flag, an urgency, a decision, something to avoid or a withdrawal is never "
                            + "taken back once a rule has concluded it (a red flag is never suppressed). Remove the "
                            + change.operation() + " and make the concluding rule's own conditions narrower instead.");
                }
            }
            for (Conclusion care : rule.concludes()) {
                for (Conclusion avoid : rule.concludes()) {
                    if (care.kind() == Conclusion.Kind.CARE_STEP && avoid.kind() == Conclusion.Kind.AVOID
                            && contradicts(care.code(), avoid.code())) {
                        problems.add("rule \"" + rule.name() + "\" (" + rule.file() + ") both recommends " + care.code()
                                + " and says to avoid " + avoid.code() + ": split it, and decide with the sources which one applies.");
                    }
                }
            }
        }
        boolean withdrawalRule = all.stream().anyMatch(RuleBaseChecks::isWithdrawalRule);
        if (!withdrawalRule) {
            for (DrlCatalogue.Rule careRule : all) {
                for (Conclusion care : careRule.concludes()) {
                    if (care.kind() != Conclusion.Kind.CARE_STEP) {
                        continue;
                    }
                    for (DrlCatalogue.Rule avoidRule : all) {
                        for (Conclusion avoid : avoidRule.concludes()) {
                            if (avoid.kind() == Conclusion.Kind.AVOID && contradicts(care.code(), avoid.code())) {
                                problems.add("rule \"" + careRule.name() + "\" recommends " + care.code() + " but rule \""
                                        + avoidRule.name() + "\" says to avoid " + avoid.code()
                                        + ", and no review rule withdraws a care step that contradicts something to avoid: "
                                        + "keep the review rule that matches CareAdvice and AvoidAdvice with "
                                        + "CareStepCode.contradicts(..) and inserts a Withdrawal (review/contradictions.drl).");
                            }
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static final Pattern CONDITION_LIST = Pattern.compile("\\bcondition\\s+in\\s*\\(([^)]*)\\)");
    /** A list of this many conditions or more is a named group, even when one rule alone uses it. */
    static final int LONGEST_LIST_WRITTEN_OUT = 3;

    /**
     * Every number written in a rule's conditions or consequence, outside its strings ({@link DrlCatalogue.Rule#numbers}):
     * a threshold is named in the table of thresholds ({@code Threshold.X}, or a model helper that reads it) so that the
     * clinician sees it in the rulebook. The weight of an {@code Evidence.supports(..)} or {@code argues(..)} is a
     * conclusion, not a threshold, and a rule's {@code salience} is not a condition: neither is reported.
     */
    public static List<String> bareNumbers(Map<String, String> drlByPath) {
        List<String> problems = new ArrayList<>();
        for (DrlCatalogue.File file : DrlCatalogue.files(drlByPath)) {
            for (DrlCatalogue.Rule rule : file.rules()) {
                for (DrlCatalogue.WrittenNumber n : rule.numbers()) {
                    problems.add("rule \"" + rule.name() + "\" (" + rule.file() + ") writes the number " + n.number()
                            + " in \"" + n.where() + "\": name the threshold in org.hiptriage.model.Threshold "
                            + "(value, unit, meaning, source) and write Threshold.NAME, or use a model helper that reads it.");
                }
            }
        }
        return problems;
    }

    /**
     * Every list of conditions a rule writes out ({@code condition in (..)}) that should be a named
     * {@code ConditionGroup}: one that more than one rule writes, or one longer than
     * {@value #LONGEST_LIST_WRITTEN_OUT} conditions.
     */
    public static List<String> conditionLists(Map<String, String> drlByPath) {
        Map<Set<String>, List<String>> rulesByList = new LinkedHashMap<>();
        for (DrlCatalogue.File file : DrlCatalogue.files(drlByPath)) {
            for (DrlCatalogue.Rule rule : file.rules()) {
                for (String constraint : rule.constraints()) {
                    Matcher m = CONDITION_LIST.matcher(constraint);
                    while (m.find()) {
                        Set<String> list = new TreeSet<>();
                        for (String item : m.group(1).split(",")) {
                            list.add(item.trim().replaceFirst("^ConditionCode\\.", ""));
                        }
                        rulesByList.computeIfAbsent(list, l -> new ArrayList<>()).add(rule.name());
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        rulesByList.forEach((list, rules) -> {
            if (rules.size() > 1 || list.size() > LONGEST_LIST_WRITTEN_OUT) {
                problems.add("the conditions " + list + " are written out in " + (rules.size() > 1 ? rules.size() + " rules " : "")
                        + rules.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", "))
                        + ": name the group in org.hiptriage.rules.ConditionGroup (with its meaning) and write "
                        + "Candidate( isIn(ConditionGroup.NAME) ).");
            }
        });
        return problems;
    }

    /** True for a review-layer rule that withdraws any care step contradicting something to avoid. */
    static boolean isWithdrawalRule(DrlCatalogue.Rule rule) {
        return Layer.REVIEW.agendaGroup().equals(rule.agendaGroup())
                && rule.patterns().contains("CareAdvice")
                && rule.patterns().contains("AvoidAdvice")
                && rule.constraints().stream().anyMatch(c -> c.contains("contradicts("))
                && rule.concludes().stream().anyMatch(c -> c.kind() == Conclusion.Kind.WITHDRAWAL);
    }

    private static boolean contradicts(String step, String avoid) {
        if ("*".equals(step) || "*".equals(avoid)) {
            return false;
        }
        return CareStepCode.valueOf(step).contradicts(AvoidCode.valueOf(avoid));
    }

    private static String layerNames() {
        return Layer.inOrder().stream().map(Layer::agendaGroup).toList().toString();
    }
}
