package org.hiptriage.examples.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hiptriage.examples.common.ExitCode;
import org.hiptriage.examples.common.Streams;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.validation.InvalidAssessmentException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hip-triage questionnaire}: prints the FHIR R4 Questionnaire; with {@code --terminology} the Bundle of
 * its code systems and value sets; with {@code --to-case FILE} turns a completed QuestionnaireResponse into an
 * assessment in the contract's JSON (feed it to {@code hip-triage}); with {@code --from-case FILE} turns an
 * assessment into the QuestionnaireResponse a runner would have given. Exit 0, 2 when the input is refused
 * (one JSON error line on standard error), 1 for anything else.
 */
@Command(name = "questionnaire", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the interview's questions as a FHIR R4 Questionnaire (JSON).",
                "With --terminology it prints the Bundle of the questionnaire's code systems and value sets instead; "
                        + "with --to-case it turns a completed QuestionnaireResponse into an assessment in the contract's JSON; "
                        + "with --from-case it turns an assessment into a QuestionnaireResponse."})
public final class QuestionnaireCommand implements Callable<Integer> {

    /** What to print besides the questionnaire: one at most. */
    static final class Mode {
        @Option(names = "--to-case", paramLabel = "RESPONSE", description = "a QuestionnaireResponse file to turn into contract JSON (- for standard input)")
        String response;

        @Option(names = "--from-case", paramLabel = "CASE", description = "an assessment file in the contract's JSON to turn into a QuestionnaireResponse (- for standard input)")
        String assessment;

        @Option(names = "--terminology", description = "print the Bundle of the code systems and value sets the questionnaire uses")
        boolean terminology;
    }

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    private final Streams streams;

    /** The command, reading a response from these streams' input and printing to their output. */
    public QuestionnaireCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = streams.out();
        PrintStream err = streams.err();
        String file = mode.response != null ? mode.response : mode.assessment;
        try {
            if (mode.terminology) {
                out.print(FhirR4.pretty(Terminology.bundle()));
            } else if (mode.response != null) {
                var answers = QuestionnaireResponses.toAnswers(QuestionnaireResponses.parse(read(file)));
                answers.toAssessment();
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(answers.toContractJson()));
            } else if (mode.assessment != null) {
                out.print(FhirR4.pretty(QuestionnaireResponses.questionnaireResponse(AssessmentJson.parse(read(file)))));
            } else {
                out.print(Questionnaires.json());
            }
        } catch (InvalidAssessmentException e) {
            err.println(ReportJson.errorLine(file, e.problems()));
            return ExitCode.REFUSED;
        }
        out.flush();
        return ExitCode.OK;
    }

    private String read(String file) throws java.io.IOException {
        byte[] bytes = "-".equals(file) ? streams.in().readAllBytes() : Files.readAllBytes(Path.of(file));
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
