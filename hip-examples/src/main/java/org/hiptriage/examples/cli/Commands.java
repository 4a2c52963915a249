package org.hiptriage.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The plumbing every hip-triage command shares: UTF-8 standard streams and picocli's error handling. */
public final class Commands {

    private Commands() {
    }

    /** Standard output as UTF-8, flushed on every line. */
    public static PrintStream stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    /** Standard error as UTF-8, flushed on every line. */
    public static PrintStream stderr() {
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    }

    /**
     * Runs a picocli command with these streams: a bad option prints the message and the usage and
     * returns 1; a failure inside the command prints one line naming {@code name} and returns 1.
     */
    public static int execute(Object command, String name, String[] args, PrintStream out, PrintStream err) {
        return new CommandLine(command)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler((e, a) -> {
                    err.println(e.getMessage());
                    e.getCommandLine().usage(err);
                    return 1;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println(name + " failed: " + e);
                    return 1;
                })
                .execute(args);
    }
}
