package org.hiptriage.examples.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.hiptriage.examples.interview.AnswerParser.Parsed;
import org.hiptriage.examples.interview.Question.Choice;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;

/**
 * Asks the {@link Questions} one at a time on a line-based conversation (a terminal or piped
 * standard input), skipping those that do not apply, and re-asking when an answer cannot be read.
 * When the answers contradict each other, it says so and asks the questions concerned again.
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

    private final BufferedReader in;
    private final PrintStream say;
    private final boolean echo;
    private boolean ended;

    /**
     * @param in where the answers come from, one a line
     * @param say where the questions go
     * @param echo whether to repeat each answer after its prompt (when the input is not typed on a terminal)
     */
    public Interview(BufferedReader in, PrintStream say, boolean echo) {
        this.in = in;
        this.say = say;
        this.echo = echo;
    }

    /** Runs the whole interview and returns the answers as a valid assessment with its answers. */
    public Result run() throws IOException, EndedEarly {
        say.println("Hip pain check for runners. Answer each question and press Enter;");
        say.println("press Enter alone if you don't know (questions marked * need an answer).");
        say.println("This is decision support, not a diagnosis.");
        Answers answers = new Answers();
        for (Questions.Section section : Questions.sections()) {
            boolean headed = false;
            for (Question q : section.questions()) {
                if (!answers.applies(q)) {
                    continue;
                }
                if (!headed) {
                    say.println();
                    say.println("== " + section.title());
                    headed = true;
                }
                ask(q, answers);
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
