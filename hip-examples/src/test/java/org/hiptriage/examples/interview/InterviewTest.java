package org.hiptriage.examples.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.junit.jupiter.api.Test;

/**
 * The order of the interview: the required questions, then the report's open questions by their contract
 * path (the engine looking again after every answer), then the rest. The engine is stood in for by a list of
 * open questions worked out from the answers so far, as a report gives them.
 */
class InterviewTest {

    record Asked(Interview.Result result, List<String> asked, String transcript, List<Assessment> looked) {
    }

    private static Asked interview(Interview.OpenQuestions open, String... script) throws Exception {
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        ScriptedRunner runner = new ScriptedRunner(transcript, script);
        List<Assessment> looked = new ArrayList<>();
        Interview.OpenQuestions recording = a -> {
            looked.add(a);
            return open.of(a);
        };
        Interview.Result result = new Interview(new BufferedReader(new InputStreamReader(runner, StandardCharsets.UTF_8)),
                new PrintStream(transcript, true, StandardCharsets.UTF_8), true, recording).run();
        return new Asked(result, runner.asked(), transcript.toString(StandardCharsets.UTF_8), looked);
    }

    private static final String[] REQUIRED = {"runner.age", "30", "runner.sex", "female", "pain.locations", "groin",
            "pain.severity", "5", "pain.onset", "gradual", "pain.durationDays", "10"};

    private static final List<String> REQUIRED_PATHS = List.of("runner.age", "runner.sex", "pain.locations", "pain.severity",
            "pain.onset", "pain.durationDays");

    /** Like a report would: fever while unknown, an exam finding (no question for a runner), pregnancy while it could be. */
    private static final Interview.OpenQuestions ENGINE = a -> {
        List<OpenQuestion> open = new ArrayList<>();
        if (a.general().feverUnknown()) {
            open.add(new OpenQuestion("general.fever", "Have you had a fever?", "A fever with hip pain can mean an infected joint.",
                    Level.EMERGENCY));
        }
        if (a.exam().focalBonyTenderness() == null) {
            open.add(new OpenQuestion("exam.focalBonyTenderness", "Is a point of bone tender?", "A stress fracture.", Level.URGENT));
        }
        if (a.runner().couldBePregnant()) {
            open.add(new OpenQuestion("runner.pregnancy", "Could you be pregnant?", "Groin pain can come from an ectopic pregnancy.",
                    Level.URGENT));
        }
        if (a.general().legNumbnessOrWeakness() == null) {
            open.add(new OpenQuestion("general.legNumbnessOrWeakness", "Is a leg numb or weak?", "A nerve can be pressed on.",
                    Level.SEE_CLINICIAN));
        }
        return open;
    };

    @Test
    void theOpenQuestionsAreAskedRightAfterTheRequiredOnesMostUrgentFirstThenTheRest() throws Exception {
        Asked run = interview(ENGINE, concat(REQUIRED, "general.fever", "n", "runner.pregnancy", "pregnant",
                "runner.weeksPregnantOrPostpartum", "8", "general.legNumbnessOrWeakness", "y", "general.legNumbnessOrWeaknessSide", "left",
                "runner.menstrualStatus", "3"));

        List<String> asked = run.asked();
        // first the six required questions, in the contract's order
        assertThat(asked.subList(0, 6)).containsExactlyElementsOf(REQUIRED_PATHS);
        // then what the report says could make it more urgent, by contract path, each followed by what hangs on it
        assertThat(asked.subList(6, 11)).containsExactly("general.fever", "runner.pregnancy", "runner.weeksPregnantOrPostpartum",
                "general.legNumbnessOrWeakness", "general.legNumbnessOrWeaknessSide");
        // then the rest in their sections' order, none asked twice, no examination
        assertThat(asked.subList(11, 14)).containsExactly("runner.menstrualStatus", "runner.heightCm", "runner.weightKg");
        assertThat(asked).doesNotHaveDuplicates().noneMatch(p -> p.startsWith("exam."));
        // with the reason given before each open question, under its own heading
        assertThat(run.transcript()).contains("== What could change how soon you should be seen",
                "(Why this matters: A fever with hip pain can mean an infected joint.)",
                "(Why this matters: Groin pain can come from an ectopic pregnancy.)");
        assertThat(run.transcript().indexOf("== What could change")).isLessThan(run.transcript().indexOf("== About you"));
        // and the answers are all there
        Assessment a = run.result().assessment();
        assertThat(a.general().fever()).isFalse();
        assertThat(a.runner().isPregnant()).isTrue();
        assertThat(a.runner().weeksPregnantOrPostpartum()).isEqualTo(8);
        assertThat(a.general().legNumbnessOrWeaknessSide()).isEqualTo(org.hiptriage.model.Side.LEFT);
    }

    @Test
    void theEngineLooksAgainAfterEveryAnswerSoAQuestionThatNoLongerMattersIsNotAsked() throws Exception {
        // given an engine for which numbness matters only while the fever is unknown
        Interview.OpenQuestions engine = a -> a.general().feverUnknown()
                ? List.of(new OpenQuestion("general.fever", "Fever?", "Infection.", Level.EMERGENCY),
                        new OpenQuestion("general.legNumbnessOrWeakness", "Numb?", "A nerve.", Level.SEE_CLINICIAN))
                : List.of();
        Asked run = interview(engine, concat(REQUIRED, "general.fever", "n"));

        // then after the fever answer nothing more is asked first: numbness comes in its place in the section
        assertThat(run.asked().get(6)).isEqualTo("general.fever");
        assertThat(run.asked().get(7)).isEqualTo("runner.menstrualStatus");
        assertThat(run.asked()).contains("general.legNumbnessOrWeakness").doesNotHaveDuplicates();
        // and it looked once after the required questions and once after the answer
        assertThat(run.looked()).hasSize(2);
        assertThat(run.looked().get(0).general().fever()).isNull();
        assertThat(run.looked().get(1).general().fever()).isFalse();
    }

    @Test
    void anOpenQuestionThatDoesNotApplyOrHasNoQuestionIsPassedOver() throws Exception {
        // given a man: the report's pregnancy question does not apply to him, and an exam finding is no question for a runner
        Interview.OpenQuestions engine = a -> List.of(
                new OpenQuestion("runner.pregnancy", "Pregnant?", "…", Level.URGENT),
                new OpenQuestion("exam.hopTestPain", "Does hopping hurt?", "…", Level.URGENT),
                new OpenQuestion("no.suchPath", "?", "…", Level.URGENT));
        String[] man = REQUIRED.clone();
        man[3] = "male";
        Asked run = interview(engine, man);

        assertThat(run.asked()).doesNotContain("runner.pregnancy", "runner.menstrualStatus").noneMatch(p -> p.startsWith("exam."));
        assertThat(run.transcript()).doesNotContain("== What could change how soon");
        assertThat(run.asked().get(6)).isEqualTo("runner.heightCm");
    }

    @Test
    void withoutAnEngineTheQuestionsComeInTheirSectionsOrderAfterTheRequiredOnes() throws Exception {
        Asked run = interview(Interview.OpenQuestions.NONE, REQUIRED);
        assertThat(run.asked().subList(0, 6)).containsExactlyElementsOf(REQUIRED_PATHS);
        assertThat(run.asked().get(6)).isEqualTo("runner.menstrualStatus");
        assertThat(run.result().assessment().runner().pregnancy()).as("skipped: unknown").isNull();
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
