package org.hiptriage.examples.cli;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.hiptriage.engine.TriageEngine;
import picocli.CommandLine.Command;

/**
 * The engine of the command line's own run, built on a thread of its own from the first moment of
 * {@code main}: building the rule base is most of a single report's start-up, and picocli, reading the
 * file and loading the JSON reader can go on meanwhile on the other core. Only when the command
 * line asks for reports (not for a command, help or the version); anything else leaves it unstarted.
 */
final class EarlyEngine {

    /** picocli's standard help and version options ({@code mixinStandardHelpOptions}). */
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");
    private static final AtomicReference<CompletableFuture<TriageEngine>> STARTED = new AtomicReference<>();

    private EarlyEngine() {
    }

    /** Starts building the engine when {@code args} ask for reports of files. */
    static void startFor(String[] args) {
        if (args.length == 0 || HELP.contains(args[0]) || isCommand(args[0])) {
            return;
        }
        CompletableFuture<TriageEngine> engine = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                engine.complete(TriageEngine.create());
            } catch (RuntimeException | Error e) {
                engine.completeExceptionally(e);
            }
        }, "hip-triage-engine-load");
        builder.setDaemon(true);
        STARTED.set(engine);
        builder.start();
    }

    /** True when {@code word} names one of the command line's commands, as its picocli annotations declare them. */
    static boolean isCommand(String word) {
        for (Class<?> command : HipTriageCli.class.getAnnotation(Command.class).subcommands()) {
            Command declared = command.getAnnotation(Command.class);
            if (declared.name().equals(word) || Arrays.asList(declared.aliases()).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The engine started early, once (later calls build a new one), or a new one when none was started. */
    static TriageEngine take() {
        CompletableFuture<TriageEngine> started = STARTED.getAndSet(null);
        if (started == null) {
            return TriageEngine.create();
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
