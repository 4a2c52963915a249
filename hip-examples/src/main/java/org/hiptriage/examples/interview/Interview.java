package org.hiptriage.examples.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hiptriage.examples.interview.AnswerParser.Parsed;
import org.hiptriage.examples.interview.Question.Choice;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;

/**
 * Asks the {@link Questions} one at a time on a line-based conversation (a terminal or piped
 * standard input), skipping those that do not apply, and re-asking when an answer cannot be read.
 *
 * <p>The order: first the questions the contract requires; then the engine assesses the answers so far
 * and its report's {@code openQuestions} (the unknowns that could make it more urgent, most urgent first)
 * are asked, each found by its contract path, the engine looking again after every answer; then the
 * remaining questions, section by section. A question that depends on one just answered (the weeks of a
 * pregnancy, the side of a numb leg) follows it at once. When the answers contradict each other, it says
 * so and asks the questions concerned again.
 */
public final class Interview {

    /** Thrown when the input ends before every required question has an answer. */
    public static final class EndedEarly extends Exception {
        private static final long serialVersionUID = 1L;

        EndedEarly(String message) {
            super(message);
        }
    }

    private static final int MAX_CORRECTION_ROUNDS = 5;

    /** What the engine still wants to know about an assessment: its report's open questions, most urgent first. */
    @FunctionalInterface
    public interface OpenQuestions {
        /** Never asks anything first: the questions in their sections' order. */
        OpenQuestions NONE = assessment -> List.of();

        /** The open questions of the report on {@code assessment}. */
        List<OpenQuestion> of(Assessment assessment);
    }

    private final BufferedReader in;
    private final PrintStream say;
    private final boolean echo;
    private final OpenQuestions openQuestions;
    private final Set<String> asked = new HashSet<>();
    private boolean ended;

    /**
     * An interview that asks in the sections' order, without an engine.
     *
     * @param in where the answers come from, one a line
     * @param say where the questions go
     * @param echo whether to repeat each answer after its prompt (when the input is not typed on a terminal)
     */
    public Interview(BufferedReader in, PrintStream say, boolean echo) {
        this(in, say, echo, OpenQuestions.NONE);
    }

    /**
     * @param in where the answers come from, one a line
     * @param say where the questions go
     * @param echo whether to repeat each answer after its prompt (when the input is not typed on a terminal)
     * @param openQuestions what the engine still wants to know, asked right after the required questions
     */
    public Interview(BufferedReader in, PrintStream say, boolean echo, OpenQuestions openQuestions) {
        this.in = in;
        this.say = say;
        this.echo = echo;
        this.openQuestions = openQuestions;
    }

    /** Runs the whole interview and returns the answers as a valid assessment with its answers. */
    public Result run() throws IOException, EndedEarly {
        say.println("Hip pain check for runners. Answer each question and press Enter;");
        say.println("press Enter alone if you don't know (questions marked * need an answer).");
        say.println("This is decision support, not a diagnosis.");
        Answers answers = new Answers();
        // 1. what the contract requires
        boolean headed = false;
        for (Question q : Questions.all()) {
            if (q.required() && answers.applies(q) && !asked.contains(q.path())) {
                if (!headed) {
                    heading("First, the essentials");
                    headed = true;
                }
                askWithFollowUps(q, answers);
            }
        }
        // 2. what could make it more urgent, as the engine sees it after each answer
        askOpenQuestions(answers);
        // 3. everything else, section by section
        for (Questions.Section section : Questions.sections()) {
            headed = false;
            for (Question q : section.questions()) {
                if (asked.contains(q.path()) || !answers.applies(q)) {
                    continue;
                }
                if (!headed) {
                    heading(section.title());
                    headed = true;
                }
                askWithFollowUps(q, answers);
            }
        }
        for (int round = 0; ; round++) {
            answers = answers.withoutInapplicable();
            try {
                return new Result(answers, answers.toAssessment());
            } catch (InvalidAssessmentException e) {
                if (round >= MAX_CORRECTION_ROUNDS) {
                    throw e;
                }
                say.println();
                say.println("Some answers do not fit together:");
                for (Problem p : e.problems()) {
                    say.println("  - " + p.message());
                }
                boolean reasked = false;
                for (Question q : Questions.all()) {
                    if (answers.applies(q) && concerns(e.problems(), q)) {
                        say.println("Let's go over that again.");
                        ask(q, answers);
                        reasked = true;
                    }
                }
                if (!reasked) {
                    throw e;
                }
            }
        }
    }

    /**
     * Asks the report's open questions, most urgent first, by their contract path: after each answer the
     * engine looks again, so a question that no longer matters is not asked and a new one can come up.
     * Paths with no question for a runner (a clinician's {@code exam}) and questions that do not apply are passed
     * over; nothing is asked twice.
     */
    private void askOpenQuestions(Answers answers) throws IOException, EndedEarly {
        boolean headed = false;
        while (true) {
            Assessment soFar;
            try {
                soFar = answers.withoutInapplicable().toAssessment();
            } catch (InvalidAssessmentException e) {
                return; // the answers do not fit together yet; the check at the end asks again
            }
            OpenQuestion next = null;
            Question question = null;
            for (OpenQuestion open : openQuestions.of(soFar)) {
                Question q = Questions.byPath(open.path());
                if (q != null && !asked.contains(q.path()) && answers.applies(q)) {
                    next = open;
                    question = q;
                    break;
                }
            }
            if (question == null) {
                return;
            }
            if (!headed) {
                heading("What could change how soon you should be seen");
                headed = true;
            }
            say.println();
            say.println("  (Why this matters: " + next.why().strip() + ")");
            askWithFollowUps(question, answers);
        }
    }

    /**
     * Asks {@code q}, then at once its follow-ups: the questions that hang on its answer alone (every condition
     * of theirs is about {@code q}) and that its answer has just made apply, such as the weeks of a pregnancy or
     * the side of a numb leg.
     */
    private void askWithFollowUps(Question q, Answers answers) throws IOException, EndedEarly {
        ask(q, answers);
        asked.add(q.path());
        Answers before = answers.without(q.path());
        for (Question next : Questions.all()) {
            boolean onlyOnThis = !next.conditions().isEmpty()
                    && next.conditions().stream().allMatch(c -> c.question().equals(q.path()));
            if (onlyOnThis && !asked.contains(next.path()) && !before.applies(next) && answers.applies(next)) {
                askWithFollowUps(next, answers);
            }
        }
    }

    private void heading(String title) {
        say.println();
        say.println("== " + title);
    }

    private static boolean concerns(List<Problem> problems, Question q) {
        return problems.stream().anyMatch(p -> p.path().equals(q.path()) || p.path().startsWith(q.path() + "["));
    }

    private void ask(Question q, Answers answers) throws IOException, EndedEarly {
        while (true) {
            prompt(q);
            String line = ended ? null : in.readLine();
            if (line == null) {
                ended = true;
                say.println();
                if (q.required()) {
                    throw new EndedEarly("The answers ended before the question \"" + q.text() + "\" (" + q.path()
                            + ") was answered; it needs an answer.");
                }
                answers.put(q.path(), null);
                return;
            }
            if (echo) {
                say.println(line);
            }
            Parsed parsed = AnswerParser.parse(q, line);
            if (parsed.refused()) {
                say.println("  " + parsed.error());
                continue;
            }
            answers.put(q.path(), parsed.value());
            return;
        }
    }

    private void prompt(Question q) {
        say.println();
        say.println(q.text() + (q.required() ? " *" : ""));
        if (q.help() != null) {
            say.println("  (" + q.help() + ")");
        }
        switch (q.kind()) {
            case YES_NO -> say.println("  y / n");
            case ONE_OF, ANY_OF -> {
                StringBuilder options = new StringBuilder();
                int n = 1;
                for (Choice c : q.choices()) {
                    String option = n++ + ") " + c.label();
                    if (options.length() > 0 && options.length() + option.length() + 3 > 96) {
                        say.println("  " + options);
                        options.setLength(0);
                    }
                    options.append(options.length() > 0 ? "   " : "").append(option);
                }
                say.println("  " + options);
                if (q.kind() == Question.Kind.ANY_OF) {
                    say.println("  (numbers separated by commas, e.g. 1,3" + (q.allowNone() ? "; or none" : "") + ")");
                }
            }
            default -> {
            }
        }
        say.print("> ");
        say.flush();
    }

    /**
     * What the interview gathered.
     *
     * @param answers the answers, by contract path
     * @param assessment the same as an assessment, already checked
     */
    public record Result(Answers answers, Assessment assessment) {
    }
}
