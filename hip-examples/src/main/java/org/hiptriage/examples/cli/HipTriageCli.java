package org.hiptriage.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.hiptriage.engine.Explanation;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.engine.TriageFailedException;
import org.hiptriage.examples.batch.BatchCommand;
import org.hiptriage.examples.common.ExitCode;
import org.hiptriage.examples.common.Streams;
import org.hiptriage.examples.fhir.FhirReport;
import org.hiptriage.examples.fhir.QuestionnaireCommand;
import org.hiptriage.examples.interview.InterviewCommand;
import org.hiptriage.examples.rulebook.RulebookCommand;
import org.hiptriage.examples.service.ServeCommand;
import org.hiptriage.examples.text.TextReport;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line (contract §3): {@code hip-triage [--format text|json|fhir] [--explain] FILE...}.
 * Exit 0 when every file was assessed, 2 when at least one was refused (its errors on standard
 * error as one JSON line, nothing of it on standard output), 1 for anything else, a usage error
 * included. Its commands (interview, batch, serve, questionnaire, rulebook) are picocli subcommands,
 * each made with this run's {@link Streams}.
 */
@Command(name = "hip-triage", mixinStandardHelpOptions = true, versionProvider = HipTriageCli.Version.class,
        sortOptions = false,
        subcommands = {InterviewCommand.class, BatchCommand.class, ServeCommand.class, QuestionnaireCommand.class,
                RulebookCommand.class},
        description = "Triage hip pain in runners: reads assessments in the contract's JSON and prints triage reports.%n"
                + "Decision support, not a diagnosis.",
        commandListHeading = "%nCommands (hip-triage COMMAND --help for more):%n")
public final class HipTriageCli implements Callable<Integer> {

    /** The output formats: text for a person, json for one line of contract JSON per report, fhir for one line of FHIR R4 Bundle per report. */
    public enum Format { text, json, fhir }

    @Option(names = "--format", paramLabel = "text|json|fhir",
            description = "text (default) for a person, json for one line of contract JSON per report, fhir for one line of FHIR R4 JSON (a Bundle) per report")
    Format format = Format.text;

    @Option(names = "--explain", description = "also list every rule that fired, in order, with its description (text format)")
    boolean explain;

    // optional to picocli only so that a command such as "rulebook" parses (picocli would ask the
    // parent for a required FILE first); call() refuses an empty list as the usage error it is
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "assessment files in the contract's JSON; - reads standard input")
    List<String> files;

    @Spec
    CommandSpec spec;

    private final UnaryOperator<Assessor> wrap;
    private final Streams streams;

    private HipTriageCli(Streams streams, UnaryOperator<Assessor> wrap) {
        this.streams = streams;
        this.wrap = wrap;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        EarlyEngine.startFor(args);
        System.exit(run(args, Streams.system()));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, Streams.of(in, out, err));
    }

    /** Runs the command line with the given streams (and terminal, or not) and returns the exit code. */
    public static int run(String[] args, Streams streams) {
        return runWith(args, streams, UnaryOperator.identity());
    }

    /** Assesses one case (the engine's {@code assess} or {@code explain}). */
    interface Assessor {
        /** The report of one case, with the rules that fired when {@code explain} is set. */
        Explanation assess(Assessment assessment, boolean explain);
    }

    /**
     * As {@link #run(String[], Streams)}, with the engine's assessor wrapped: a test seam to inject
     * a failure into one call. Package-private on purpose.
     */
    static int runWith(String[] args, Streams streams, UnaryOperator<Assessor> wrap) {
        PrintStream err = streams.err();
        return new CommandLine(new HipTriageCli(streams, wrap), new WithStreams(streams))
                .setOut(new PrintWriter(streams.out(), true))
                .setErr(new PrintWriter(err, true))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(HipTriageCli::commandAlone)
                // a usage error (unknown option or command argument, missing or bad value) is "anything else"
                // to contract §3: exit 1, since exit 2 promises a JSON error line per refused file
                .setParameterExceptionHandler((e, a) -> {
                    err.println(e.getMessage());
                    e.getCommandLine().usage(err);
                    return ExitCode.FAILED;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println(cmd.getCommandSpec().qualifiedName() + " failed: " + e);
                    return ExitCode.FAILED;
                })
                .execute(args);
    }

    /**
     * Runs the command asked for, refusing hip-triage's own FILEs and options beside a command as a
     * usage error: picocli would run the command and drop them ({@code --format json interview}).
     */
    private static int commandAlone(ParseResult parsed) {
        if (parsed.hasSubcommand() && !parsed.matchedArgs().isEmpty()
                && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()) {
            String command = parsed.subcommand().commandSpec().name();
            throw new ParameterException(parsed.commandSpec().commandLine(), "hip-triage's own FILEs and options do not go with "
                    + "a command; put the command first and its options after it (hip-triage " + command + " --help)");
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** Makes each command picocli asks for, handing this run's streams to a constructor that takes them. */
    private record WithStreams(Streams streams) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<K> constructor;
            try {
                constructor = type.getDeclaredConstructor(Streams.class);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type); // the version provider, picocli's own classes
            }
            return constructor.newInstance(streams);
        }
    }

    @Override
    public Integer call() {
        if (files == null || files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        }
        PrintStream out = streams.out();
        PrintStream err = streams.err();
        int code = ExitCode.OK;
        boolean failed = false;
        // every file read first, while the engine is still being built (EarlyEngine); nothing is printed before it is ready
        List<Read> read = files.stream().map(this::readCase).toList();
        try (TriageEngine engine = EarlyEngine.take()) {
            Assessor assessor = wrap.apply((assessment, withRules) -> withRules ? engine.explain(assessment)
                    : new Explanation(engine.assess(assessment), List.of()));
            for (Read one : read) {
                String file = one.file();
                if (one.refusal() != null) {
                    err.println(one.refusal());
                    code = ExitCode.REFUSED;
                    continue;
                }
                Assessment assessment = one.assessment();
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
                } else if (format == Format.fhir) {
                    out.println(FhirReport.json(explanation.report(), assessment));
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
        return failed ? ExitCode.FAILED : code;
    }

    /** A file's case, or the error line that refuses it. */
    private record Read(String file, Assessment assessment, String refusal) {
    }

    private Read readCase(String file) {
        try {
            return new Read(file, AssessmentJson.parse(read(file)), null);
        } catch (InvalidAssessmentException e) {
            return new Read(file, null, ReportJson.errorLine(file, e.problems()));
        } catch (IOException e) {
            return new Read(file, null, ReportJson.errorLine(file, List.of(new Problem("$", "must be a readable file", describe(e)))));
        }
    }

    private byte[] read(String file) throws IOException {
        if ("-".equals(file)) {
            return streams.in().readNBytes(AssessmentJson.MAX_BYTES + 1);
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
