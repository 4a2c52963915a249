package org.hiptriage.examples.rulebook;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.verifier.Verifier;
import org.drools.verifier.builder.VerifierBuilderFactory;
import org.drools.verifier.data.VerifierReport;
import org.drools.verifier.report.components.Severity;
import org.drools.verifier.report.components.VerifierMessageBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;

/**
 * Runs the Drools Verifier ({@code drools-verifier-drl}) over DRL files, one file at a time, and
 * sorts what it finds.
 *
 * <p>The verifier reads field constraints ({@code severity >= 8}, {@code code == FlagCode.X}) but not
 * the helper methods the rules use ({@code hurtsAt(..)}, {@code worseWith(..)}). Two of its warning
 * types are therefore mostly noise here and are summarised rather than listed one by one:
 * EQUIVALANCE between rules whose conditions differ only in helper calls (only pairs with the same
 * condition text, and the same base rule, are kept), and MISSING_EQUALITY (a code tested with {@code ==} but never with
 * {@code !=}, which is how every rule of this rule base is written). A base rule that other rules
 * {@code extend} has no consequence by design: the verifier's MISSING_COMPONENT about it is a note. The
 * verifier reads a rule's own conditions only, not those it inherits.
 */
public final class DrlVerification {

    /** One finding of the verifier. */
    public record Finding(String severity, String type, String message) {
    }

    /** What the verifier found: errors, warnings, notes, and the noise it summarised. */
    public record Result(List<Finding> errors, List<Finding> warnings, List<Finding> notes,
                         List<String> sameConditions, Map<String, Integer> missingEquality, int equivalencesDropped,
                         List<String> buildErrors) {

        /** True when the verifier found no ERROR and could read every file. */
        public boolean ok() {
            return errors.isEmpty() && buildErrors.isEmpty();
        }
    }

    private static final Map<Map<String, String>, Result> CACHE = new ConcurrentHashMap<>();
    private static final Pattern EQUIVALENT = Pattern.compile("Equivalency between: \\(Rule '(.*?)'\\) and \\(Rule '(.*?)'\\)");
    private static final Pattern MISSING = Pattern.compile("Rule base covers == (\\S+), but it is missing");
    private static final Pattern NO_RHS = Pattern.compile("Rule '(.*?)' has no RHS");

    private DrlVerification() {
    }

    /** Verifies the DRL files (path to text); the result is cached for equal inputs. */
    public static Result verify(Map<String, String> drlByPath) {
        return CACHE.computeIfAbsent(Map.copyOf(drlByPath), DrlVerification::run);
    }

    private static Result run(Map<String, String> drlByPath) {
        Map<String, DrlCatalogue.Rule> rules = DrlCatalogue.byName(drlByPath);
        Set<String> baseRules = RuleBaseChecks.baseRules(rules.values());
        List<String> buildErrors = new ArrayList<>();
        TreeSet<Finding> errors = sorted();
        TreeSet<Finding> warnings = sorted();
        TreeSet<Finding> notes = sorted();
        TreeSet<String> same = new TreeSet<>();
        TreeMap<String, Integer> missing = new TreeMap<>();
        TreeSet<String> dropped = new TreeSet<>();
        // One file at a time: one concern per file, and the verifier's analysis of the whole rule base at
        // once grows combinatorially (it runs out of a 6 GB heap on 250 rules).
        for (Map.Entry<String, String> file : new TreeMap<>(drlByPath).entrySet()) {
            Verifier verifier = VerifierBuilderFactory.newVerifierBuilder().newVerifier();
            try {
                verifier.addResourcesToVerify(ResourceFactory.newReaderResource(new StringReader(file.getValue()))
                        .setSourcePath(file.getKey()), ResourceType.DRL);
                verifier.getErrors().forEach(e -> buildErrors.add(file.getKey() + ": " + e));
                if (!verifier.fireAnalysis()) {
                    buildErrors.add(file.getKey() + ": the verifier's analysis did not complete");
                }
                VerifierReport report = verifier.getResult();
                for (Severity severity : Severity.values()) {
                    for (VerifierMessageBase m : report.getBySeverity(severity)) {
                        String type = String.valueOf(m.getMessageType());
                        String text = (m.getMessage() + " " + m.getCauses()).replaceAll("\\s+", " ").trim();
                        if (severity == Severity.ERROR) {
                            errors.add(new Finding("ERROR", type, file.getKey() + ": " + text));
                            continue;
                        }
                        if ("EQUIVALANCE".equals(type)) {
                            Matcher e = EQUIVALENT.matcher(text);
                            if (e.find()) {
                                String a = e.group(1);
                                String b = e.group(2);
                                String pair = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
                                if (rules.containsKey(a) && rules.containsKey(b)
                                        && normal(rules.get(a).when()).equals(normal(rules.get(b).when()))
                                        && Objects.equals(rules.get(a).parent(), rules.get(b).parent())) {
                                    same.add(pair.replace("\u0000", "\" and \""));
                                } else {
                                    dropped.add(pair);
                                }
                                continue;
                            }
                        }
                        if ("MISSING_COMPONENT".equals(type)) {
                            Matcher e = NO_RHS.matcher(text);
                            if (e.find() && baseRules.contains(e.group(1))) {
                                notes.add(new Finding("NOTE", type, file.getKey() + ": " + text
                                        + " It is a base rule: the rules that extend it inherit its conditions and conclude."));
                                continue;
                            }
                        }
                        if ("MISSING_EQUALITY".equals(type)) {
                            Matcher e = MISSING.matcher(text);
                            if (e.find()) {
                                missing.merge(e.group(1).replaceAll("^.*\\.(\\w+\\.\\w+)$", "$1"), 1, Integer::sum);
                                continue;
                            }
                        }
                        (severity == Severity.WARNING ? warnings : notes).add(new Finding(
                                severity == Severity.WARNING ? "WARNING" : "NOTE", type, file.getKey() + ": " + text));
                    }
                }
            } finally {
                verifier.dispose();
            }
        }
        return new Result(List.copyOf(errors), List.copyOf(warnings), List.copyOf(notes),
                same.stream().map(p -> "\"" + p + "\"").toList(), Map.copyOf(missing), dropped.size(),
                List.copyOf(buildErrors));
    }

    private static TreeSet<Finding> sorted() {
        return new TreeSet<>(Comparator.comparing(Finding::type).thenComparing(Finding::message));
    }

    private static String normal(String drl) {
        return drl.replaceAll("\\s+", " ").trim();
    }
}
