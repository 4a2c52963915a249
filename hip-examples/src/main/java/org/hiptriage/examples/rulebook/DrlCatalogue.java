package org.hiptriage.examples.rulebook;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.hiptriage.engine.RuleFiles;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.FindingCode;

/**
 * The rules as written, for the rulebook and the build-time checks: each DRL file is read by Drools'
 * own DRL parser into its descriptor tree (rule names, {@code @source} and {@code @description},
 * agenda groups, the patterns of the conditions), and each consequence by a Java parser, from which
 * the facts a rule inserts are read: what it concludes. Rule authors add no metadata for this. A
 * tool, not part of the engine: the engine never reads DRL text.
 */
public final class DrlCatalogue {

    /**
     * One rule as written.
     *
     * @param name the rule's name
     * @param file the DRL file, relative to the class path
     * @param agendaGroup its agenda group (its layer), or null
     * @param parent the rule it {@code extends}, or null
     * @param annotations its metadata ({@code @source}, {@code @description}), unquoted
     * @param when its conditions as written (whitespace collapsed), for comparing two rules
     * @param bindings the pattern variables bound in its conditions, with the type each is bound to
     * @param patterns the fact types its conditions match, in order
     * @param constraints every constraint and {@code eval} of its conditions, as written
     * @param concludes what its consequence concludes, in the order written
     * @param considers the codes its conditions test, as {@code Enum.CONSTANT}, sorted
     * @param changes the facts its consequence deletes or changes ({@code delete($x)}, {@code modify($x)}…)
     * @param problem why its consequence could not be read as Java, or null
     */
    public record Rule(String name, String file, String agendaGroup, String parent, Map<String, String> annotations,
                       String when, Map<String, String> bindings, List<String> patterns, List<String> constraints,
                       List<Conclusion> concludes, List<String> considers, List<Change> changes, String problem) {
        /** Copies the collections. */
        public Rule {
            annotations = Map.copyOf(annotations);
            bindings = Map.copyOf(bindings);
            patterns = List.copyOf(patterns);
            constraints = List.copyOf(constraints);
            concludes = List.copyOf(concludes);
            considers = List.copyOf(considers);
            changes = List.copyOf(changes);
        }

        /** The value of a metadata annotation such as {@code source}, or null. */
        public String annotation(String key) {
            return annotations.get(key);
        }
    }

    /** A fact a consequence deletes or changes: the operation ({@code delete}, {@code retract}, {@code modify}, {@code update}) and the variable. */
    public record Change(String operation, String variable) {
    }

    /**
     * One DRL file.
     *
     * @param path its path under the class path
     * @param comment its header comment (the {@code //} lines before the first rule), joined
     * @param rules its rules in the order written
     */
    public record File(String path, String comment, List<Rule> rules) {
        /** Copies the list. */
        public File {
            rules = List.copyOf(rules);
        }
    }

    private static final Map<String, Class<? extends Enum<?>>> CODE_ENUMS = Map.of(
            "ConditionCode", ConditionCode.class, "FlagCode", FlagCode.class, "CareStepCode", CareStepCode.class,
            "AvoidCode", AvoidCode.class, "FindingCode", FindingCode.class, "Level", Level.class);
    /** A code named in a constraint: constraints are DRL, not Java ({@code in (…)}, {@code memberOf}), so they are scanned. */
    private static final Pattern CODE = Pattern.compile(
            "\\b(ConditionCode|FlagCode|CareStepCode|AvoidCode|FindingCode|Level)\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Set<String> FACTS = Set.of("Finding", "Evidence", "Candidate", "Guiding", "RaisedFlag",
            "Unanswered", "Urgency", "Decision", "CareAdvice", "AvoidAdvice", "Withdrawal");
    private static final Set<String> CHANGES = Set.of("delete", "retract", "modify", "update");

    private DrlCatalogue() {
    }

    /** The packaged rules, read once on first need. */
    private static final class Packaged {
        static final Map<String, Rule> BY_NAME = byName(RuleFiles.packaged());
    }

    /** Every packaged rule by name ({@link RuleFiles#packaged()}), read on first need and kept. */
    public static Map<String, Rule> packaged() {
        return Packaged.BY_NAME;
    }

    /** What a packaged rule concludes, read from its consequence; empty for a rule not packaged. */
    public static List<Conclusion> concludes(String ruleName) {
        Rule rule = packaged().get(ruleName);
        return rule == null ? List.of() : rule.concludes();
    }

    /** Every file with its rules, in path order. */
    public static List<File> files(Map<String, String> drlByPath) {
        List<File> files = new ArrayList<>();
        new TreeMap<>(drlByPath).forEach((path, text) -> files.add(read(path, text)));
        return files;
    }

    /** Every rule by name, from every file, in path order. */
    public static Map<String, Rule> byName(Map<String, String> drlByPath) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (File file : files(drlByPath)) {
            for (Rule rule : file.rules()) {
                rules.putIfAbsent(rule.name(), rule);
            }
        }
        return java.util.Collections.unmodifiableMap(rules);
    }

    /**
     * Reads one file.
     *
     * @throws IllegalArgumentException naming the file and Drools' errors when it is not valid DRL
     */
    public static File read(String path, String text) {
        String clean = text.replace("\r\n", "\n");
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, clean);
        } catch (DroolsParserException e) {
            throw new IllegalArgumentException(path + " is not valid DRL: " + e.getMessage(), e);
        }
        if (parser.hasErrors() || pkg == null) {
            throw new IllegalArgumentException(path + " is not valid DRL: " + parser.getErrors());
        }
        List<Rule> rules = new ArrayList<>();
        int firstLine = Integer.MAX_VALUE;
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.isQuery()) {
                continue;
            }
            firstLine = Math.min(firstLine, rule.getLine());
            rules.add(rule(path, rule));
        }
        return new File(path, headerComment(clean, firstLine), rules);
    }

    private static Rule rule(String path, RuleDescr rule) {
        Map<String, String> annotations = new LinkedHashMap<>();
        for (AnnotationDescr a : rule.getAnnotations()) {
            Object value = a.getSingleValueStripped();
            annotations.put(a.getName(), value == null ? "" : value.toString());
        }
        AttributeDescr group = rule.getAttributes().get("agenda-group");
        Conditions conditions = new Conditions();
        conditions.walk(rule.getLhs());
        String when = Conditions.text(rule.getLhs());
        Consequence consequence = Consequence.read(String.valueOf(rule.getConsequence() == null ? "" : rule.getConsequence()));
        return new Rule(rule.getName(), path, group == null ? null : group.getValue(), rule.getParentName(), annotations,
                when, conditions.bindings, conditions.patterns, conditions.constraints, consequence.concludes,
                codes(String.join("\n", conditions.constraints)), consequence.changes, consequence.problem);
    }

    /** The {@code //} lines of a file before its first rule, joined by spaces. */
    private static String headerComment(String text, int firstRuleLine) {
        StringBuilder comment = new StringBuilder();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length && i + 1 < firstRuleLine; i++) {
            String t = lines[i].trim();
            if (t.startsWith("//")) {
                comment.append(comment.length() == 0 ? "" : " ").append(t.substring(2).trim());
            }
        }
        return comment.toString().trim();
    }

    /** The codes named in DRL constraints, as {@code Enum.CONSTANT}, sorted and without repeats. */
    public static List<String> codes(String constraints) {
        TreeSet<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(constraints);
        while (m.find()) {
            if (isConstant(m.group(1), m.group(2))) {
                codes.add(m.group(1) + "." + m.group(2));
            }
        }
        return List.copyOf(codes);
    }

    /** What the descriptor tree of a rule's conditions holds. */
    private static final class Conditions {
        final Map<String, String> bindings = new LinkedHashMap<>();
        final List<String> patterns = new ArrayList<>();
        final List<String> constraints = new ArrayList<>();

        void walk(BaseDescr descr) {
            if (descr == null) {
                return;
            }
            if (descr instanceof PatternDescr pattern) {
                patterns.add(pattern.getObjectType());
                if (pattern.getIdentifier() != null) {
                    bindings.put(pattern.getIdentifier(), pattern.getObjectType());
                }
                for (BaseDescr constraint : pattern.getDescrs()) {
                    walk(constraint);
                }
                if (pattern.getSource() != null) {
                    walk(pattern.getSource());
                }
            } else if (descr instanceof ExprConstraintDescr constraint) {
                constraints.add(constraint.getExpression());
            } else if (descr instanceof EvalDescr eval) {
                constraints.add(String.valueOf(eval.getContent()));
            } else if (descr instanceof ConditionalElementDescr element) {
                for (BaseDescr child : element.getDescrs()) {
                    walk(child);
                }
            } else if (descr.getText() != null) {
                constraints.add(descr.getText());
            }
        }

        /** The conditions in a canonical form read from the descriptor tree (no comments, whitespace collapsed). */
        static String text(BaseDescr descr) {
            if (descr == null) {
                return "";
            }
            if (descr instanceof PatternDescr pattern) {
                List<String> parts = new ArrayList<>();
                pattern.getDescrs().forEach(c -> parts.add(text(c)));
                return (pattern.getIdentifier() == null ? "" : pattern.getIdentifier() + " : ") + pattern.getObjectType()
                        + "( " + String.join(", ", parts) + " )"
                        + (pattern.getSource() == null ? "" : " from " + text(pattern.getSource()));
            }
            if (descr instanceof ExprConstraintDescr constraint) {
                return constraint.getExpression().replaceAll("\\s+", " ").trim();
            }
            if (descr instanceof EvalDescr eval) {
                return "eval( " + String.valueOf(eval.getContent()).replaceAll("\\s+", " ").trim() + " )";
            }
            if (descr instanceof ConditionalElementDescr element) {
                List<String> parts = new ArrayList<>();
                element.getDescrs().forEach(c -> parts.add(text(c)));
                String keyword = descr.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
                return switch (keyword) {
                    case "and" -> String.join(" ", parts);
                    case "or" -> "( " + String.join(" or ", parts) + " )";
                    default -> keyword + "( " + String.join(" ", parts) + " )";
                };
            }
            return descr.getText() == null ? descr.toString() : descr.getText().replaceAll("\\s+", " ").trim();
        }
    }

    /** What a consequence, read as Java, inserts and changes. */
    private record Consequence(List<Conclusion> concludes, List<Change> changes, String problem) {

        private static final JavaParser JAVA = new JavaParser(
                new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

        static Consequence read(String java) {
            ParseResult<BlockStmt> parsed = JAVA.parseBlock("{" + java + "\n}");
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                return new Consequence(List.of(), List.of(), "its consequence is not plain Java: "
                        + parsed.getProblems().stream().map(p -> p.getMessage()).findFirst().orElse("unreadable"));
            }
            BlockStmt block = parsed.getResult().get();
            List<Conclusion> found = new ArrayList<>();
            List<Change> changes = new ArrayList<>();
            // in the order written: creations and calls sorted by their position in the consequence
            List<Expression> calls = new ArrayList<>();
            calls.addAll(block.findAll(ObjectCreationExpr.class));
            calls.addAll(block.findAll(MethodCallExpr.class));
            calls.sort(Comparator.comparing(e -> e.getBegin().orElseThrow()));
            for (Expression call : calls) {
                if (call instanceof ObjectCreationExpr creation && FACTS.contains(creation.getType().getNameAsString())) {
                    found.add(conclusion(creation.getType().getNameAsString(), creation.getArguments()));
                } else if (call instanceof MethodCallExpr method) {
                    String name = method.getNameAsString();
                    boolean onEvidence = method.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals("Evidence")).isPresent();
                    if (onEvidence && (name.equals("supports") || name.equals("argues"))) {
                        found.add(conclusion("Evidence." + name, method.getArguments()));
                    } else if (name.equals("asOpenQuestion")) {
                        found.add(new Conclusion(Conclusion.Kind.OPEN_QUESTION, "*", ""));
                    } else if (CHANGES.contains(name) && method.getScope().isEmpty() && !method.getArguments().isEmpty()
                            && method.getArgument(0) instanceof NameExpr variable) {
                        changes.add(new Change(name, variable.getNameAsString()));
                    }
                }
            }
            return new Consequence(found, changes, null);
        }

        private static Conclusion conclusion(String type, List<Expression> args) {
            Expression first = args.isEmpty() ? null : args.get(0);
            return switch (type) {
                case "Finding" -> new Conclusion(Conclusion.Kind.FINDING, code(first, "FindingCode"), "");
                case "Evidence.supports", "Evidence.argues", "Evidence" -> {
                    String weight = args.size() > 1 ? args.get(1).toString().replaceAll("[\\s-]", "") : "?";
                    boolean against = type.equals("Evidence.argues")
                            || (type.equals("Evidence") && args.size() > 1 && args.get(1).toString().trim().startsWith("-"));
                    yield new Conclusion(against ? Conclusion.Kind.EVIDENCE_AGAINST : Conclusion.Kind.EVIDENCE_FOR,
                            code(first, "ConditionCode"), (against ? "-" : "+") + weight);
                }
                case "Candidate" -> new Conclusion(Conclusion.Kind.CANDIDATE, code(first, "ConditionCode"), "");
                case "RaisedFlag" -> {
                    String flag = code(first, "FlagCode");
                    String level = args.size() > 2 ? code(args.get(1), "Level") : "*";
                    if ("*".equals(level) && !"*".equals(flag) && args.size() <= 2) {
                        level = FlagCode.valueOf(flag).leastLevel().name();
                    }
                    yield new Conclusion(Conclusion.Kind.FLAG, flag, level);
                }
                case "Urgency" -> new Conclusion(Conclusion.Kind.URGENCY, code(first, "Level"), "");
                case "Decision" -> new Conclusion(Conclusion.Kind.DISPOSITION, code(first, "Level"), "");
                case "CareAdvice" -> {
                    String step = code(first, "CareStepCode");
                    String dose = args.size() > 2 ? literal(args.get(2)) : null;
                    if (dose == null && !"*".equals(step)) {
                        dose = CareStepCode.valueOf(step).dose();
                    }
                    yield new Conclusion(Conclusion.Kind.CARE_STEP, step, dose == null ? "" : dose);
                }
                case "AvoidAdvice" -> new Conclusion(Conclusion.Kind.AVOID, code(first, "AvoidCode"), "");
                case "Withdrawal" -> new Conclusion(Conclusion.Kind.WITHDRAWAL, code(first, "CareStepCode"), "");
                case "Guiding" -> new Conclusion(Conclusion.Kind.GUIDE, code(first, "ConditionCode"), "");
                case "Unanswered" -> new Conclusion(Conclusion.Kind.UNANSWERED, first == null || literal(first) == null ? "*" : literal(first),
                        args.size() > 1 ? code(args.get(1), "Level") : "*");
                default -> throw new IllegalStateException(type);
            };
        }

        /** The constant of {@code enumName} an argument names ({@code FlagCode.X}), or {@code *} when it takes it from a fact. */
        private static String code(Expression argument, String enumName) {
            if (argument == null) {
                return "*";
            }
            List<FieldAccessExpr> fields = new ArrayList<>(argument.findAll(FieldAccessExpr.class));
            for (FieldAccessExpr field : fields) {
                if (field.getScope() instanceof NameExpr scope && scope.getNameAsString().equals(enumName)
                        && isConstant(enumName, field.getNameAsString())) {
                    return field.getNameAsString();
                }
            }
            return "*";
        }

        private static String literal(Expression argument) {
            return argument instanceof StringLiteralExpr s ? s.asString() : null;
        }
    }

    private static boolean isConstant(String enumName, String constant) {
        Class<? extends Enum<?>> type = CODE_ENUMS.get(enumName);
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
