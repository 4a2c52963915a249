package org.hiptriage.examples.common;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams of one run of a command, and whether a terminal is attached: the command
 * line hands them to each command it makes, so a test can run any command on streams of its own.
 */
public record Streams(InputStream in, PrintStream out, PrintStream err, boolean console) {

    /** These streams, with a terminal attached when the process has a console. */
    public static Streams of(InputStream in, PrintStream out, PrintStream err) {
        return new Streams(in, out, err, System.console() != null);
    }

    /** The process's standard streams, output and error as UTF-8 flushed on every line. */
    public static Streams system() {
        return of(System.in, new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }
}
