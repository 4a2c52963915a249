package org.hiptriage.examples.rulebook;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
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
import org.hiptriage.model.Threshold;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.ConditionGroup;
import org.hiptriage.rules.FindingCode;

/**
 * The rules as written, for the rulebook and the build-time checks: each DRL file is read by Drools'
 * own DRL parser into its descriptor tree (rule names, {@code @source} and {@code @description},
 * agenda groups, the patterns of the conditions), and each consequence by a Java parser, from which
 * the facts a rule inserts are read: what it concludes. Rule authors add no metadata for this. A
 * tool, not part of the engine: the engine never reads DRL text. A rule that {@code extends} another
 * inherits its conditions, and so the codes they test; a {@code ConditionGroup.X} tests each of its
 * member conditions.
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
     * @param considers the codes and thresholds its conditions test, its own and those it inherits from the rule it
     *                  {@code extends}, as {@code Enum.CONSTANT}, sorted; a {@code ConditionGroup.X} comes with each
     *                  of its members as {@code ConditionCode.Y}
     * @param changes the facts its consequence deletes or changes ({@code delete($x)}, {@code modify($x)}…)
     * @param numbers the numbers written in its conditions and consequence, outside strings, except the weight of
     *                its evidence (a threshold belongs in {@link Threshold})
     * @param problem why its consequence could not be read as Java, or null
     */
    public record Rule(String name, String file, String agendaGroup, String parent, Map<String, String> annotations,
                       String when, Map<String, String> bindings, List<String> patterns, List<String> constraints,
                       List<Conclusion> concludes, List<String> considers, List<Change> changes,
                       List<WrittenNumber> numbers, String problem) {
        /** Copies the collections. */
        public Rule {
            annotations = Map.copyOf(annotations);
            bindings = Map.copyOf(bindings);
            patterns = List.copyOf(patterns);
            constraints = List.copyOf(constraints);
            concludes = List.copyOf(concludes);
            considers = List.copyOf(considers);
            changes = List.copyOf(changes);
            numbers = List.copyOf(numbers);
        }

        /** This rule with the codes it inherits added to those its own conditions test. */
        private Rule inheriting(List<String> inherited) {
            TreeSet<String> all = new TreeSet<>(considers);
            all.addAll(inherited);
            return new Rule(name, file, agendaGroup, parent, annotations, when, bindings, patterns, constraints, concludes,
                    List.copyOf(all), changes, numbers, problem);
        }

        /** The value of a metadata annotation such as {@code source}, or null. */
        public String annotation(String key) {
            return annotations.get(key);
        }
    }

    /** A fact a consequence deletes or changes: the operation ({@code delete}, {@code retract}, {@code modify}, {@code update}) and the variable. */
    public record Change(String operation, String variable) {
    }

    /** A number a rule writes ({@code 14}), and where: the constraint or the statement of the consequence that holds it. */
    public record WrittenNumber(String number, String where) {
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
            "AvoidCode", AvoidCode.class, "FindingCode", FindingCode.class, "Level", Level.class,
            "ConditionGroup", ConditionGroup.class, "Threshold", Threshold.class);
    /** A code named in a constraint: constraints are DRL, not Java ({@code in (…)}, {@code memberOf}), so they are scanned. */
    private static final Pattern CODE = Pattern.compile(
            "\\b(ConditionCode|FlagCode|CareStepCode|AvoidCode|FindingCode|Level|ConditionGroup|Threshold)\\.([A-Z][A-Z0-9_]*)\\b");
    /** A number in a constraint, once its strings are blanked: not part of a name ({@code S0}) or of a dotted name. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(?:\\.\\d+)?(?![\\w.])");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Set<String> FACTS = Set.of("Finding", "Evidence", "Candidate", "Guiding", "RaisedFlag",
            "Unanswered", "Urgency", "Decision", "CareAdvice", "AvoidAdvice", "Withdrawal");
    private static final Set<String> CHANGES = Set.of("delete", "retract", "modify", "update");
    private static final Map<Map<String, String>, List<File>> READ = new java.util.concurrent.ConcurrentHashMap<>();

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

    /**
     * Every file with its rules, in path order; a rule that {@code extends} another considers what its parent considers.
     * Read once for equal inputs (the checks and the rulebook each ask for the same files).
     */
    public static List<File> files(Map<String, String> drlByPath) {
        return READ.computeIfAbsent(Map.copyOf(drlByPath), DrlCatalogue::readAll);
    }

    private static List<File> readAll(Map<String, String> drlByPath) {
        List<File> files = new ArrayList<>();
        new TreeMap<>(drlByPath).forEach((path, text) -> files.add(read(path, text)));
        Map<String, Rule> written = byName(files);
        List<File> inheriting = new ArrayList<>();
        for (File file : files) {
            inheriting.add(new File(file.path(), file.comment(),
                    file.rules().stream().map(r -> r.parent() == null ? r : r.inheriting(inherited(r, written))).toList()));
        }
        return List.copyOf(inheriting);
    }

    /** What the ancestors of a rule consider (a parent that is no rule, or a loop, adds nothing more). */
    private static List<String> inherited(Rule rule, Map<String, Rule> written) {
        List<String> codes = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>(Set.of(rule.name()));
        for (Rule r = written.get(rule.parent()); r != null && seen.add(r.name()); r = written.get(r.parent())) {
            codes.addAll(r.considers());
        }
        return codes;
    }

    /** Every rule by name, from every file, in path order. */
    public static Map<String, Rule> byName(Map<String, String> drlByPath) {
        return byName(files(drlByPath));
    }

    /** Every rule of these files by name, in their order (the first of two rules with one name). */
    public static Map<String, Rule> byName(List<File> files) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (File file : files) {
            for (Rule rule : file.rules()) {
                rules.putIfAbsent(rule.name(), rule);
            }
        }
        return java.util.Collections.unmodifiableMap(rules);
    }

    /**
     * Reads one file; a rule that {@code extends} a rule is read with its own conditions only ({@link #files} adds
     * what it inherits).
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
        List<WrittenNumber> numbers = new ArrayList<>();
        for (String constraint : conditions.constraints) {
            Matcher m = NUMBER.matcher(STRING.matcher(constraint).replaceAll("\"\""));
            while (m.find()) {
                numbers.add(new WrittenNumber(m.group(), constraint.replaceAll("\\s+", " ").trim()));
            }
        }
        numbers.addAll(consequence.numbers);
        return new Rule(rule.getName(), path, group == null ? null : group.getValue(), rule.getParentName(), annotations,
                when, conditions.bindings, conditions.patterns, conditions.constraints, consequence.concludes,
                codes(String.join("\n", conditions.constraints)), consequence.changes, numbers, consequence.problem);
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

    /**
     * The codes named in DRL constraints, as {@code Enum.CONSTANT}, sorted and without repeats: a
     * {@code ConditionGroup.X} counts with each of its member conditions, and a {@code Threshold.X} is named too.
     */
    public static List<String> codes(String constraints) {
        TreeSet<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(constraints);
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

    /** What a consequence, read as Java, inserts and changes, and the numbers it writes. */
    private record Consequence(List<Conclusion> concludes, List<Change> changes, List<WrittenNumber> numbers, String problem) {

        private static final JavaParser JAVA = new JavaParser(
                new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

        static Consequence read(String java) {
            ParseResult<BlockStmt> parsed = JAVA.parseBlock("{" + java + "\n}");
            if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
                return new Consequence(List.of(), List.of(), List.of(), "its consequence is not plain Java: "
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
            return new Consequence(found, changes, numbers(block), null);
        }

        /** The numbers a consequence writes, but the weight of the evidence it gives (a conclusion, not a threshold). */
        private static List<WrittenNumber> numbers(BlockStmt block) {
            List<WrittenNumber> numbers = new ArrayList<>();
            List<LiteralStringValueExpr> literals = new ArrayList<>();
            literals.addAll(block.findAll(IntegerLiteralExpr.class));
            literals.addAll(block.findAll(LongLiteralExpr.class));
            literals.addAll(block.findAll(DoubleLiteralExpr.class));
            literals.sort(Comparator.comparing(e -> e.getBegin().orElseThrow()));
            for (LiteralStringValueExpr literal : literals) {
                if (!isEvidenceWeight(literal)) {
                    String where = literal.findAncestor(Statement.class).map(Node::toString).orElse(literal.toString());
                    numbers.add(new WrittenNumber(literal.getValue(), where.replaceAll("\\s+", " ").trim()));
                }
            }
            return numbers;
        }

        /** True for the weight, the second argument, of {@code Evidence.supports(..)}, {@code argues(..)} or {@code new Evidence(..)}. */
        private static boolean isEvidenceWeight(Expression literal) {
            Expression argument = literal.getParentNode().filter(p -> p instanceof UnaryExpr)
                    .map(Expression.class::cast).orElse(literal);
            return argument.getParentNode().map(call -> {
                if (call instanceof MethodCallExpr m && m.getScope().filter(s -> s.toString().equals("Evidence")).isPresent()
                        && (m.getNameAsString().equals("supports") || m.getNameAsString().equals("argues"))) {
                    return m.getArguments().size() > 1 && m.getArgument(1) == argument;
                }
                if (call instanceof ObjectCreationExpr c && c.getType().getNameAsString().equals("Evidence")) {
                    return c.getArguments().size() > 1 && c.getArgument(1) == argument;
                }
                return false;
            }).orElse(false);
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
