package org.hiptriage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's launcher (issue 16, start-up): a short run goes to a child JVM with C1 only, the serial
 * collector and the archive beside the jar; the user's own options win; long-running commands, a
 * debugged JVM and launches it cannot repeat stay in this JVM; and the child's output and exit code
 * are the command's.
 */
class LauncherTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String STAMP = "Vendor 17.0.15 /jdk";

    @TempDir
    Path dir;

    @Test
    void aReportOfFilesRunsInAChildWithC1TheSerialCollectorAndTheArchiveBesideTheJar() throws Exception {
        // given a jar with its archive, stamped by this very JVM
        Path jar = jarWithArchive(STAMP);
        String[] args = {"--format", "json", "case.json"};

        // when started as java -Xmx300m -jar JAR --format json case.json
        List<String> command = Launcher.childCommand(args, launch(List.of("-Xmx300m"), "-jar", jar.toString(), args), JAVA, STAMP);

        // then the child has the launcher's settings, then the user's, then the same launch and arguments
        assertThat(command).containsExactly(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:SharedArchiveFile=" + archiveOf(jar).toAbsolutePath(),
                "-Xmx300m", "-Dhiptriage.launched=true", "-jar", jar.toString(), "--format", "json", "case.json");
    }

    @Test
    void anArchiveMadeByAnotherJvmIsNotUsed() throws Exception {
        // given an archive that another JVM build made (this JVM would warn and ignore it)
        Path jar = jarWithArchive("Other 21.0.1 /other-jdk");
        String[] args = {"case.json"};

        // when launched
        List<String> command = Launcher.childCommand(args, launch(List.of(), "-jar", jar.toString(), args), JAVA, STAMP);

        // then the child runs without it
        assertThat(command).isNotNull().noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void theUsersCollectorReplacesTheLaunchersAndTheirOtherOptionsComeAfterItsSoTheyWin() throws Exception {
        Path jar = jarWithArchive(STAMP);
        String[] args = {"case.json"};

        List<String> command = Launcher.childCommand(args,
                launch(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=4"), "-jar", jar.toString(), args), JAVA, STAMP);

        assertThat(command).doesNotContain("-XX:+UseSerialGC").contains("-XX:+UseParallelGC");
        assertThat(command.lastIndexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(command.indexOf("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void aBatchOfUpTo50000CasesRunsC1OnlyAndALongerOneWithTheOptimisingCompilerBothWithABoundedHeap() {
        long defaultMaxHeap = 6L << 30;
        assertThat(Launcher.batchSettings(20_000, 2, defaultMaxHeap))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");
        assertThat(Launcher.batchSettings(200_000, 2, defaultMaxHeap)).containsExactly("-XX:+UseParallelGC", "-Xmx256m");
        // more workers than 8 get more heap, never more than the JVM would have had anyway
        assertThat(Launcher.batchSettings(200_000, 24, defaultMaxHeap)).contains("-Xmx512m");
        assertThat(Launcher.batchSettings(200_000, 256, 1L << 30)).contains("-Xmx1024m");
    }

    @Test
    void aBatchsSizeIsEstimatedFromItsFolderOrFileAndItsThreadsFromItsOption() throws Exception {
        // given a JSON-lines file of about 60,000 cases and a folder of 3
        Path lines = dir.resolve("cases.jsonl");
        try (var file = new java.io.RandomAccessFile(lines.toFile(), "rw")) {
            file.setLength(60_000 * Launcher.BYTES_PER_CASE_LINE);
        }
        Path folder = Files.createDirectory(dir.resolve("cases"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(folder.resolve(i + ".json"), "{}");
        }

        assertThat(Launcher.estimatedCases(lines)).isEqualTo(60_000);
        assertThat(Launcher.estimatedCases(folder)).isEqualTo(3);
        assertThat(Launcher.estimatedCases(dir.resolve("missing"))).isZero();
        assertThat(Launcher.settingsFor(new String[] {"batch", "--threads", "24", lines.toString(), "out.jsonl"}, 6L << 30))
                .containsExactly("-XX:+UseParallelGC", "-Xmx512m");
        assertThat(Launcher.settingsFor(new String[] {"batch", "--resume", folder.toString(), "out.jsonl"}, 6L << 30))
                .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");
        // a bad --threads is the batch's to refuse: a short run
        assertThat(Launcher.settingsFor(new String[] {"batch", "--threads", "many", lines.toString(), "o"}, 6L << 30))
                .isEqualTo(Launcher.SHORT_RUN);
    }

    @Test
    @Timeout(120)
    void aLaunchedBatchWhoseLauncherIsKilledStopsAndKeepsWhatItWroteForResume() throws Exception {
        // given a batch of many cases started through the launcher
        Path in = dir.resolve("cases.jsonl");
        String line = Files.readString(Path.of("cases/lateral-hip-pain-gtps.json")).replaceAll("\\s*\\n\\s*", " ") + "\n";
        Files.writeString(in, line.repeat(20_000));
        Path out = dir.resolve("out.jsonl");
        Process launcher = new ProcessBuilder(JAVA, "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "batch", "--threads", "1", in.toString(),
                out.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err.txt").toFile()).start();
        Path partial = Path.of(out + ".partial");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!(Files.exists(partial) && Files.size(partial) > 0) && launcher.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<ProcessHandle> children = launcher.children().toList();
        assertThat(children).as("the batch runs in a child JVM").hasSize(1);

        // when the launcher is killed outright
        launcher.destroyForcibly();
        launcher.waitFor(30, TimeUnit.SECONDS);

        // then the child stops too, soon, leaving OUT.partial (whole lines) for --resume and no OUT
        ProcessHandle child = children.get(0);
        assertThat(child.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(out).doesNotExist();
        assertThat(Files.readString(partial)).endsWith("\n");
    }

    @Test
    void serveAndRulebookRunInThisJvm() throws Exception {
        Path jar = jarWithArchive(STAMP);
        for (String commandName : List.of("serve", "rulebook")) {
            String[] args = {commandName, "--help"};
            assertThat(Launcher.childCommand(args, launch(List.of(), "-jar", jar.toString(), args), JAVA, STAMP)).isNull();
        }
    }

    @Test
    void aJvmUnderADebuggerOrAnAgentDoesTheWorkItself() throws Exception {
        Path jar = jarWithArchive(STAMP);
        String[] args = {"case.json"};
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/tmp/agent.jar")) {
            assertThat(Launcher.childCommand(args, launch(List.of(option), "-jar", jar.toString(), args), JAVA, STAMP)).isNull();
        }
    }

    @Test
    void aLaunchThatCannotBeRepeatedRunsInThisJvm() {
        String[] args = {"case.json"};
        // a module launch, a class path from the environment, arguments from an @argfile, nothing readable
        assertThat(Launcher.childCommand(args, List.of("-m", "org.hiptriage/org.hiptriage.examples.cli.Launcher", "case.json"),
                JAVA, STAMP)).isNull();
        assertThat(Launcher.childCommand(args, List.of(Launcher.class.getName(), "case.json"), JAVA, STAMP)).isNull();
        assertThat(Launcher.childCommand(args, List.of("-jar", "hip-triage.jar", "@args.txt"), JAVA, STAMP)).isNull();
        assertThat(Launcher.childCommand(args, List.of(), JAVA, STAMP)).isNull();
    }

    @Test
    @Timeout(120)
    void asAProcessItsChildWritesTheSameReportsAndExitsWithTheCommandsCode() throws Exception {
        // given the sample case, and its report from the command line run in this JVM
        Path sample = Path.of("cases/lateral-hip-pain-gtps.json");
        ByteArrayOutputStream inProcess = new ByteArrayOutputStream();
        int inProcessCode = HipTriageCli.run(new String[] {"--format", "json", sample.toString()}, InputStream.nullInputStream(),
                new PrintStream(inProcess, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true));

        // when the launcher runs the same command (asked to show the child's command)
        Result launched = launcher("--format", "json", sample.toString());

        // then a child JVM did the work, with the launcher's settings, and its report and exit code are the command's
        assertThat(launched.err()).contains("-Dhiptriage.launched=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(launched.out()).isEqualTo(inProcess.toString(StandardCharsets.UTF_8));
        assertThat(launched.code()).isEqualTo(inProcessCode).isZero();

        // and a refused file's exit code (2) and error line come through it too
        Result refused = launcher("--format", "json", dir.resolve("no-such-case.json").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("must be a readable file");
    }

    private record Result(int code, String out, String err) {
    }

    private Result launcher(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA, "-Dhiptriage.jvm=show",
                "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(100, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 100 s");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path jarWithArchive(String stamp) throws Exception {
        Path jar = Files.createFile(dir.resolve("hip-triage-" + Math.abs(stamp.hashCode()) + ".jar"));
        Files.createFile(archiveOf(jar));
        Files.writeString(Path.of(archiveOf(jar) + ".vm"), stamp);
        return jar;
    }

    private static Path archiveOf(Path jar) {
        String name = jar.toString();
        return Path.of(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    private static List<String> launch(List<String> options, String how, String what, String... args) {
        List<String> launch = new ArrayList<>(options);
        launch.add(how);
        launch.add(what);
        launch.addAll(List.of(args));
        return launch;
    }
}
