package org.hiptriage.examples.interview;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.common.ExitCode;
import org.hiptriage.examples.common.Streams;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.examples.text.TextReport;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.InvalidAssessmentException;
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
        description = {"Asks a runner about their hip pain, one question at a time, then prints the triage report.",
                "Works on a terminal and with answers piped in, one a line. Decision support, not a diagnosis."})
public final class InterviewCommand implements Callable<Integer> {

    /** The output formats. */
    public enum Format { text, json }

    @Option(names = "--save", paramLabel = "FILE", description = "also save the answers as an assessment in the contract's JSON")
    Path save;

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) for a person, json for one line of contract JSON")
    Format format = Format.text;

    private final Streams streams;

    /** The interview, asking on these streams' error and reading the answers from their input. */
    public InterviewCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = streams.out();
        PrintStream err = streams.err();
        // answers not typed at a terminal are echoed after their question
        boolean terminal = streams.console() && streams.in() == System.in;
        BufferedReader reader = new BufferedReader(new InputStreamReader(streams.in(), StandardCharsets.UTF_8));
        try (TriageEngine engine = TriageEngine.create()) {
            Interview.Result result;
            try {
                // the engine looks at the answers after the required ones and asks what could make it more urgent first
                result = new Interview(reader, err, !terminal, a -> engine.assess(a).openQuestions()).run();
            } catch (Interview.EndedEarly e) {
                err.println(e.getMessage());
                return ExitCode.FAILED;
            } catch (InvalidAssessmentException e) {
                err.println(ReportJson.errorLine("interview", e.problems()));
                return ExitCode.REFUSED;
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
            return ExitCode.OK;
        }
    }
}
