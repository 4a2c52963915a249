package org.hiptriage.examples.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hiptriage.examples.cli.Commands;
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
        description = "Prints the interview's questions as a FHIR R4 Questionnaire (JSON), or with --to-case turns a "
                + "completed QuestionnaireResponse into an assessment in the contract's JSON.")
public final class QuestionnaireCommand implements Callable<Integer> {

    @Option(names = "--to-case", paramLabel = "RESPONSE", description = "a QuestionnaireResponse file to turn into contract JSON (- for standard input)")
    String response;

    private InputStream in;
    private PrintStream out;
    private PrintStream err;

    /** Runs the command on the process's standard streams and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, Commands.stdout(), Commands.stderr()));
    }

    /** Runs the command with these streams and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        QuestionnaireCommand command = new QuestionnaireCommand();
        command.in = in;
        command.out = out;
        command.err = err;
        return Commands.execute(command, "hip-triage questionnaire", args, out, err);
    }

    @Override
    public Integer call() throws Exception {
        if (response == null) {
            out.print(Questionnaires.json());
            out.flush();
            return 0;
        }
        ObjectMapper mapper = new ObjectMapper();
        byte[] bytes = "-".equals(response) ? in.readAllBytes() : Files.readAllBytes(Path.of(response));
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            err.println(ReportJson.errorLine(response, java.util.List.of(
                    new org.hiptriage.model.validation.Problem("$", "must be valid JSON", e.getOriginalMessage()))));
            return 2;
        }
        try {
            var answers = QuestionnaireResponses.toAnswers(tree);
            answers.toAssessment();
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(answers.toContractJson()));
            return 0;
        } catch (InvalidAssessmentException e) {
            err.println(ReportJson.errorLine(response, e.problems()));
            return 2;
        }
    }
}
