package org.hiptriage.examples.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hiptriage.examples.common.ExitCode;
import org.hiptriage.examples.common.Streams;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.validation.InvalidAssessmentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hip-triage questionnaire}: prints the FHIR R4 Questionnaire; with {@code --to-case FILE}
 * turns a completed QuestionnaireResponse into an assessment in the contract's JSON instead (feed it
 * to {@code hip-triage}). Exit 0, 2 when the response is refused (one JSON error line on standard
 * error), 1 for anything else.
 */
@Command(name = "questionnaire", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints the interview's questions as a FHIR R4 Questionnaire (JSON).",
                "With --to-case it turns a completed QuestionnaireResponse into an assessment in the contract's JSON instead."})
public final class QuestionnaireCommand implements Callable<Integer> {

    @Option(names = "--to-case", paramLabel = "RESPONSE", description = "a QuestionnaireResponse file to turn into contract JSON (- for standard input)")
    String response;

    private final Streams streams;

    /** The command, reading a response from these streams' input and printing to their output. */
    public QuestionnaireCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = streams.out();
        PrintStream err = streams.err();
        if (response == null) {
            out.print(Questionnaires.json());
            out.flush();
            return ExitCode.OK;
        }
        ObjectMapper mapper = new ObjectMapper();
        byte[] bytes = "-".equals(response) ? streams.in().readAllBytes() : Files.readAllBytes(Path.of(response));
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            err.println(ReportJson.errorLine(response, java.util.List.of(
                    new org.hiptriage.model.validation.Problem("$", "must be valid JSON", e.getOriginalMessage()))));
            return ExitCode.REFUSED;
        }
        try {
            var answers = QuestionnaireResponses.toAnswers(tree);
            answers.toAssessment();
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(answers.toContractJson()));
            return ExitCode.OK;
        } catch (InvalidAssessmentException e) {
            err.println(ReportJson.errorLine(response, e.problems()));
            return ExitCode.REFUSED;
        }
    }
}
