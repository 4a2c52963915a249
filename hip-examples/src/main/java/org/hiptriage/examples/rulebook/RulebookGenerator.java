package org.hiptriage.examples.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.engine.RuleFiles;
import org.hiptriage.model.Threshold;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.Likelihood;
import org.hiptriage.model.report.Source;
import org.hiptriage.rules.ConditionGroup;
import org.hiptriage.rules.FindingCode;
import org.hiptriage.rules.Layer;

/**
 * Writes the rulebook, {@code docs/rulebook.md} and {@code docs/rulebook.html}, from the compiled
 * knowledge base itself: every rule with its layer, description, conclusions, sources and the
 * vignettes that exercise it, grouped by condition and by flag, with the code tables, the table of
 * thresholds, the groups of conditions, the conflicts between sources, the static checks and the
 * changelog. The output is deterministic (sorted, no dates), so a test can tell when the committed
 * rulebook is stale.
 */
public final class RulebookGenerator {

    /** The command that regenerates the committed rulebook, from the repository root. */
    public static final String COMMAND = "mvn -q -DskipTests package && java -jar hip-examples/target/hip-triage.jar rulebook --out docs";
    /** The vignette folder, from the repository root. */
    public static final String VIGNETTES = "hip-rules/src/test/vignettes";

    /** Where the sources disagree and how the rules settle it; every rule named must exist (a test checks). */
    public record SourceConflict(String topic, String disagreement, String resolution, List<String> rules) {
    }

    /** The conflicts between sources, curated from the clinical notes and the DRL file comments. */
    public static final List<SourceConflict> CONFLICTS = List.of(
            new SourceConflict("Stretching the hip flexors",
                    "S0, S1 and S4 recommend stretching the hip flexors; S3 says not to stretch an irritated hip-flexor "
                            + "tendon in the first 6 weeks.",
                    "S3 wins for a hip flexor tendinopathy under 6 weeks old: static hip-flexor stretching is avoided, and the "
                            + "review layer withdraws gentle stretching from that plan. S0, S1 and S4 apply otherwise.",
                    List.of("No static hip-flexor stretch in the first six weeks of a hip flexor tendinopathy",
                            "A care step that the plan also says to avoid is withdrawn")),
            new SourceConflict("Anti-inflammatory pain relief",
                    "S0 and S2 suggest over-the-counter anti-inflammatories for pain; the clinical notes rule them out in pregnancy.",
                    "In pregnancy anti-inflammatories are avoided and short-term pain relief is withdrawn from the plan; the runner "
                            + "asks her midwife or doctor.",
                    List.of("No anti-inflammatory drugs in pregnancy", "A care step that the plan also says to avoid is withdrawn")),
            new SourceConflict("Training through pain",
                    "The pain-monitoring model (SILBERNAGEL_2007, Achilles tendons) lets tendon pain up to 3/10 be trained through; "
                            + "bone stress must be pain-free (ROBERTSON_WOOD_2017).",
                    "Pain above 3/10, or pain that changes the stride, always means stop; a suspected stress fracture means no "
                            + "impact at all until imaged.",
                    List.of("Never run through pain", "No running, jumping or hopping while a stress fracture is suspected")),
            new SourceConflict("How fast to build mileage",
                    "S1 gives the 10 % weekly rule; a trial found no benefit from a 10 % programme (BUIST_2008), while increases "
                            + "over about 30 % in two weeks went with more injuries (NIELSEN_2014).",
                    "The 10 % rule is kept as a convention for the dose, with the evidence-based ceiling: never more than about "
                            + "30 % over two weeks.",
                    List.of("A runner whose distance rose sharply builds mileage gradually")),
            new SourceConflict("Hopping as a test",
                    "Pain on hopping is a sign of a femoral neck or pubic ramus stress fracture (ROBERTSON_WOOD_2017); hopping on "
                            + "a stress fracture can complete it.",
                    "Pain on hopping is used only as history or as a clinician's finding; the runner is never asked to hop.",
                    List.of("Groin or pubic pain on hopping raises a suspected stress fracture",
                            "No running, jumping or hopping while a stress fracture is suspected")));

    /** The rendered rulebook. */
    public record Rulebook(String markdown, String html) {
    }

    private final TriageEngine engine;
    private final List<RuleInfo> rules;
    private final Map<String, String> drl;
    /** The rules as written, read by Drools' parser: what each concludes and tests, its file. */
    private final List<DrlCatalogue.File> files;
    private final Map<String, DrlCatalogue.Rule> written;
    private final DrlVerification.Result verdict;
    private final VignetteCoverage coverage;
    private final Map<String, String> anchors = new HashMap<>();

    private RulebookGenerator(TriageEngine engine, Path vignettes, VerifierVerdict verdict) {
        this.engine = engine;
        this.rules = engine.rules();
        this.drl = RuleFiles.packaged();
        this.files = DrlCatalogue.files(drl);
        this.written = DrlCatalogue.byName(files);
        if (!verdict.isFor(drl)) {
            throw new IllegalArgumentException("the verifier's verdict is about other DRL than the packaged rules");
        }
        this.verdict = verdict.result();
        this.coverage = VignetteCoverage.of(engine, vignettes);
        for (RuleInfo rule : rules) {
            String id = Doc.slug("r", rule.name());
            while (anchors.containsValue(id)) {
                id = id + "-x";
            }
            anchors.put(rule.name(), id);
        }
    }

    /**
     * Generates the rulebook of the engine's rule base, with the vignettes of the folder; the verifier's findings
     * come from the recorded verdict while the DRL is unchanged (see {@link VerifierVerdict#forDrl}).
     */
    public static Rulebook generate(TriageEngine engine, Path vignettes) {
        return generate(engine, vignettes, VerifierVerdict.forDrl(RuleFiles.packaged()));
    }

    /** Generates the rulebook with this verdict of the verifier (it must be about the packaged DRL). */
    public static Rulebook generate(TriageEngine engine, Path vignettes, VerifierVerdict verdict) {
        Doc doc = new RulebookGenerator(engine, vignettes, verdict).build();
        return new Rulebook(doc.markdown(), doc.html());
    }

    /**
     * Generates the rulebook and writes {@code rulebook.md}, {@code rulebook.html} and the verifier's verdict
     * ({@value VerifierVerdict#FILE}) into {@code out}; the verifier runs again unless a verdict recorded in {@code out}
     * or {@code docs/} is about exactly these rules.
     */
    public static List<Path> write(Path out, Path vignettes) throws IOException {
        VerifierVerdict verdict = VerifierVerdict.forDrl(RuleFiles.packaged(), out);
        Rulebook book;
        try (TriageEngine engine = TriageEngine.create()) {
            book = generate(engine, vignettes, verdict);
        }
        Files.createDirectories(out);
        Path md = out.resolve("rulebook.md");
        Path html = out.resolve("rulebook.html");
        Path recorded = out.resolve(VerifierVerdict.FILE);
        Files.writeString(md, book.markdown(), StandardCharsets.UTF_8);
        Files.writeString(html, book.html(), StandardCharsets.UTF_8);
        verdict.write(recorded);
        return List.of(md, html, recorded);
    }

    /** {@code RulebookGenerator [OUT [VIGNETTES]]}: the same as {@code hip-triage rulebook --out OUT}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs");
        Path vignettes = Path.of(args.length > 1 ? args[1] : VIGNETTES);
        for (Path p : write(out, vignettes)) {
            System.out.println("wrote " + p);
        }
    }

    // ---------------------------------------------------------------- the document

    private Doc build() {
        Doc doc = new Doc("hip-triage rulebook");
        intro(doc);
        codes(doc);
        thresholds(doc);
        conditionGroups(doc);
        conditions(doc);
        flags(doc);
        careAndAvoid(doc);
        conflicts(doc);
        everyRule(doc);
        vignettes(doc);
        checks(doc);
        changelog(doc);
        sources(doc);
        return doc;
    }

    private void intro(Doc doc) {
        doc.para("Rule base version **" + engine.ruleBaseVersion() + "** · " + rules.size() + " rules in " + drl.size()
                + " DRL files · " + coverage.vignettes().size() + " vignettes.");
        doc.para("This rulebook is generated from the compiled knowledge base, not written by hand. After any change to "
                + "the rules or the vignettes, regenerate it from the repository root with `" + COMMAND
                + "` and commit the result; `mvn verify` fails while it is stale.");
        doc.heading(2, "reading", "How to read this rulebook", true);
        doc.para("hip-triage reasons in layers that run in order; a layer starts only when the one before has finished:");
        List<String> layers = new ArrayList<>();
        for (Layer layer : Layer.inOrder()) {
            layers.add("**" + layer.agendaGroup() + "**: " + layerText(layer) + " (" + count(r -> r.layer() == layer) + " rules)");
        }
        doc.items(layers);
        doc.para("Every rule is a clinical statement with a plain description, the sources it follows and what it concludes. "
                + "A condition is listed when its evidence adds up to " + Likelihood.POSSIBLE_SCORE + " or more (POSSIBLE) and is "
                + "LIKELY at " + Likelihood.LIKELY_SCORE + " or more. The "
                + "sections by condition and by flag collect every rule that concerns one code; the section "
                + "[Every rule, layer by layer](#every-rule) gives each rule in full, with the vignettes that exercise it.");
    }

    private static String layerText(Layer layer) {
        return switch (layer) {
            case FINDINGS -> "input facts become clinical findings";
            case EVIDENCE -> "findings and facts weigh for or against each condition";
            case RANKING -> "the weights add up to a score and a likelihood";
            case FLAGS -> "escalation flags, each with its urgency";
            case QUESTIONS -> "the unanswered inputs whose worrying answer would call for a more urgent level (the report's openQuestions)";
            case DISPOSITION -> "the most urgent need of all flags and conditions decides how soon to be seen";
            case CARE -> "the conservative-care plan by phase, with doses";
            case AVOID -> "what not to do, with the conflicts between sources resolved";
            case REVIEW -> "a care step that contradicts something to avoid is withdrawn, and the open questions that could raise the disposition are listed";
        };
    }

    private void codes(Doc doc) {
        doc.heading(2, "codes", "Summary of the codes", true);
        doc.heading(3, "codes-conditions", "Conditions", false);
        List<List<String>> rows = new ArrayList<>();
        for (ConditionCode c : ConditionCode.values()) {
            rows.add(List.of("[`" + c.name() + "`](#" + Doc.slug("c", c.name()) + ")", c.serious() ? "must not be missed" : "",
                    c.displayName(), String.valueOf(count(r -> concludes(r, Conclusion.Kind.EVIDENCE_FOR, c.name()))),
                    String.valueOf(count(r -> concludes(r, Conclusion.Kind.EVIDENCE_AGAINST, c.name())))));
        }
        doc.table(List.of("Name", "Level", "Description", "Rules for", "Rules against"), rows);
        doc.heading(3, "codes-flags", "Flags", false);
        rows = new ArrayList<>();
        for (FlagCode f : FlagCode.values()) {
            rows.add(List.of("[`" + f.name() + "`](#" + Doc.slug("f", f.name()) + ")", f.leastLevel().name(), f.message(),
                    String.valueOf(count(r -> concludes(r, Conclusion.Kind.FLAG, f.name())))));
        }
        doc.table(List.of("Name", "Level (at least)", "Description", "Rules raising it"), rows);
        doc.heading(3, "codes-dispositions", "Dispositions", false);
        rows = new ArrayList<>();
        for (Level l : Level.values()) {
            rows.add(List.of("`" + l.name() + "`", String.valueOf(l.ordinal() + 1), l.advice()));
        }
        doc.table(List.of("Name", "Level (1 = most urgent)", "Description"), rows);
        doc.heading(3, "codes-care", "Care steps", false);
        rows = new ArrayList<>();
        for (CareStepCode s : CareStepCode.values()) {
            rows.add(List.of("`" + s.name() + "`", s.phase().name(), s.instructions() + " Dose: " + s.dose() + "."
                    + (s.contradicts().isEmpty() ? "" : " Withdrawn when the plan avoids "
                    + s.contradicts().stream().map(a -> "`" + a.name() + "`").collect(Collectors.joining(", ")) + "."),
                    String.valueOf(count(r -> concludes(r, Conclusion.Kind.CARE_STEP, s.name())))));
        }
        doc.table(List.of("Name", "Level (phase)", "Description", "Rules recommending it"), rows);
        doc.heading(3, "codes-avoid", "Things to avoid", false);
        rows = new ArrayList<>();
        for (AvoidCode a : AvoidCode.values()) {
            rows.add(List.of("`" + a.name() + "`", "", a.meaning(), String.valueOf(count(r -> concludes(r, Conclusion.Kind.AVOID, a.name())))));
        }
        doc.table(List.of("Name", "Level", "Description", "Rules"), rows);
        doc.heading(3, "codes-findings", "Findings (internal, not in the report)", false);
        rows = new ArrayList<>();
        for (FindingCode f : FindingCode.values()) {
            rows.add(List.of("`" + f.name() + "`", "", f.meaning(), String.valueOf(count(r -> concludes(r, Conclusion.Kind.FINDING, f.name())))));
        }
        doc.table(List.of("Name", "Level", "Description", "Rules finding it"), rows);
    }

    private void thresholds(Doc doc) {
        doc.heading(2, "thresholds", "Clinical thresholds", true);
        doc.para("Every age, duration, distance, body-mass index and score the rules compare with, in one table "
                + "(`org.hiptriage.model.Threshold`). A rule names an entry (`Pain( lastedAtMost(Threshold.NEW_PAIN_MAX_DAYS) )`) "
                + "or calls a model helper that reads it (`Runner( isAdolescent() )`); each rule's **Tests** line lists the "
                + "thresholds it names. No rule writes a threshold as a number (a static check).");
        List<List<String>> rows = new ArrayList<>();
        for (Threshold t : Threshold.values()) {
            rows.add(List.of("`" + t.name() + "`", t.valueInWords(), t.unit().words(), t.meaning(),
                    String.join(", ", t.sourceKeys())));
        }
        doc.table(List.of("Name", "Value", "Unit", "Meaning", "Source"), rows);
    }

    private void conditionGroups(Doc doc) {
        doc.heading(2, "condition-groups", "Groups of conditions", true);
        doc.para("Conditions that several rules, or one long list, treat alike have a name "
                + "(`org.hiptriage.rules.ConditionGroup`); a rule tests `Candidate( isIn(ConditionGroup.NAME) )`. A list of "
                + "two or three conditions that one rule names in its own title stays written out in that rule.");
        List<List<String>> rows = new ArrayList<>();
        for (ConditionGroup g : ConditionGroup.values()) {
            rows.add(List.of("`" + g.name() + "`", g.meaning(),
                    g.members().stream().map(c -> "[`" + c.name() + "`](#" + Doc.slug("c", c.name()) + ")").collect(Collectors.joining(", ")),
                    rules.stream().filter(r -> drlOf(r).considers().contains("ConditionGroup." + g.name())).map(this::link)
                            .collect(Collectors.joining("; "))));
        }
        doc.table(List.of("Name", "Meaning", "Members", "Rules"), rows);
    }

    private void conditions(Doc doc) {
        doc.heading(2, "conditions", "Conditions", true);
        doc.para("For each condition: the evidence for it and against it (the weights add up to its score), and every other "
                + "rule that tests it.");
        for (ConditionCode c : ConditionCode.values()) {
            doc.heading(3, Doc.slug("c", c.name()), c.displayName() + " (`" + c.name() + "`)", true);
            if (c.serious()) {
                doc.para("A condition that must not be missed: at equal scores it ranks first.");
            }
            group(doc, "Evidence for", r -> concludes(r, Conclusion.Kind.EVIDENCE_FOR, c.name()), Conclusion.Kind.EVIDENCE_FOR, c.name());
            group(doc, "Evidence against", r -> concludes(r, Conclusion.Kind.EVIDENCE_AGAINST, c.name()), Conclusion.Kind.EVIDENCE_AGAINST, c.name());
            group(doc, "Other rules that test it", r -> drlOf(r).considers().contains("ConditionCode." + c.name())
                    && !concludes(r, Conclusion.Kind.EVIDENCE_FOR, c.name()) && !concludes(r, Conclusion.Kind.EVIDENCE_AGAINST, c.name()), null, null);
        }
    }

    private void flags(Doc doc) {
        doc.heading(2, "flags", "Flags", true);
        doc.para("For each flag: every rule that raises it, and every rule that acts on it.");
        for (FlagCode f : FlagCode.values()) {
            doc.heading(3, Doc.slug("f", f.name()), "`" + f.name() + "` (" + f.leastLevel().name() + ")", true);
            doc.quote(f.message());
            group(doc, "Raised by", r -> concludes(r, Conclusion.Kind.FLAG, f.name()), Conclusion.Kind.FLAG, f.name());
            group(doc, "Acted on by", r -> drlOf(r).considers().contains("FlagCode." + f.name()) && !concludes(r, Conclusion.Kind.FLAG, f.name()), null, null);
        }
    }

    private void careAndAvoid(Doc doc) {
        doc.heading(2, "care", "Care steps and things to avoid", true);
        for (CareStepCode s : CareStepCode.values()) {
            if (count(r -> concludes(r, Conclusion.Kind.CARE_STEP, s.name())) > 0) {
                doc.heading(4, Doc.slug("s", s.name()), "Care step `" + s.name() + "` (" + s.phase().name() + ")", false);
                group(doc, null, r -> concludes(r, Conclusion.Kind.CARE_STEP, s.name()), Conclusion.Kind.CARE_STEP, s.name());
            }
        }
        for (AvoidCode a : AvoidCode.values()) {
            if (count(r -> concludes(r, Conclusion.Kind.AVOID, a.name())) > 0) {
                doc.heading(4, Doc.slug("a", a.name()), "Avoid `" + a.name() + "`", false);
                group(doc, null, r -> concludes(r, Conclusion.Kind.AVOID, a.name()), null, null);
            }
        }
    }

    /** A table of the rules matching {@code which}; the detail column shows the conclusion of that kind and code. */
    private void group(Doc doc, String title, Predicate<RuleInfo> which, Conclusion.Kind kind, String code) {
        List<RuleInfo> matching = rules.stream().filter(which).toList();
        if (title != null) {
            if (matching.isEmpty() && !title.startsWith("Evidence for") && !title.startsWith("Raised by")) {
                return;
            }
            doc.para("**" + title + "**");
        }
        if (matching.isEmpty()) {
            doc.para("No rule yet.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RuleInfo r : matching) {
            String detail = kind == null ? drlOf(r).concludes().stream().map(this::words).distinct().collect(Collectors.joining("; "))
                    : drlOf(r).concludes().stream().filter(c -> c.kind() == kind && c.code().equals(code)).map(Conclusion::detail)
                    .distinct().collect(Collectors.joining("; "));
            rows.add(List.of(link(r), layer(r), detail, r.description(), String.join(", ", r.sourceKeys()),
                    String.valueOf(coverage.of(r.name()).size())));
        }
        doc.table(List.of("Rule", "Layer", kind == null ? "Concludes" : kind == Conclusion.Kind.CARE_STEP ? "Dose" : kind == Conclusion.Kind.FLAG ? "Level" : "Weight",
                "What it says", "Sources", "Vignettes"), rows);
    }

    private void conflicts(Doc doc) {
        doc.heading(2, "conflicts", "Conflicts between sources and how the rules resolve them", true);
        List<List<String>> rows = new ArrayList<>();
        for (SourceConflict c : CONFLICTS) {
            rows.add(List.of("**" + c.topic() + "**", c.disagreement(), c.resolution(),
                    c.rules().stream().map(name -> anchors.containsKey(name) ? "[" + name + "](#" + anchors.get(name) + ")" : name + " (missing)")
                            .collect(Collectors.joining("; "))));
        }
        doc.table(List.of("Topic", "What the sources say", "How the rules resolve it", "Rules"), rows);
        List<String> notes = new ArrayList<>();
        for (DrlCatalogue.File file : files) {
            String comment = file.comment().toLowerCase(Locale.ROOT);
            if (comment.contains("disagree") || comment.contains("conflict") || comment.contains("overrid")
                    || comment.contains("contradict") || comment.contains("wins")) {
                notes.add("`" + shortPath(file.path()) + "`: " + file.comment());
            }
        }
        if (!notes.isEmpty()) {
            doc.para("What the rule files themselves say about it:");
            doc.items(notes);
        }
    }

    private void everyRule(Doc doc) {
        doc.heading(2, "every-rule", "Every rule, layer by layer", true);
        for (Layer layer : Layer.inOrder()) {
            doc.heading(3, "layer-" + layer.agendaGroup(), "Layer: " + layer.agendaGroup(), true);
            doc.para(capitalise(layerText(layer)) + ".");
            String lastFile = null;
            for (RuleInfo r : rules) {
                if (r.layer() != layer) {
                    continue;
                }
                if (!drlOf(r).file().equals(lastFile)) {
                    lastFile = drlOf(r).file();
                    String comment = commentOf(lastFile);
                    doc.para("File `" + shortPath(lastFile) + "`" + (comment.isEmpty() ? "" : ": " + comment));
                }
                doc.heading(4, anchors.get(r.name()), r.name(), false);
                List<String> items = new ArrayList<>();
                items.add("**What it does:** " + r.description());
                String parent = drlOf(r).parent();
                if (parent != null) {
                    items.add("**Extends:** " + (anchors.containsKey(parent) ? "[" + parent + "](#" + anchors.get(parent) + ")"
                            : parent) + ": its conditions come first, then this rule's own.");
                }
                long children = written.values().stream().filter(d -> r.name().equals(d.parent())).count();
                if (children > 0) {
                    items.add("**Base rule of:** " + children + " rules, which inherit its conditions.");
                }
                items.add("**Concludes:** " + (drlOf(r).concludes().isEmpty() ? "nothing the report shows"
                        : drlOf(r).concludes().stream().map(this::words).distinct().collect(Collectors.joining("; "))));
                if (!drlOf(r).considers().isEmpty()) {
                    items.add("**Tests:** " + drlOf(r).considers().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")));
                }
                items.add("**Sources:** " + r.sourceKeys().stream()
                        .map(k -> Source.byKey(k).map(s -> "`" + k + "` " + s.title()).orElse("`" + k + "` (unknown source)"))
                        .collect(Collectors.joining("; ")));
                SortedSet<String> v = coverage.of(r.name());
                items.add("**Vignettes:** " + (v.isEmpty() ? "none: no vignette exercises this rule" : v.size() + ": " + String.join(", ", v)));
                doc.items(items);
            }
        }
    }

    private void vignettes(Doc doc) {
        doc.heading(2, "vignettes", "Vignettes", true);
        doc.para("Each vignette of `" + VIGNETTES + "` was run through the engine; a rule exercises a vignette when it fired in it.");
        List<List<String>> rows = new ArrayList<>();
        coverage.vignettes().values().forEach(v -> rows.add(List.of("`" + v.id() + "`", v.title(), v.kind(), String.valueOf(v.rulesFired()))));
        if (rows.isEmpty()) {
            doc.para("No vignettes yet.");
        } else {
            doc.table(List.of("Vignette", "Title", "Kind", "Rules fired"), rows);
        }
        List<String> unexercised = rules.stream().filter(r -> coverage.of(r.name()).isEmpty()).map(this::link).toList();
        doc.para("**Rules no vignette exercises (" + unexercised.size() + " of " + rules.size() + "):**"
                + (unexercised.isEmpty() ? " none." : ""));
        if (!unexercised.isEmpty()) {
            doc.items(unexercised);
        }
        if (!coverage.refused().isEmpty()) {
            doc.para("**Vignettes the engine refused (fix them):**");
            doc.items(coverage.refused().entrySet().stream().map(e -> "`" + e.getKey() + "`: " + e.getValue()).toList());
        }
    }

    private void checks(Doc doc) {
        doc.heading(2, "checks", "Static checks", true);
        List<String> problems = new ArrayList<>(RuleBaseChecks.metadata(drl));
        problems.addAll(RuleBaseChecks.contradictions(drl));
        problems.addAll(RuleBaseChecks.bareNumbers(drl));
        problems.addAll(RuleBaseChecks.conditionLists(drl));
        doc.para("**Metadata and contradictions** (every rule has `@source`, `@description` and a layer; each conclusion in "
                + "its own layer; nothing recommended that the plan also avoids without the review withdrawing it; no "
                + "threshold written as a number instead of a name of the table; no list of conditions retyped instead of "
                + "a named group): "
                + (problems.isEmpty() ? "no problems." : problems.size() + " problems:"));
        if (!problems.isEmpty()) {
            doc.items(problems);
        }
        DrlVerification.Result v = verdict;
        doc.heading(3, "verifier", "Drools Verifier", true);
        doc.para("The Drools Verifier (`drools-verifier-drl`) analysed every DRL file, one file (one concern) at a time: its "
                + "analysis of the whole rule base at once grows beyond any reasonable memory. The test suite fails on any ERROR. "
                + "It reads field constraints but not the helper methods of the facts (`hurtsAt(..)`, `worseWith(..)`), so some "
                + "of its warning types are summarised here rather than listed. It reads a rule's own conditions, not those it "
                + "inherits from the base rule it `extends`, and notes that a base rule has no consequence.");
        doc.para("**Errors:** " + (v.errors().isEmpty() && v.buildErrors().isEmpty() ? "none." : ""));
        if (!v.errors().isEmpty() || !v.buildErrors().isEmpty()) {
            List<String> all = new ArrayList<>(v.buildErrors());
            v.errors().forEach(f -> all.add(f.type() + ": " + f.message()));
            doc.items(all);
        }
        doc.para("**Warnings:** " + (v.warnings().isEmpty() ? "none besides those summarised below." : ""));
        if (!v.warnings().isEmpty()) {
            doc.items(v.warnings().stream().map(f -> f.type() + ": " + f.message()).toList());
        }
        doc.para("**Rules with the same conditions** (EQUIVALANCE warnings where the condition text is identical; usually "
                + "one concern per rule, for example two care steps for one flag): " + (v.sameConditions().isEmpty() ? "none." : ""));
        if (!v.sameConditions().isEmpty()) {
            doc.items(v.sameConditions());
        }
        doc.para("EQUIVALANCE warnings between rules whose conditions differ only in helper methods the verifier cannot read: "
                + v.equivalencesDropped() + " pairs, not listed.");
        if (!v.missingEquality().isEmpty()) {
            doc.para("**MISSING_EQUALITY** (a value tested with `==` but never with `!=`; the rules of this rule base are written "
                    + "that way on purpose):");
            List<List<String>> rows = new ArrayList<>();
            new TreeMap<>(v.missingEquality()).forEach((value, n) -> rows.add(List.of("`" + value + "`", String.valueOf(n))));
            doc.table(List.of("Value", "Warnings"), rows);
        }
        if (!v.notes().isEmpty()) {
            doc.para("**Notes:**");
            doc.items(v.notes().stream().map(f -> f.type() + ": " + f.message()).toList());
        }
    }

    private void changelog(Doc doc) {
        doc.heading(2, "changelog", "Changelog of the rule base", true);
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean item = false;
        for (String line : classpath("/org/hiptriage/rules/CHANGELOG.md").split("\\R")) {
            String t = line.strip();
            if (t.startsWith("# ")) {
                continue;
            }
            if (t.isEmpty() || t.startsWith("## ") || t.startsWith("- ")) {
                end(doc, items, current, item);
                current.setLength(0);
                if (t.startsWith("- ")) {
                    current.append(t.substring(2));
                    item = true;
                } else {
                    flush(doc, items);
                    item = false;
                    if (t.startsWith("## ")) {
                        doc.heading(3, Doc.slug("v", t.substring(3)), "Version " + t.substring(3).strip(), false);
                    }
                }
                continue;
            }
            current.append(current.length() == 0 ? "" : " ").append(t);
        }
        end(doc, items, current, item);
        flush(doc, items);
    }

    private static void end(Doc doc, List<String> items, StringBuilder current, boolean item) {
        if (current.length() == 0) {
            return;
        }
        if (item) {
            items.add(current.toString());
        } else {
            flush(doc, items);
            doc.para(current.toString());
        }
    }

    private static void flush(Doc doc, List<String> items) {
        if (!items.isEmpty()) {
            doc.items(List.copyOf(items));
            items.clear();
        }
    }

    private void sources(Doc doc) {
        doc.heading(2, "sources", "Sources", true);
        List<List<String>> rows = new ArrayList<>();
        for (Source s : Source.values()) {
            rows.add(List.of("`" + s.name() + "`", s.title(), String.valueOf(count(r -> r.sourceKeys().contains(s.name()))),
                    String.valueOf(java.util.Arrays.stream(Threshold.values()).filter(t -> t.sourceKeys().contains(s.name())).count())));
        }
        doc.table(List.of("Key", "Title", "Rules citing it", "Thresholds citing it"), rows);
    }

    // ---------------------------------------------------------------- helpers

    private long count(Predicate<RuleInfo> which) {
        return rules.stream().filter(which).count();
    }

    /** The rule as written; a compiled rule missing from the DRL is a broken build. */
    private DrlCatalogue.Rule drlOf(RuleInfo rule) {
        DrlCatalogue.Rule r = written.get(rule.name());
        if (r == null) {
            throw new IllegalStateException("rule \"" + rule.name() + "\" is in the knowledge base but in no packaged DRL file");
        }
        return r;
    }

    /** The header comment of a DRL file. */
    private String commentOf(String path) {
        return files.stream().filter(f -> f.path().equals(path)).map(DrlCatalogue.File::comment).findFirst().orElse("");
    }

    private boolean concludes(RuleInfo rule, Conclusion.Kind kind, String code) {
        return drlOf(rule).concludes().stream().anyMatch(c -> c.kind() == kind && c.code().equals(code));
    }

    private String link(RuleInfo rule) {
        return "[" + rule.name() + "](#" + anchors.get(rule.name()) + ")";
    }

    private static String layer(RuleInfo rule) {
        return rule.layer() == null ? "?" : rule.layer().agendaGroup();
    }

    private String words(Conclusion c) {
        String code = c.isVariable() ? "(the matched one)" : "`" + c.code() + "`";
        return c.kind().words() + " " + code + (c.detail().isEmpty() ? "" : " (" + (c.kind() == Conclusion.Kind.CARE_STEP ? "dose: " : "") + c.detail() + ")");
    }

    private static String shortPath(String path) {
        return path.replaceFirst("^org/hiptriage/rules/", "");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String classpath(String name) {
        try (InputStream in = RulebookGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
