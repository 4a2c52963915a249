package org.hiptriage.examples.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.json.AssessmentJson;
import org.hiptriage.model.Assessment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The text report reads in the order a person needs it. */
class TextReportTest {

    private static TriageEngine engine;

    @BeforeAll
    static void build() {
        engine = TriageEngine.create();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** A sample case from {@code hip-examples/cases/}. */
    private static Assessment sample(String file) throws Exception {
        return AssessmentJson.parse(Files.readAllBytes(Path.of("cases", file)));
    }

    @Test
    void dispositionComesFirstThenFlagsConditionsCareAvoidSafetyNetAndDisclaimer() throws Exception {
        String text = TextReport.format(engine.assess(sample("groin-pain-amenorrhoeic-runner.json")));
        assertThat(text).startsWith("WHAT TO DO: URGENT");
        int flags = text.indexOf("WARNING SIGNS");
        int conditions = text.indexOf("WHAT IT MAY BE");
        int care = text.indexOf("CARE PLAN");
        int avoid = text.indexOf("AVOID\n");
        int net = text.indexOf("SAFETY NET");
        int disclaimer = text.indexOf("decision support, not a diagnosis");
        assertThat(flags).isPositive().isLessThan(conditions);
        assertThat(conditions).isLessThan(care);
        assertThat(care).isLessThan(avoid);
        assertThat(avoid).isLessThan(net);
        assertThat(net).isLessThan(disclaimer);
        assertThat(text).contains("SUSPECTED_STRESS_FRACTURE (URGENT)", "Now (protect):");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(TextReport.WIDTH + 20));
    }

    @Test
    void theDispositionGivesItsFirstReasonsAndPointsToTheRestWhileTheJsonKeepsThemAll() throws Exception {
        var report = engine.assess(sample("groin-pain-amenorrhoeic-runner.json"));
        String text = TextReport.format(report);
        // given a case with many reasons for URGENT, the "Why" names the first three and counts the rest
        assertThat(report.disposition().because()).hasSizeGreaterThan(TextReport.MAX_DISPOSITION_REASONS);
        String why = text.substring(text.indexOf("Why: "), text.indexOf("WARNING SIGNS"));
        assertThat(why).contains(report.disposition().because().get(0))
                .contains("and " + (report.disposition().because().size() - TextReport.MAX_DISPOSITION_REASONS) + " more reasons below")
                .doesNotContain(report.disposition().because().get(TextReport.MAX_DISPOSITION_REASONS));
    }

    @Test
    void flagsAndConditionsGiveTheFactsInWordsAndTheTitlesOfTheirSources() throws Exception {
        String text = TextReport.format(engine.assess(sample("groin-pain-amenorrhoeic-runner.json")));
        String flags = text.substring(text.indexOf("WARNING SIGNS"), text.indexOf("WHAT IT MAY BE"));
        // the flag says why in words and names its guideline by title, not by key
        assertThat(flags).contains("Because: ", "Robertson & Wood, Femoral Neck Stress Fractures in Sport")
                .doesNotContain("ROBERTSON_WOOD_2017");
        String conditions = text.substring(text.indexOf("WHAT IT MAY BE"), text.indexOf("CARE PLAN"));
        assertThat(conditions).contains("What fits: ", "Sources: ");
    }

    @Test
    void explainListsEveryRuleThatFiredInOrderWithWhatItConcluded() throws Exception {
        var explanation = engine.explain(sample("lateral-hip-pain-gtps.json"));
        String text = TextReport.format(explanation);
        String reasoning = text.substring(text.indexOf("HOW THE RULES REASONED"));
        assertThat(reasoning).contains("(" + explanation.firedRules().size() + " rules fired, in order)");
        String flat = reasoning.replaceAll("\\s*\\n\\s*", " ");
        int last = -1;
        for (var rule : explanation.firedRules()) {
            int at = flat.indexOf("] " + rule.name(), last + 1);
            assertThat(at).as(rule.name()).isGreaterThan(last);
            last = at;
        }
        assertThat(flat).contains("Concludes: evidence for GREATER_TROCHANTERIC_PAIN_SYNDROME (+3).",
                "Sources: S2: Why Does My Hip Hurt After Running? Causes And Treatments");
    }
}
