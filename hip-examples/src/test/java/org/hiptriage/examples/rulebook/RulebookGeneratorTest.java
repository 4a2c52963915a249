package org.hiptriage.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.cli.HipTriageCli;
import org.hiptriage.model.Threshold;
import org.hiptriage.rules.ConditionGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rulebook lists every rule with what a reviewer needs, grouped so one code reads in one place. */
class RulebookGeneratorTest {

    private static TriageEngine engine;
    private static RulebookGenerator.Rulebook book;

    @TempDir
    static Path vignettes;

    @BeforeAll
    static void generate() throws Exception {
        // given two vignettes in a folder of their own: an outer-hip case and a groin case at risk of bone stress
        Files.copy(Path.of("cases/lateral-hip-pain-gtps.json"), vignettes.resolve("901-rulebook-gtps.json"));
        Files.writeString(vignettes.resolve("901-rulebook-gtps.expected.json"),
                "{\"title\": \"Outer hip pain lying on it\", \"kind\": \"typical\"}");
        Files.copy(Path.of("cases/groin-pain-amenorrhoeic-runner.json"), vignettes.resolve("902-rulebook-bone-stress.json"));
        engine = TriageEngine.create();
        book = RulebookGenerator.generate(engine, vignettes);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void everyRuleAppearsWithItsLayerDescriptionSourcesAndVignettes() {
        for (RuleInfo rule : engine.rules()) {
            String entry = entry(book.markdown(), rule.name());
            assertThat(entry).as(rule.name()).contains("**What it does:** " + rule.description(), "**Sources:**", "**Vignettes:**");
            for (String key : rule.sourceKeys()) {
                assertThat(entry).contains("`" + key + "` " + org.hiptriage.model.report.Source.valueOf(key).title());
            }
        }
        // then the flag rule that fired in the bone-stress vignette names it, and an outer-hip rule names the other
        assertThat(entry(book.markdown(), "Groin pain with running in a runner at risk of bone stress raises a suspected stress fracture"))
                .contains("902-rulebook-bone-stress").doesNotContain("901-rulebook-gtps");
        assertThat(entry(book.markdown(), "Pain on the outside of the hip points to greater trochanteric pain syndrome"))
                .contains("901-rulebook-gtps");
        assertThat(book.markdown()).contains("| `901-rulebook-gtps` | Outer hip pain lying on it | typical |");
    }

    @Test
    void everythingThatRaisesSuspectedStressFractureIsInOnePlace() {
        String md = book.markdown();
        int start = md.indexOf("### `SUSPECTED_STRESS_FRACTURE` (URGENT)");
        String section = md.substring(start, md.indexOf("\n### ", start + 1));
        Set<String> raising = DrlCatalogue.packaged().values().stream()
                .filter(r -> r.concludes().stream().anyMatch(c -> c.kind() == Conclusion.Kind.FLAG && c.code().equals("SUSPECTED_STRESS_FRACTURE")))
                .map(DrlCatalogue.Rule::name).collect(Collectors.toSet());
        assertThat(raising).hasSizeGreaterThanOrEqualTo(3);
        String raisedBy = section.substring(section.indexOf("**Raised by**"), section.indexOf("**Acted on by**"));
        for (String rule : raising) {
            assertThat(raisedBy).contains("[" + rule + "]");
        }
        assertThat(section.substring(section.indexOf("**Acted on by**"))).contains("A suspected stress fracture means stop running now");
    }

    @Test
    void theCodeTablesTheConflictsTheChecksAndTheChangelogAreShown() {
        assertThat(book.markdown()).contains("| Name | Level (at least) | Description | Rules raising it |",
                "| [`SUSPECTED_STRESS_FRACTURE`](#f-suspected-stress-fracture) | URGENT |",
                "## Conflicts between sources and how the rules resolve them", "Stretching the hip flexors",
                "### Drools Verifier", "**Errors:** none.", "### Version " + engine.ruleBaseVersion(),
                "Rule base version **" + engine.ruleBaseVersion() + "**");
    }

    @Test
    void theThresholdsAndTheGroupsOfConditionsHaveSectionsOfTheirOwn() {
        String md = book.markdown();
        // the table of thresholds: every entry with its value, unit, meaning and sources
        String thresholds = section(md, "## Clinical thresholds");
        assertThat(thresholds).contains("| Name | Value | Unit | Meaning | Source |");
        for (Threshold t : Threshold.values()) {
            assertThat(thresholds).contains("| `" + t.name() + "` | " + t.valueInWords() + " | " + t.unit().words() + " | "
                    + t.meaning() + " | " + String.join(", ", t.sourceKeys()) + " |");
        }
        assertThat(thresholds).contains("| `NEW_PAIN_MAX_DAYS` | 14 | days |", "| `DISTANCE_RUNNER_KM_PER_WEEK` | 40 | km a week |",
                "| `OVERWEIGHT_BMI_GIRLS` | 18.35 at 8, 19.07 at 9,");
        // the groups of conditions: meaning, members linked to their conditions, and the rules that use each
        String groups = section(md, "## Groups of conditions");
        for (ConditionGroup g : ConditionGroup.values()) {
            assertThat(groups).contains("| `" + g.name() + "` | " + g.meaning() + " | ");
            for (var member : g.members()) {
                assertThat(groups).contains("[`" + member.name() + "`](#c-" + member.name().toLowerCase().replace('_', '-') + ")");
            }
        }
        assertThat(groups).contains("[A runner without an urgent concern returns through a test run]");
        // and a rule tells which thresholds and groups it tests, and which base rule it extends
        assertThat(entry(md, "A runner without an urgent concern returns through a test run"))
                .contains("`ConditionGroup.NO_RUNNING_UNTIL_CLEARED`", "`ConditionCode.SEPTIC_ARTHRITIS`",
                        "**Extends:** [Care is planned only when running may resume](#r-care-is-planned-only-when-running-may-resume)");
        assertThat(entry(md, "Severe pain of 8 out of 10 or more needs a same-day assessment")).contains("`Threshold.SEVERE_PAIN_SCORE`");
        assertThat(entry(md, "Care is planned only when running may resume"))
                .contains("**Concludes:** nothing the report shows", "**Base rule of:** ");
        assertThat(book.html()).contains("id=\"thresholds\"", "id=\"condition-groups\"");
    }

    @Test
    void everyRuleTheConflictListNamesExists() {
        Set<String> names = engine.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        for (RulebookGenerator.SourceConflict conflict : RulebookGenerator.CONFLICTS) {
            for (String rule : conflict.rules()) {
                assertThat(names).as("RulebookGenerator.CONFLICTS (\"" + conflict.topic() + "\") names the rule \"" + rule
                        + "\", which is not in the rule base: update the list to the rule's new name").contains(rule);
            }
        }
    }

    @Test
    void theHtmlIsOnePrintableSelfContainedPageWithContents() {
        String html = book.html();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "@media print", "<nav class=\"toc\">",
                "<a href=\"#f-suspected-stress-fracture\">");
        assertThat(html).doesNotContain("<script", "<link", "src=\"http", "href=\"http", "@import");
        for (RuleInfo rule : engine.rules()) {
            assertThat(html).contains(">" + rule.name().replace("&", "&amp;").replace("\"", "&quot;") + "</h4>");
        }
        // every internal link has its target
        List<String> targets = html.lines().flatMap(l -> java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(l).results())
                .map(m -> m.group(1)).distinct().toList();
        for (String target : targets) {
            assertThat(html).as("anchor " + target).contains("id=\"" + target + "\"");
        }
    }

    @Test
    void theOutputIsDeterministic() {
        RulebookGenerator.Rulebook again = RulebookGenerator.generate(engine, vignettes);
        assertThat(again.markdown()).isEqualTo(book.markdown());
        assertThat(again.html()).isEqualTo(book.html());
        assertThat(book.markdown()).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
    }

    @Test
    void theCommandLineWritesBothFiles(@TempDir Path out) throws Exception {
        var stdout = new java.io.ByteArrayOutputStream();
        var stderr = new java.io.ByteArrayOutputStream();
        int code = HipTriageCli.run(new String[] {"rulebook", "--out", out.toString(), "--vignettes", vignettes.toString()},
                java.io.InputStream.nullInputStream(), new java.io.PrintStream(stdout, true, "UTF-8"),
                new java.io.PrintStream(stderr, true, "UTF-8"));
        assertThat(code).as(stderr.toString()).isZero();
        assertThat(Files.readString(out.resolve("rulebook.md"))).isEqualTo(book.markdown());
        assertThat(Files.readString(out.resolve("rulebook.html"))).isEqualTo(book.html());
        assertThat(stdout.toString()).contains("wrote ");
    }

    private static String section(String md, String heading) {
        int start = md.indexOf(heading + "\n");
        assertThat(start).as(heading).isPositive();
        int end = md.indexOf("\n## ", start + 1);
        return md.substring(start, end < 0 ? md.length() : end);
    }

    private static String entry(String md, String rule) {
        int start = md.indexOf("#### " + rule + "\n");
        assertThat(start).as("entry of " + rule).isPositive();
        int end = md.indexOf("\n#### ", start + 1);
        int h3 = md.indexOf("\n### ", start + 1);
        int h2 = md.indexOf("\n## ", start + 1);
        int stop = md.length();
        for (int i : new int[] {end, h3, h2}) {
            if (i > 0 && i < stop) {
                stop = i;
            }
        }
        return md.substring(start, stop);
    }
}
