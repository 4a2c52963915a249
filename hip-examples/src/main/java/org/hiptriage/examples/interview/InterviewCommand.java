package org.hiptriage.examples.interview;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.cli.Commands;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.examples.text.TextReport;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.InvalidAssessmentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hip-triage interview [--save FILE] [--format text|json]}: asks a runner the questions (the
 * required ones, then what the engine says could make it more urgent, then the rest), then prints the
 * report. Questions go to standard error and the report to standard output, so
 * {@code hip-triage interview > report.txt} keeps the conversation on the screen. Exit 0 with a
 * report, 2 when the answers could not be made into a valid case, 1 for anything else (e.g. the
 * answers ended before a required question).
 */
@Command(name = "interview", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Asks a runner about their hip pain, one question at a time, then prints the triage report.%n"
                + "Works on a terminal and with answers piped in, one a line. Decision support, not a diagnosis.")
public final class InterviewCommand implements Callable<Integer> {

    /** The output formats. */
    public enum Format { text, json }

    @Option(names = "--save", paramLabel = "FILE", description = "also save the answers as an assessment in the contract's JSON")
    Path save;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) for a person, json for one line of contract JSON")
    Format format = Format.text;

    private InputStream in;
    private PrintStream out;
    private PrintStream err;
    private boolean terminal;

    /** Runs the interview on the process's standard streams and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, Commands.stdout(), Commands.stderr()));
    }

    /** Runs the interview with these streams and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        InterviewCommand command = new InterviewCommand();
        command.in = in;
        command.out = out;
        command.err = err;
        command.terminal = System.console() != null && in == System.in;
        return new CommandLine(command)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, a) -> {
                    err.println(e.getMessage());
                    e.getCommandLine().usage(err);
                    return 1;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println("hip-triage interview failed: " + e);
                    return 1;
                })
                .execute(args);
    }

    @Override
    public Integer call() throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try (TriageEngine engine = TriageEngine.create()) {
            Interview.Result result;
            try {
                // the engine looks at the answers after the required ones and asks what could make it more urgent first
                result = new Interview(reader, err, !terminal, a -> engine.assess(a).openQuestions()).run();
            } catch (Interview.EndedEarly e) {
                err.println(e.getMessage());
                return 1;
            } catch (InvalidAssessmentException e) {
                err.println(ReportJson.errorLine("interview", e.problems()));
                return 2;
            }
            if (save != null) {
                Files.writeString(save, new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(result.answers().toContractJson()) + "\n", StandardCharsets.UTF_8);
                err.println();
                err.println("Saved your answers to " + save);
            }
            err.println();
            TriageReport report = engine.assess(result.assessment());
            if (format == Format.json) {
                out.println(ReportJson.write(report));
            } else {
                out.print(TextReport.format(report));
            }
            out.flush();
            return 0;
        }
    }
}
