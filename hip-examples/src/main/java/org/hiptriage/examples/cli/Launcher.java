package org.hiptriage.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The jar's entry point: runs the command line in a JVM set up for the command, so that nobody has
 * to type JVM options. A report of a few files is over before the JIT's optimising compiler pays for
 * itself, and on two cores that compiler takes a core from the work: such a run goes to a child JVM
 * with C1 only, the serial collector and the class-data-sharing archive built beside the jar
 * (BENCHMARKS.md, "Start-up"). A {@code batch} gets settings by its size: C1 only up to about
 * {@value #LONG_BATCH_CASES} cases, the optimising compiler with the parallel collector beyond, and a
 * bounded heap either way (BENCHMARKS.md, "Batch"). {@code serve} and {@code rulebook}, which run long,
 * run in this JVM ({@code serve} bounds its heap itself).
 *
 * <p>The child gets this JVM's own options after the launcher's, so an option the user typed wins; a
 * user's choice of collector replaces the launcher's. It inherits standard input, output and error,
 * and its exit code is this one's. Nothing is re-launched under a debugger or an agent, when the
 * launch cannot be read back, or with {@code -Dhiptriage.jvm=as-is}; {@code -Dhiptriage.jvm=show}
 * prints the child's command on standard error first.
 */
public final class Launcher {

    /** The system property: {@code as-is} runs in this JVM, {@code show} prints the child's command first. */
    static final String JVM_PROPERTY = "hiptriage.jvm";
    /** The system property that marks the child (it never launches another). */
    static final String CHILD_PROPERTY = "hiptriage.launched";
    /** The commands that run in this JVM. */
    private static final Set<String> IN_THIS_JVM = Set.of("serve", "rulebook");
    /** The launcher's settings for a short run, ahead of the user's own options. */
    static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Its settings for a batch of more than {@link #LONG_BATCH_CASES}: the optimising compiler pays for itself there. */
    static final List<String> LONG_BATCH = List.of("-XX:+UseParallelGC");
    /** Settings of every child: JVM warnings (an archive it cannot use, say) go to standard error, never among the reports. */
    static final List<String> EVERY_RUN = List.of("-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr");
    /**
     * The batch size from which C1 alone loses to the optimising compiler: about 50,000 cases on two cores (BENCHMARKS.md,
     * "Batch"), 15.2 s and 15.1 s each way.
     */
    static final long LONG_BATCH_CASES = 50_000;
    /** The bytes of a JSON-lines case, on average, to estimate a file's cases from its size (the seeded mix: 1.9 KB). */
    static final long BYTES_PER_CASE_LINE = 1_900;
    /** A batch's heap: enough for 8 workers (peak RSS of a 20,000-case batch 161 MiB with it); more workers add to it. */
    static final long BATCH_HEAP_MIB = 256;
    /** The heap a batch gets for each worker beyond 8. */
    static final long BATCH_HEAP_MIB_PER_EXTRA_THREAD = 16;

    private Launcher() {
    }

    /** Runs the command line, in a child JVM set up for the command when this JVM was not. */
    public static void main(String[] args) {
        String mode = System.getProperty(JVM_PROPERTY, "");
        List<String> command = Boolean.getBoolean(CHILD_PROPERTY) || "as-is".equals(mode) ? null
                : childCommand(args, ownLaunch(args), Path.of(System.getProperty("java.home"), "bin", "java").toString(), vmStamp());
        if (command == null) {
            if (Boolean.getBoolean(CHILD_PROPERTY)) {
                stopWhenParentGoes();
            }
            HipTriageCli.main(args);
            return;
        }
        if ("show".equals(mode)) {
            System.err.println("hip-triage: " + String.join(" ", command));
        }
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            HipTriageCli.main(args); // no child JVM to be had: this one does the work
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (child.isAlive()) { // this JVM was stopped (SIGTERM, SIGINT): so is the child, gracefully
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "hip-triage-stop-child"));
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            code = 1;
        }
        System.exit(code);
    }

    /**
     * The child JVM's command for {@code args}, given this JVM's command line ({@code launch}: its options, then
     * {@code -jar JAR} or a class path and this class), or null when the command runs in this JVM.
     *
     * @param javaExecutable the {@code java} to run
     * @param vmStamp what identifies this JVM's build ({@link #vmStamp()}): the archive beside the jar is used only
     *        when the stamp beside it is the same
     */
    static List<String> childCommand(String[] args, List<String> launch, String javaExecutable, String vmStamp) {
        return childCommand(args, launch, javaExecutable, vmStamp, settingsFor(args, Runtime.getRuntime().maxMemory()));
    }

    /** As above, with the launcher's {@code settings} for this command (null: it runs in this JVM). */
    static List<String> childCommand(String[] args, List<String> launch, String javaExecutable, String vmStamp,
            List<String> settings) {
        if (settings == null) {
            return null;
        }
        int start = launchStart(launch);
        if (start < 0 || launch.size() - start < 2 + args.length
                || !launch.subList(launch.size() - args.length, launch.size()).equals(Arrays.asList(args))) {
            return null; // not started as "java [options] -jar JAR" or "java [options] -cp PATH Launcher": cannot repeat it
        }
        List<String> userOptions = launch.subList(0, start);
        for (String option : userOptions) {
            if (option.startsWith("-agentlib") || option.startsWith("-agentpath") || option.startsWith("-javaagent")
                    || option.startsWith("-Xdebug") || option.startsWith("-Xrunjdwp")) {
                return null; // a debugger or profiler watches this JVM: the work stays in it
            }
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        boolean userChoseCollector = userOptions.stream().anyMatch(o -> o.matches("-XX:\\+Use[A-Za-z]+GC"));
        for (String option : settings) {
            if (!(userChoseCollector && option.endsWith("GC"))) {
                command.add(option);
            }
        }
        command.addAll(EVERY_RUN);
        archive(launch.subList(start, launch.size())).filter(jsa -> vmStamp.equals(readStamp(jsa)))
                .ifPresent(jsa -> command.add("-XX:SharedArchiveFile=" + jsa));
        command.addAll(userOptions);
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.addAll(launch.subList(start, launch.size() - args.length));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * The launcher's settings for the command {@code args} asks for, or null when it runs in this JVM. A batch's depend on
     * its size (estimated before it starts: the cases of a folder, the bytes of a JSON-lines file) and its threads; its
     * heap is bounded, never above what this JVM would have had ({@code defaultMaxHeap}).
     */
    static List<String> settingsFor(String[] args, long defaultMaxHeap) {
        String first = args.length == 0 ? "" : args[0];
        if (IN_THIS_JVM.contains(first)) {
            return null;
        }
        if (!first.equals("batch")) {
            return SHORT_RUN;
        }
        int threads = Runtime.getRuntime().availableProcessors();
        Path in = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--threads") && i + 1 < args.length) || a.startsWith("--threads=")) {
                String n = a.equals("--threads") ? args[++i] : a.substring("--threads=".length());
                try {
                    threads = Integer.parseInt(n.trim());
                } catch (NumberFormatException e) {
                    return SHORT_RUN; // the batch refuses it at once
                }
            } else if (!a.startsWith("-") && in == null) {
                try {
                    in = Path.of(a);
                } catch (RuntimeException e) {
                    return SHORT_RUN; // the batch refuses it at once
                }
            }
        }
        return batchSettings(in == null ? 0 : estimatedCases(in), threads, defaultMaxHeap);
    }

    /** The settings of a batch of about {@code cases} cases on {@code threads} workers. */
    static List<String> batchSettings(long cases, int threads, long defaultMaxHeap) {
        long heapMiB = BATCH_HEAP_MIB + BATCH_HEAP_MIB_PER_EXTRA_THREAD * Math.max(0, Math.min(threads, 256) - 8);
        heapMiB = Math.min(heapMiB, Math.max(BATCH_HEAP_MIB, defaultMaxHeap >> 20));
        List<String> settings = new ArrayList<>(cases > LONG_BATCH_CASES ? LONG_BATCH : SHORT_RUN);
        settings.add("-Xmx" + heapMiB + "m");
        return settings;
    }

    /** About how many cases IN holds: a folder's entries, or a file's bytes over those of an average case line. */
    static long estimatedCases(Path in) {
        try {
            if (Files.isDirectory(in)) {
                try (var entries = Files.list(in)) {
                    return entries.count();
                }
            }
            return Files.isRegularFile(in) ? Files.size(in) / BYTES_PER_CASE_LINE : 0;
        } catch (IOException | RuntimeException e) {
            return 0; // the batch says what is wrong with IN
        }
    }

    /**
     * This JVM's command line without the {@code java}: as the operating system holds it, or, when it gives none (Linux
     * gives none for a command line longer than a page), as the JVM recorded it (options, class path, main class or jar).
     */
    static List<String> ownLaunch(String[] args) {
        Optional<String[]> fromSystem = ProcessHandle.current().info().arguments();
        if (fromSystem.isPresent()) {
            return Arrays.asList(fromSystem.get());
        }
        List<String> launch = new ArrayList<>(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        String command = System.getProperty("sun.java.command", "");
        String classPath = System.getProperty("java.class.path", "");
        String main = Launcher.class.getName();
        if (command.equals(main) || command.startsWith(main + " ")) {
            launch.addAll(List.of("-cp", classPath, main));
        } else if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                && (command.equals(classPath) || command.startsWith(classPath + " "))) {
            launch.addAll(List.of("-jar", classPath));
        } else {
            return List.of();
        }
        launch.addAll(Arrays.asList(args));
        return launch;
    }

    /**
     * In the child: stops this JVM, through its shutdown hooks (a batch then keeps what it wrote for --resume), once the
     * launcher that waits for it has gone, however it went ({@code kill -9} included).
     */
    private static void stopWhenParentGoes() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(1)));
    }

    /** What identifies this JVM's build, as the archive records it beside itself ({@code JAR.jsa.vm}). */
    static String vmStamp() {
        return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version") + " "
                + System.getProperty("java.home");
    }

    /** Writes this JVM's stamp beside the archive {@code args[0]}: the build runs it after making the archive. */
    static final class Stamp {
        private Stamp() {
        }

        /** Writes {@code args[0]}{@code .vm}. */
        public static void main(String[] args) throws IOException {
            Files.writeString(Path.of(args[0] + ".vm"), vmStamp());
        }
    }

    /** Where the launch of the program starts in this JVM's arguments: at {@code -jar}, or at the class path before this class. */
    private static int launchStart(List<String> launch) {
        for (int i = 0; i < launch.size(); i++) {
            String a = launch.get(i);
            if (a.equals("-jar")) {
                return i + 1 < launch.size() ? i : -1;
            }
            if ((a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) && i + 2 < launch.size()
                    && launch.get(i + 2).equals(Launcher.class.getName())) {
                return i;
            }
            if (a.equals(Launcher.class.getName()) || a.equals("-m") || a.equals("--module")) {
                return -1; // a class path given otherwise (the environment) or a module: not repeated here
            }
        }
        return -1;
    }

    /** The archive beside the jar of the launch, when it is a jar and there is one. */
    private static Optional<Path> archive(List<String> launchPart) {
        String jar = launchPart.get(1);
        if (!jar.endsWith(".jar") || jar.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        Path jsa = Path.of(jar.substring(0, jar.length() - ".jar".length()) + ".jsa").toAbsolutePath();
        return Files.isRegularFile(jsa) ? Optional.of(jsa) : Optional.empty();
    }

    private static String readStamp(Path jsa) {
        try {
            return Files.readString(Path.of(jsa + ".vm"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
