package org.hiptriage.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.hiptriage.engine.Explanation;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.engine.TriageFailedException;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.examples.text.TextReport;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line (contract §3): {@code hip-triage [--format text|json] [--explain] FILE...}.
 * Exit 0 when every file was assessed, 2 when at least one was refused (its errors on standard
 * error as one JSON line, nothing of it on standard output), 1 for anything else.
 */
@Command(name = "hip-triage", mixinStandardHelpOptions = true, versionProvider = HipTriageCli.Version.class,
        sortOptions = false, subcommands = {RulebookCommand.class},
        description = "Triage hip pain in runners: reads assessments in the contract's JSON and prints triage reports.%n"
                + "Decision support, not a diagnosis.",
        footer = {"%nCommands (hip-triage COMMAND --help for more):",
                "  interview [--save FILE]   ask a runner the questions, then print the report",
                "  batch IN OUT              assess many cases (a folder, JSON lines) on every core",
                "  serve [--port 8080]       HTTP service: POST /assess, GET /health, CDS Hooks",
                "  questionnaire             print the questions as a FHIR R4 Questionnaire",
                "  rulebook [--out docs]     write the rulebook (rulebook.md and .html) from the rule base"})
public final class HipTriageCli implements Callable<Integer> {

    /** Every file was assessed. */
    public static final int OK = 0;
    /** Something else went wrong: usage, the engine. */
    public static final int FAILED = 1;
    /** At least one file was refused. */
    public static final int REFUSED = 2;

    /** The output formats. */
    public enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", description = "text (default) for a person, json for one line of contract JSON per report")
    Format format = Format.text;

    @Option(names = "--explain", description = "also list every rule that fired, in order, with its description (text format)")
    boolean explain;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "assessment files in the contract's JSON; - reads standard input")
    List<String> files;

    private UnaryOperator<Assessor> wrap = UnaryOperator.identity();
    private InputStream in;
    private PrintStream out;
    private PrintStream err;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, Commands.stdout(), Commands.stderr()));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "interview": return org.hiptriage.examples.interview.InterviewCommand.run(rest, in, out, err);
                case "batch": return org.hiptriage.examples.batch.BatchCommand.run(rest, in, out, err);
                case "serve": return org.hiptriage.examples.service.ServeCommand.run(rest, in, out, err);
                case "questionnaire": return org.hiptriage.examples.fhir.QuestionnaireCommand.run(rest, in, out, err);
                default: break;
            }
        }
        return runWith(args, in, out, err, UnaryOperator.identity());
    }

    /** Assesses one case (the engine's {@code assess} or {@code explain}). */
    interface Assessor {
        /** The report of one case, with the rules that fired when {@code explain} is set. */
        Explanation assess(Assessment assessment, boolean explain);
    }

    /**
     * As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with the engine's assessor
     * wrapped: a test seam to inject a failure into one call. Package-private on purpose.
     */
    static int runWith(String[] args, InputStream in, PrintStream out, PrintStream err, UnaryOperator<Assessor> wrap) {
        HipTriageCli cli = new HipTriageCli();
        cli.wrap = wrap;
        cli.in = in;
        cli.out = out;
        cli.err = err;
        CommandLine commandLine = new CommandLine(cli)
                .setOut(new java.io.PrintWriter(out, true))
                .setErr(new java.io.PrintWriter(err, true))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, a) -> {
                    err.println(e.getMessage());
                    e.getCommandLine().usage(err);
                    return FAILED;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println("hip-triage failed: " + e);
                    return FAILED;
                });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        if (files == null || files.isEmpty()) {
            // FILE is optional to picocli only so that subcommands such as "rulebook" parse; without one it is a usage error
            err.println("Missing required parameter: 'FILE'");
            new CommandLine(this).usage(err);
            return FAILED;
        }
        int code = OK;
        boolean failed = false;
        try (TriageEngine engine = TriageEngine.create()) {
            Assessor assessor = wrap.apply((assessment, withRules) -> withRules ? engine.explain(assessment)
                    : new Explanation(engine.assess(assessment), List.of()));
            for (String file : files) {
                Assessment assessment;
                try {
                    assessment = AssessmentJson.parse(read(file));
                } catch (InvalidAssessmentException e) {
                    err.println(ReportJson.errorLine(file, e.problems()));
                    code = REFUSED;
                    continue;
                } catch (IOException e) {
                    err.println(ReportJson.errorLine(file, List.of(new Problem("$", "must be a readable file", describe(e)))));
                    code = REFUSED;
                    continue;
                }
                Explanation explanation;
                try { // the whole report first: nothing of a file that fails goes to standard output
                    explanation = assessor.assess(assessment, explain);
                } catch (TriageFailedException e) {
                    err.println(ReportJson.errorLine(file, List.of(new Problem("$", "could not be assessed", e.getMessage()))));
                    failed = true;
                    continue;
                }
                if (format == Format.json) {
                    out.println(ReportJson.write(explanation.report()));
                } else {
                    if (files.size() > 1) {
                        out.println("=== " + file);
                    }
                    out.print(explain ? TextReport.format(explanation) : TextReport.format(explanation.report()));
                    if (files.size() > 1) {
                        out.println();
                    }
                }
            }
        }
        out.flush();
        return failed ? FAILED : code;
    }

    /** The standard output of this run. */
    PrintStream out() {
        return out;
    }

    private byte[] read(String file) throws IOException {
        if ("-".equals(file)) {
            return in.readNBytes(AssessmentJson.MAX_BYTES + 1);
        }
        Path path;
        try {
            path = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IOException("not a valid file name");
        }
        if (Files.isDirectory(path)) {
            throw new IOException("a directory, not a file");
        }
        try (InputStream stream = Files.newInputStream(path)) { // bounded: /dev/zero or a huge file cannot fill the heap
            return stream.readNBytes(AssessmentJson.MAX_BYTES + 1);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Prints the program's and the rule base's versions. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HipTriageCli.class.getPackage().getImplementationVersion();
            String ruleBase;
            try (InputStream props = HipTriageCli.class.getResourceAsStream("/org/hiptriage/rules/rulebase.properties")) {
                java.util.Properties p = new java.util.Properties();
                p.load(props);
                ruleBase = p.getProperty("version");
            } catch (IOException | NullPointerException e) {
                ruleBase = "unknown";
            }
            return new String[] {"hip-triage " + (version == null ? "development" : version),
                    "rule base " + ruleBase, "interchange contract " + org.hiptriage.model.report.TriageReport.CONTRACT_VERSION};
        }
    }
}
