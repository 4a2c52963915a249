package org.hiptriage.examples.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.Disposition;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.report.TriageReport;
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
        assertThat(flat(text)).contains(FlagCode.SUSPECTED_STRESS_FRACTURE.message() + " (urgent: be seen today)", "Now (protect):");
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
        // (lines are wrapped at the page width, so the words are compared with the wrapping undone)
        String flags = text.substring(text.indexOf("WARNING SIGNS"), text.indexOf("WHAT IT MAY BE")).replaceAll("\\s+", " ");
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

    @Test
    void warningSignsAreShownByTheirMessageNeverByTheirCode() throws Exception {
        for (String file : List.of("groin-pain-amenorrhoeic-runner.json", "fever-with-hip-pain.json", "saddle-numbness-cauda-equina.json",
                "adolescent-limp-knee-pain-scfe.json")) {
            TriageReport report = engine.assess(sample(file));
            String text = TextReport.format(report);
            assertThat(report.flags()).as(file).isNotEmpty();
            for (Flag f : report.flags()) {
                assertThat(flat(text)).as(file).contains(f.message());
            }
            for (FlagCode code : FlagCode.values()) {
                assertThat(text).as(file).doesNotContain(code.name());
            }
            for (Level level : Level.values()) {
                assertThat(text).as(file).doesNotContain("(" + level.name() + ")");
            }
        }
    }

    /** The text with its line breaks and indents as single spaces, as a person reads across the wrapping. */
    private static String flat(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ");
    }

    /** The report of a sample case with these open questions, as the engine will give them once its rules ask. */
    private static TriageReport withOpenQuestions(TriageReport r, List<OpenQuestion> open) {
        return new TriageReport(r.contractVersion(), r.ruleBaseVersion(), r.disposition(), r.flags(), r.conditions(), r.careSteps(),
                r.avoid(), open, r.safetyNet(), r.disclaimer());
    }

    private static final OpenQuestion FEVER = new OpenQuestion("general.fever",
            "Have you had a fever, or felt hot and shivery, with this pain?",
            "Fever with a painful hip can mean an infected joint", Level.EMERGENCY);
    private static final OpenQuestion PREGNANCY = new OpenQuestion("runner.pregnancy",
            "Could you be pregnant?", "Some advice here is unsafe in pregnancy.", Level.URGENT);

    @Test
    void openQuestionsComeBeforeTheCarePlanUnderBeforeYouRelyOnThisWithWhyAndWhatTheyCouldRaiseItTo() throws Exception {
        // given a self-care report that two unanswered questions could make more urgent
        TriageReport report = withOpenQuestions(engine.assess(sample("lateral-hip-pain-gtps.json")), List.of(FEVER, PREGNANCY));

        String text = TextReport.format(report);

        // then the section is there, after what it may be and before the care plan
        int section = text.indexOf("Before you rely on this\n");
        assertThat(section).isPositive();
        assertThat(section).isGreaterThan(text.indexOf("WHAT IT MAY BE")).isLessThan(text.indexOf("CARE PLAN"));
        String open = text.substring(section, text.indexOf("CARE PLAN"));
        // and each question is listed in the report's order with why it matters and the level it could raise to, in words
        assertThat(open.indexOf(FEVER.question())).isPositive().isLessThan(open.indexOf(PREGNANCY.question()));
        assertThat(flat(open)).contains(
                "? " + FEVER.question() + " Why it matters: Fever with a painful hip can mean an infected joint. "
                        + "A worrying answer could make this an emergency: go to an emergency department now.",
                "? " + PREGNANCY.question() + " Why it matters: Some advice here is unsafe in pregnancy. "
                        + "A worrying answer could make this urgent: be seen today.");
        assertThat(open).doesNotContain("EMERGENCY", "URGENT", "general.fever");
        // and what to do says that not everything is known yet
        String whatToDo = text.substring(0, text.indexOf("WHAT IT MAY BE"));
        assertThat(flat(whatToDo)).contains("2 questions under \"Before you rely on this\" could make this more urgent");
    }

    @Test
    void aReportWithoutOpenQuestionsHasNoSuchSection() throws Exception {
        TriageReport report = withOpenQuestions(engine.assess(sample("lateral-hip-pain-gtps.json")), List.of());
        assertThat(TextReport.format(report)).doesNotContain("Before you rely on this", "Not everything is known yet");
    }

    @Test
    void countsReadAsAPersonSaysThem() throws Exception {
        // given one open question, four reasons for the disposition (one beyond the three shown) and a rule's "1 days"
        TriageReport base = engine.assess(sample("groin-pain-amenorrhoeic-runner.json"));
        List<String> four = List.of("reason one", "reason two", "reason three", "pain for 1 days despite 1 days of rest");
        TriageReport report = new TriageReport(base.contractVersion(), base.ruleBaseVersion(),
                new Disposition(base.disposition().level(), base.disposition().advice(), four), base.flags(), base.conditions(),
                base.careSteps(), base.avoid(), List.of(FEVER), base.safetyNet(), base.disclaimer());
        Flag flag = base.flags().get(0);
        report = new TriageReport(report.contractVersion(), report.ruleBaseVersion(), report.disposition(),
                List.of(new Flag(flag.code(), flag.level(), flag.message(), List.of("pain for 1 days despite 1 days of rest",
                        "pain for 21 days"), flag.rules(), flag.sources())),
                report.conditions(), report.careSteps(), report.avoid(), report.openQuestions(), report.safetyNet(), report.disclaimer());

        String text = flat(TextReport.format(report));

        assertThat(text).contains("and 1 more reason below", "1 question under", "pain for 1 day despite 1 day of rest",
                "pain for 21 days");
        assertThat(text).doesNotContain("1 more reasons", "1 questions").doesNotContainPattern("(?<!\\d)1 days");
    }

    @Test
    void countsAreSingularForOneOnly() {
        assertThat(Counts.of(1, "day", "days")).isEqualTo("1 day");
        assertThat(Counts.of(0, "day", "days")).isEqualTo("0 days");
        assertThat(Counts.of(2, "more reason", "more reasons")).isEqualTo("2 more reasons");
        assertThat(Counts.grammar("rested 1 days, then 21 days, 0.1 weeks, 1 weeks ago; 2 sets of 15 and 1 sets of 10"))
                .isEqualTo("rested 1 day, then 21 days, 0.1 weeks, 1 week ago; 2 sets of 15 and 1 set of 10");
    }
}
