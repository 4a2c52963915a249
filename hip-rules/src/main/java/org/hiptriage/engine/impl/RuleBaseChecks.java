package org.hiptriage.engine.impl;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiptriage.engine.Conclusion;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.Source;
import org.hiptriage.rules.Layer;

/**
 * Static checks of the DRL text, run by the test suite: the metadata every rule must carry, the
 * layer each kind of conclusion belongs to, and the contradictions the review layer must resolve.
 * Each problem says what to do about it.
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

    private static final Pattern CHANGE = Pattern.compile("\\b(delete|retract|modify|update)\\s*\\(\\s*(\\$\\w+)");

    private RuleBaseChecks() {
    }

    /** Every problem of the metadata and the layers, in file and rule order; empty when all is well. */
    public static List<String> metadata(Map<String, String> drlByPath) {
        List<String> problems = new ArrayList<>();
        Map<String, DrlRules.DrlRule> byName = DrlRules.byName(drlByPath);
        Set<String> extended = baseRules(drlByPath);
        for (DrlRules.DrlFile file : DrlRules.files(drlByPath)) {
            for (DrlRules.DrlRule rule : file.rules()) {
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
                String parent = rule.parent();
                if (parent != null && !byName.containsKey(parent)) {
                    problems.add(where + " extends \"" + parent + "\", which is not a rule of the rule base: name an "
                            + "existing base rule, or write its conditions out.");
                } else if (parent != null && !java.util.Objects.equals(group, byName.get(parent).agendaGroup())) {
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
        Set<String> bases = new java.util.TreeSet<>();
        for (DrlRules.DrlRule rule : DrlRules.byName(drlByPath).values()) {
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
        List<DrlRules.DrlRule> all = DrlRules.files(drlByPath).stream().flatMap(f -> f.rules().stream()).toList();
        for (DrlRules.DrlRule rule : all) {
            Matcher m = CHANGE.matcher(rule.then());
            while (m.find()) {
                String type = boundType(rule.when(), m.group(2));
                if (type != null && PROTECTED_FACTS.contains(type)) {
                    problems.add("rule \"" + rule.name() + "\" (" + rule.file() + ") calls " + m.group(1) + "(" + m.group(2)
                            + ") on a " + type + ": a flag, an urgency, a decision, something to avoid or a withdrawal is never "
                            + "taken back once a rule has concluded it (a red flag is never suppressed). Remove the "
                            + m.group(1) + " and make the concluding rule's own conditions narrower instead.");
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
            for (DrlRules.DrlRule careRule : all) {
                for (Conclusion care : careRule.concludes()) {
                    if (care.kind() != Conclusion.Kind.CARE_STEP) {
                        continue;
                    }
                    for (DrlRules.DrlRule avoidRule : all) {
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

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern WEIGHT = Pattern.compile("(Evidence\\s*\\.\\s*(?:supports|argues)\\s*\\(\\s*ConditionCode\\.\\w+\\s*,\\s*)-?\\d+");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(?:\\.\\d+)?(?![\\w.])");
    private static final Pattern CONDITION_LIST = Pattern.compile("\\bcondition\\s+in\\s*\\(([^)]*)\\)");
    /** A list of this many conditions or more is a named group, even when one rule alone uses it. */
    static final int LONGEST_LIST_WRITTEN_OUT = 3;

    /**
     * Every number written in a rule's conditions or consequence, outside its strings: a threshold is named in the
     * table of thresholds ({@code Threshold.X}, or a model helper that reads it) so that the clinician sees it in the
     * rulebook. The weight of an {@code Evidence.supports(..)} or {@code argues(..)} is a conclusion, not a threshold,
     * and a rule's {@code salience} is not a condition: neither is reported.
     */
    public static List<String> bareNumbers(Map<String, String> drlByPath) {
        List<String> problems = new ArrayList<>();
        for (DrlRules.DrlRule rule : DrlRules.files(drlByPath).stream().flatMap(f -> f.rules().stream()).toList()) {
            String when = STRING.matcher(rule.when()).replaceAll("\"\"");
            String then = WEIGHT.matcher(STRING.matcher(rule.then()).replaceAll("\"\"")).replaceAll("$1");
            for (String part : List.of(when, then)) {
                Matcher m = NUMBER.matcher(part);
                while (m.find()) {
                    problems.add("rule \"" + rule.name() + "\" (" + rule.file() + ") writes the number " + m.group()
                            + " in \"" + line(part, m.start()) + "\": name the threshold in org.hiptriage.model.Threshold "
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
        Map<Set<String>, List<String>> rulesByList = new java.util.LinkedHashMap<>();
        for (DrlRules.DrlRule rule : DrlRules.files(drlByPath).stream().flatMap(f -> f.rules().stream()).toList()) {
            Matcher m = CONDITION_LIST.matcher(rule.when());
            while (m.find()) {
                Set<String> list = new java.util.TreeSet<>();
                for (String item : m.group(1).split(",")) {
                    list.add(item.trim().replaceFirst("^ConditionCode\\.", ""));
                }
                rulesByList.computeIfAbsent(list, l -> new ArrayList<>()).add(rule.name());
            }
        }
        List<String> problems = new ArrayList<>();
        rulesByList.forEach((list, rules) -> {
            if (rules.size() > 1 || list.size() > LONGEST_LIST_WRITTEN_OUT) {
                problems.add("the conditions " + list + " are written out in " + (rules.size() > 1 ? rules.size() + " rules " : "")
                        + rules.stream().map(r -> "\"" + r + "\"").collect(java.util.stream.Collectors.joining(", "))
                        + ": name the group in org.hiptriage.rules.ConditionGroup (with its meaning) and write "
                        + "Candidate( isIn(ConditionGroup.NAME) ).");
            }
        });
        return problems;
    }

    private static String line(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        return text.substring(start, end < 0 ? text.length() : end).trim();
    }

    /** True for a review-layer rule that withdraws any care step contradicting something to avoid. */
    static boolean isWithdrawalRule(DrlRules.DrlRule rule) {
        return Layer.REVIEW.agendaGroup().equals(rule.agendaGroup())
                && rule.when().matches("(?s).*\\bCareAdvice\\s*\\(.*")
                && rule.when().matches("(?s).*\\bAvoidAdvice\\s*\\(.*")
                && rule.when().contains("contradicts(")
                && rule.concludes().stream().anyMatch(c -> c.kind() == Conclusion.Kind.WITHDRAWAL);
    }

    private static boolean contradicts(String step, String avoid) {
        if ("*".equals(step) || "*".equals(avoid)) {
            return false;
        }
        return CareStepCode.valueOf(step).contradicts(AvoidCode.valueOf(avoid));
    }

    private static String boundType(String when, String variable) {
        Matcher m = Pattern.compile(Pattern.quote(variable) + "\\s*:\\s*(\\w+)\\s*\\(").matcher(when);
        return m.find() ? m.group(1) : null;
    }

    private static String layerNames() {
        return Layer.inOrder().stream().map(Layer::agendaGroup).toList().toString();
    }
}
