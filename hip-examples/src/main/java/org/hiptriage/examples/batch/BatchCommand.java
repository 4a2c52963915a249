package org.hiptriage.examples.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.common.ExitCode;
import org.hiptriage.examples.common.Streams;
import org.hiptriage.examples.text.Counts;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hip-triage batch IN OUT}: assesses a folder of case files or a JSON-lines file on every
 * core, one shared engine, and writes one line per case to OUT in input order:
 * {@code {"id": …, "report": {…}}} for an assessed case, {@code {"id": …, "errors": [{"path", "message"}]}}
 * for a refused one. A refused case never stops the batch. Ends with a summary (standard output,
 * or standard error when OUT is {@code -}); a progress bar on standard error when a terminal is
 * attached. Exit 0 when every case was assessed, 2 when some were refused, 1 for anything else.
 * OUT is written as {@code OUT.partial} and renamed when complete ({@link BatchOutput}); {@code --resume}
 * continues a batch that was stopped. On SIGTERM (or Ctrl-C) the batch takes no new case, writes the cases in
 * flight, leaves {@code OUT.partial} whole to its last line, says so on standard error and exits
 * {@value #STOPPED} (128 + 15, the code of a process stopped by SIGTERM; 130 for Ctrl-C).
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assesses many cases (a folder of files, or JSON lines) on every core.",
                "IN is a folder of *.json case files (by name) or a JSON-lines file (one case a line); OUT gets one "
                        + "JSON line per case, in input order (- for standard output).",
                "OUT is written as OUT.partial beside it and renamed to OUT once every case is in it. A batch that "
                        + "was stopped (killed, SIGTERM, a full disk) leaves OUT.partial: run the same command with "
                        + "--resume to go on without assessing a case twice. On SIGTERM the cases in flight are "
                        + "finished and written first; the exit code is then 143."})
public final class BatchCommand implements Callable<Integer> {

    /** The exit code of a batch stopped by SIGTERM: 128 + 15, set by the JVM; OUT.partial then holds the cases done. */
    public static final int STOPPED = 143;

    /** How long a stop (SIGTERM) waits for the cases in flight to be written before the JVM goes down anyway. */
    static final long STOP_WAIT_SECONDS = 30;

    @Parameters(index = "0", paramLabel = "IN", description = "a folder of *.json case files, or a JSON-lines file")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "where to write one JSON line per case; - for standard output")
    String out;

    /** The most worker threads: the engine's work is all computation, so more than a few per core only costs memory. */
    static final int MAX_THREADS = 256;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads, 1 to " + MAX_THREADS
            + " (default: every core, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "go on with a batch that was stopped: keep the cases already in OUT.partial "
            + "(checked against IN), assess the rest; OUT ends as an uninterrupted run writes it")
    boolean resume;

    @Spec
    CommandSpec spec;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private final boolean terminal;

    /** The batch, writing to these streams; a terminal attached to them shows the progress bar. */
    public BatchCommand(Streams streams) {
        this.stdout = streams.out();
        this.stderr = streams.err();
        this.terminal = streams.console();
    }

    /** One case's outcome, made in a worker thread. */
    private record Outcome(String id, String line, Level level, List<String> flags, String topCondition,
                           List<Problem> problems, String failure) {
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 to " + MAX_THREADS + " (the work is all "
                    + "computation: more threads than a few per core only cost memory): " + threads);
        }
        boolean toStdout = "-".equals(out);
        if (toStdout && resume) {
            stderr.println("--resume needs OUT to be a file: standard output cannot be resumed");
            return ExitCode.FAILED;
        }
        if (!toStdout && Files.exists(in) && Files.exists(Path.of(out)) && Files.isSameFile(in, Path.of(out))) {
            stderr.println("OUT must not be IN: " + out);
            return ExitCode.FAILED;
        }
        Stop stop = Stop.onSignal();
        try {
            return run(toStdout ? null : Path.of(out), stop);
        } finally {
            stop.done();
        }
    }

    /** Runs the batch to OUT ({@code null} for standard output) until every case is written or a stop is asked for. */
    private int run(Path outFile, Stop stop) throws InterruptedException {
        long started = System.nanoTime();
        BatchSummary summary = new BatchSummary();
        PrintStream report = outFile == null ? stderr : stdout;
        Set<Path> notCases = outFile == null ? Set.of() : realPaths(outFile, BatchOutput.partialOf(outFile));
        long written;
        try (BatchInput input = BatchInput.open(in, notCases);
             BatchOutput output = outFile == null ? BatchOutput.stream(notClosing(stdout))
                     : resume ? BatchOutput.resume(outFile, input, summary) : BatchOutput.create(outFile);
             TriageEngine engine = input.hasNext() ? TriageEngine.create() : null) {
            written = output.kept();
            summary.resumed(written);
            if (resume) {
                stderr.println("hip-triage batch: " + (engine == null ? outFile + " is complete: nothing left to assess"
                        : "resuming: " + Counts.of(written, "case", "cases") + " kept, going on from case " + (written + 1)));
            }
            Progress progress = terminal ? new Progress(stderr, input.count(), written) : null;
            ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
            try {
                ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
                int maxWindow = threads * 64;
                while (!stop.requested() && input.hasNext()) {
                    BatchInput.Item item = input.next();
                    window.add(pool.submit(() -> assess(engine, item)));
                    while (window.size() >= maxWindow || (!window.isEmpty() && window.peek().isDone())) {
                        write(window.poll(), output, summary, progress);
                        written++;
                    }
                }
                while (!window.isEmpty()) {
                    write(window.poll(), output, summary, progress);
                    written++;
                }
            } finally {
                pool.shutdownNow();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
            if (input.hasNext()) {
                output.stop();
                if (progress != null) {
                    stderr.println();
                }
                stderr.println("hip-triage batch: stopped (SIGTERM or Ctrl-C) after " + Counts.of(written, "case", "cases") + "; "
                        + (outFile == null ? "standard output cannot be resumed"
                        : BatchOutput.partialOf(outFile) + " keeps them: run the same command with --resume to go on"));
                return ExitCode.FAILED;
            }
            output.complete();
            if (progress != null) {
                progress.done();
            }
        } catch (IOException | UncheckedIOException e) {
            stderr.println("hip-triage batch: " + e.getMessage());
            return ExitCode.FAILED;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        report.print(summary.format(in.toString(), threads, millis));
        report.flush();
        if (summary.failed() > 0) {
            return ExitCode.FAILED;
        }
        return summary.refusedCount() > 0 ? ExitCode.REFUSED : ExitCode.OK;
    }

    /** The real paths of these files (their folder's real path and their name), for files that may not exist yet. */
    private static Set<Path> realPaths(Path... files) {
        Set<Path> out = new HashSet<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath();
            try {
                out.add(absolute.getParent().toRealPath().resolve(absolute.getFileName()));
            } catch (IOException e) {
                out.add(absolute.normalize()); // the folder is missing: opening OUT will say so
            }
        }
        return out;
    }

    /**
     * A stop asked for by SIGTERM or Ctrl-C: a shutdown hook raises the flag and holds the JVM (at most
     * {@value #STOP_WAIT_SECONDS} s) until the batch has written the cases in flight and said where it stopped.
     */
    static final class Stop {
        private final AtomicBoolean requested = new AtomicBoolean();
        private final CountDownLatch finished = new CountDownLatch(1);
        private final Thread hook;

        private Stop() {
            hook = new Thread(() -> {
                requested.set(true);
                try {
                    finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "hip-triage-batch-stop");
        }

        /** A stop that SIGTERM and Ctrl-C ask for, from now until {@link #done()}. */
        static Stop onSignal() {
            Stop stop = new Stop();
            try {
                Runtime.getRuntime().addShutdownHook(stop.hook);
            } catch (IllegalStateException e) {
                stop.requested.set(true); // the signal came before the batch began: it begins nothing
            }
            return stop;
        }

        /** Whether a stop was asked for. */
        boolean requested() {
            return requested.get();
        }

        /** The batch has ended (its output written, its last word said): the JVM may go down. */
        void done() {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is going down already (the hook has run or is running)
            }
        }
    }

    private static Outcome assess(TriageEngine engine, BatchInput.Item item) {
        Assessment assessment;
        try {
            assessment = AssessmentJson.parse(item.source().read());
        } catch (InvalidAssessmentException e) {
            return new Outcome(item.id(), errorLine(item.id(), e.problems()), null, List.of(), null, e.problems(), null);
        } catch (BatchInput.NotACaseFile e) {
            List<Problem> problems = List.of(new Problem("$", "must be a case file (a regular file)", e.what()));
            return new Outcome(item.id(), errorLine(item.id(), problems), null, List.of(), null, problems, null);
        } catch (IOException e) {
            List<Problem> problems = List.of(new Problem("$", "must be a readable file",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return new Outcome(item.id(), errorLine(item.id(), problems), null, List.of(), null, problems, null);
        }
        try {
            TriageReport report = engine.assess(assessment);
            // the report's JSON text as the library writes it, wrapped with the case's id: no tree built per case
            String line = "{\"id\":" + jsonString(item.id()) + ",\"report\":" + ReportJson.write(report) + "}";
            return new Outcome(item.id(), line, report.disposition().level(),
                    report.flags().stream().map(Flag::code).map(Enum::name).toList(),
                    report.topCondition().map(c -> c.code().name()).orElse(null), null, null);
        } catch (RuntimeException e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            ObjectNode line = JSON.createObjectNode();
            line.put("id", item.id());
            line.put("failure", why);
            return new Outcome(item.id(), line.toString(), null, List.of(), null, null, why);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code text} as a JSON string, quoted and escaped as Jackson writes it. */
    private static String jsonString(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a string could not be written as JSON", e);
        }
    }

    private static String errorLine(String id, List<Problem> problems) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", id);
        ArrayNode errors = line.putArray("errors");
        for (Problem p : problems) {
            errors.addObject().put("path", p.path()).put("message", p.message());
        }
        return line.toString();
    }

    private static void write(Future<Outcome> future, BatchOutput output, BatchSummary summary, Progress progress)
            throws IOException, InterruptedException {
        Outcome outcome;
        try {
            outcome = future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed", e.getCause());
        }
        output.write(outcome.line());
        if (outcome.failure() != null) {
            summary.failed(outcome.id(), outcome.failure());
        } else if (outcome.problems() != null) {
            summary.refused(outcome.id(), outcome.problems());
        } else {
            summary.assessed(outcome.level(), outcome.flags(), outcome.topCondition());
        }
        if (progress != null) {
            progress.step(outcome.problems() != null || outcome.failure() != null);
        }
    }

    private static java.io.OutputStream notClosing(PrintStream stream) {
        return new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "hip-triage-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A one-line progress bar, redrawn at most ten times a second. */
    static final class Progress {
        private static final int WIDTH = 30;
        private final PrintStream err;
        private final long total;
        private long done;
        private long refused;
        private long lastDrawn;

        Progress(PrintStream err, long total, long done) {
            this.err = err;
            this.total = total;
            this.done = done;
        }

        void step(boolean wasRefused) {
            done++;
            refused += wasRefused ? 1 : 0;
            long now = System.nanoTime();
            if (now - lastDrawn > 100_000_000L || done == total) {
                lastDrawn = now;
                draw();
            }
        }

        void draw() {
            double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
            int filled = (int) Math.round(fraction * WIDTH);
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %3.0f%%  refused %d", "#".repeat(filled),
                    ".".repeat(WIDTH - filled), done, total, fraction * 100, refused));
            err.flush();
        }

        void done() {
            draw();
            err.println();
        }
    }
}
