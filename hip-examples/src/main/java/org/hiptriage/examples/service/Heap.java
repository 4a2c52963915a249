package org.hiptriage.examples.service;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's heap: bounded by default. A JVM started without a heap size takes a quarter of the
 * machine's memory, which a busy service grows into; {@code serve} then starts itself again as a child
 * JVM with {@code -Xmx} ({@value #DEFAULT}, or {@code --heap}), passing on the JVM's own options, and
 * waits for it: a SIGTERM or Ctrl-C reaches the child (which stops gracefully), and the child stops too
 * when this parent dies, even by {@code kill -9} (its standard input, a pipe from the parent, closes).
 */
final class Heap {

    /** The default heap: 512 MiB (about 73 MiB in use after start-up and under load here: docs/deploy.md, "Heap"). */
    static final String DEFAULT = "512m";
    /** The system property that marks the child JVM (it never starts another). */
    static final String CHILD_PROPERTY = "hiptriage.serve.child";

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,7})([kKmMgG]?)");
    private static final List<String> SIZING_OPTIONS = List.of("MaxHeapSize", "MaxRAMPercentage", "MaxRAMFraction", "MaxRAM");

    private Heap() {
    }

    /** True in the child JVM that a parent {@code serve} started. */
    static boolean isChild() {
        return Boolean.getBoolean(CHILD_PROPERTY);
    }

    /** True when the JVM was told how large its heap may be ({@code -Xmx}, {@code -XX:MaxRAMPercentage}, …), or cannot say. */
    static boolean sizedByUser() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            for (String name : SIZING_OPTIONS) {
                VMOption option = vm.getVMOption(name);
                if (option.getOrigin() != VMOption.Origin.DEFAULT && option.getOrigin() != VMOption.Origin.ERGONOMIC) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return true; // not a HotSpot JVM, or the option is unknown to it: leave it as it is
        }
    }

    /** The bytes a heap size such as {@code 512m} or {@code 2g} means; -1 when it is not one (or under 64 MiB). */
    static long bytes(String size) {
        Matcher m = SIZE.matcher(size);
        if (!m.matches()) {
            return -1;
        }
        long n = Long.parseLong(m.group(1));
        long bytes = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
        return bytes < (64L << 20) ? -1 : bytes;
    }

    /** The command that runs {@code args} in a child JVM with this JVM's options, its class path and {@code -Xmx}{@code heap}. */
    static List<String> childCommand(String heap, List<String> args, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.contains("jdwp")) { // a debugger's agent would fight the parent's for its port
                command.add(option);
            }
        }
        command.add("-Xmx" + heap);
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /**
     * Runs {@code command} as a child sharing this process's standard output and error, and returns its exit code.
     * A shutdown of this JVM (SIGTERM, Ctrl-C) stops the child first and waits for it, up to {@code stopMillis} and 5 s more.
     */
    static int runChild(List<String> command, long stopMillis) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread stopChild = new Thread(() -> {
            child.destroy();
            try {
                if (!child.waitFor(stopMillis + 5_000, TimeUnit.MILLISECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }, "hip-triage-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code = child.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException e) {
            // shutting down already: the hook runs, and finds the child gone
        }
        return code;
    }

    /** In the child: stops this JVM (gracefully, through its shutdown hooks) once the parent has gone, whatever killed it. */
    static void exitWhenParentGoes() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes: wait for the end of the pipe
                }
            } catch (IOException e) {
                // the pipe broke: the parent has gone
            }
            System.exit(0);
        }, "hip-triage-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
