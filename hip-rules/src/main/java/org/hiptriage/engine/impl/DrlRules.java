package org.hiptriage.engine.impl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiptriage.engine.Conclusion;
import org.hiptriage.model.Threshold;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.ConditionGroup;
import org.hiptriage.rules.FindingCode;

/**
 * Reads the DRL text of each rule: its file, the conditions ({@code when}), the consequence
 * ({@code then}), what the consequence concludes and which codes the conditions test. Rule authors
 * add no metadata for this: it is read from the code references ({@code FlagCode.X},
 * {@code CareStepCode.X}, …) they write anyway.
 */
public final class DrlRules {

    /** One rule as written. */
    public record DrlRule(String name, String file, String header, String when, String then) {

        /** What the consequence concludes, in the order written. */
        public List<Conclusion> concludes() {
            return DrlRules.conclusions(then);
        }

        /** The codes the conditions test, as {@code Enum.CONSTANT}, sorted. */
        public List<String> considers() {
            return DrlRules.codes(when);
        }

        /** The value of a metadata annotation such as {@code @source}, or null. */
        public String annotation(String key) {
            Matcher m = Pattern.compile("@" + Pattern.quote(key) + "\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)").matcher(header);
            return m.find() ? m.group(1) : null;
        }

        /** The rule this one {@code extends} (whose conditions it inherits, before its own), or null. */
        public String parent() {
            Matcher m = EXTENDS.matcher(header);
            return m.find() ? m.group(1).replace("\\\"", "\"") : null;
        }

        /** The agenda group, or null. */
        public String agendaGroup() {
            Matcher m = Pattern.compile("agenda-group\\s+\"([^\"]*)\"").matcher(header);
            return m.find() ? m.group(1) : null;
        }
    }

    /** One DRL file: its path, its header comment (the {@code //} lines before the first rule) and its rules. */
    public record DrlFile(String path, String comment, List<DrlRule> rules) {
        /** Copies the list. */
        public DrlFile {
            rules = List.copyOf(rules);
        }
    }

    private static final Pattern RULE = Pattern.compile(
            "(?ms)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"(.*?)^\\s*when\\b(.*?)^\\s*then\\b(.*?)^\\s*end\\b");
    private static final Pattern EXTENDS = Pattern.compile("^\\s*extends\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CODE = Pattern.compile(
            "\\b(ConditionCode|FlagCode|CareStepCode|AvoidCode|FindingCode|Level|ConditionGroup|Threshold)\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern CALL = Pattern.compile(
            "new\\s+(Finding|Evidence|Candidate|Guiding|RaisedFlag|Unanswered|Urgency|Decision|CareAdvice|AvoidAdvice|Withdrawal)\\s*\\("
                    + "|Evidence\\s*\\.\\s*(supports|argues)\\s*\\("
                    + "|(asOpenQuestion)\\s*\\(");

    private DrlRules() {
    }

    /** Every file with its rules, in path order. */
    public static List<DrlFile> files(Map<String, String> drlByPath) {
        List<DrlFile> files = new ArrayList<>();
        new java.util.TreeMap<>(drlByPath).forEach((path, text) -> files.add(parse(path, text)));
        return files;
    }

    /** Every rule by name, from every file. */
    public static Map<String, DrlRule> byName(Map<String, String> drlByPath) {
        Map<String, DrlRule> rules = new LinkedHashMap<>();
        for (DrlFile file : files(drlByPath)) {
            for (DrlRule rule : file.rules()) {
                rules.putIfAbsent(rule.name(), rule);
            }
        }
        return rules;
    }

    /** Parses one file. */
    public static DrlFile parse(String path, String text) {
        String clean = text.replace("\r\n", "\n");
        List<DrlRule> rules = new ArrayList<>();
        Matcher m = RULE.matcher(clean);
        int first = -1;
        while (m.find()) {
            if (first < 0) {
                first = m.start();
            }
            rules.add(new DrlRule(m.group(1).replace("\\\"", "\""), path, m.group(2), stripComments(m.group(3)),
                    stripComments(m.group(4))));
        }
        String head = first < 0 ? clean : clean.substring(0, first);
        StringBuilder comment = new StringBuilder();
        for (String line : head.split("\n")) {
            String t = line.trim();
            if (t.startsWith("//")) {
                comment.append(comment.length() == 0 ? "" : " ").append(t.substring(2).trim());
            }
        }
        return new DrlFile(path, comment.toString().trim(), rules);
    }

    /**
     * The codes named in a piece of DRL, as {@code Enum.CONSTANT}, sorted and without repeats: a
     * {@code ConditionGroup.X} counts with each of its member conditions, and a {@code Threshold.X} is named too.
     */
    public static List<String> codes(String drl) {
        TreeSet<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(drl);
        while (m.find()) {
            if (isConstant(m.group(1), m.group(2))) {
                codes.add(m.group(1) + "." + m.group(2));
                if (m.group(1).equals("ConditionGroup")) {
                    ConditionGroup.valueOf(m.group(2)).members().forEach(c -> codes.add("ConditionCode." + c.name()));
                }
            }
        }
        return List.copyOf(codes);
    }

    /** What a consequence concludes, in the order written. */
    public static List<Conclusion> conclusions(String then) {
        List<Conclusion> found = new ArrayList<>();
        Matcher m = CALL.matcher(then);
        while (m.find()) {
            List<String> args = arguments(then, m.end());
            String type = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : "Evidence." + m.group(2);
            String first = args.isEmpty() ? "" : args.get(0);
            switch (type) {
                case "Finding" -> found.add(new Conclusion(Conclusion.Kind.FINDING, code(first, "FindingCode"), ""));
                case "Evidence.supports", "Evidence.argues", "Evidence" -> {
                    String weight = args.size() > 1 ? args.get(1).replaceAll("[\\s-]", "") : "?";
                    boolean against = type.equals("Evidence.argues")
                            || (type.equals("Evidence") && args.size() > 1 && args.get(1).trim().startsWith("-"));
                    found.add(new Conclusion(against ? Conclusion.Kind.EVIDENCE_AGAINST : Conclusion.Kind.EVIDENCE_FOR,
                            code(first, "ConditionCode"), (against ? "-" : "+") + weight));
                }
                case "Candidate" -> found.add(new Conclusion(Conclusion.Kind.CANDIDATE, code(first, "ConditionCode"), ""));
                case "RaisedFlag" -> {
                    String flag = code(first, "FlagCode");
                    String level = args.size() > 2 ? code(args.get(1), "Level") : "*";
                    if ("*".equals(level) && !"*".equals(flag) && args.size() <= 2) {
                        level = FlagCode.valueOf(flag).leastLevel().name();
                    }
                    found.add(new Conclusion(Conclusion.Kind.FLAG, flag, level));
                }
                case "Urgency" -> found.add(new Conclusion(Conclusion.Kind.URGENCY, code(first, "Level"), ""));
                case "Decision" -> found.add(new Conclusion(Conclusion.Kind.DISPOSITION, code(first, "Level"), ""));
                case "CareAdvice" -> {
                    String step = code(first, "CareStepCode");
                    String dose = args.size() > 2 ? literal(args.get(2)) : null;
                    if (dose == null && !"*".equals(step)) {
                        dose = CareStepCode.valueOf(step).dose();
                    }
                    found.add(new Conclusion(Conclusion.Kind.CARE_STEP, step, dose == null ? "" : dose));
                }
                case "AvoidAdvice" -> found.add(new Conclusion(Conclusion.Kind.AVOID, code(first, "AvoidCode"), ""));
                case "Withdrawal" -> found.add(new Conclusion(Conclusion.Kind.WITHDRAWAL, code(first, "CareStepCode"), ""));
                case "Guiding" -> found.add(new Conclusion(Conclusion.Kind.GUIDE, code(first, "ConditionCode"), ""));
                case "Unanswered" -> found.add(new Conclusion(Conclusion.Kind.UNANSWERED, literal(first) == null ? "*" : literal(first),
                        args.size() > 1 ? code(args.get(1), "Level") : "*"));
                case "asOpenQuestion" -> found.add(new Conclusion(Conclusion.Kind.OPEN_QUESTION, "*", ""));
                default -> throw new IllegalStateException(type);
            }
        }
        return found;
    }

    private static String code(String argument, String enumName) {
        Matcher m = CODE.matcher(argument);
        while (m.find()) {
            if (m.group(1).equals(enumName) && isConstant(enumName, m.group(2))) {
                return m.group(2);
            }
        }
        return "*";
    }

    private static String literal(String argument) {
        String a = argument.trim();
        if (a.length() >= 2 && a.startsWith("\"") && a.endsWith("\"") && a.indexOf('"', 1) == a.length() - 1) {
            return a.substring(1, a.length() - 1);
        }
        return null;
    }

    /** The top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
    static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    if (!current.toString().isBlank() || !args.isEmpty()) {
                        args.add(current.toString().trim());
                    }
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString().trim());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return args;
    }

    private static String stripComments(String drl) {
        StringBuilder out = new StringBuilder();
        for (String line : drl.split("\n")) {
            String t = line.trim();
            if (!t.startsWith("//") && !t.startsWith("#")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean isConstant(String enumName, String constant) {
        Class<? extends Enum<?>> type = switch (enumName) {
            case "ConditionCode" -> ConditionCode.class;
            case "FlagCode" -> FlagCode.class;
            case "CareStepCode" -> CareStepCode.class;
            case "AvoidCode" -> AvoidCode.class;
            case "FindingCode" -> FindingCode.class;
            case "Level" -> Level.class;
            case "ConditionGroup" -> ConditionGroup.class;
            case "Threshold" -> Threshold.class;
            default -> null;
        };
        if (type == null) {
            return false;
        }
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return true;
            }
        }
        return false;
    }
}
