package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hiptriage.model.testing.RandomAssessments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an application that embeds hip-rules gets on its class path: hip-rules' run-time dependencies,
 * as the build lists them (target/runtime-classpath.txt, written by maven-dependency-plugin). They
 * stay within 20 jars and 8 MB, carry no SLF4J provider (the application chooses its logging) and
 * none of the DRL compiler; and with them alone the engine gives the same reports as with the full
 * test class path, while {@link TriageEngine#createFromDrl()} says which dependencies to add.
 */
class RuntimeClasspathTest {

    static final int MAX_JARS = 20;
    static final long MAX_BYTES = 8_000_000;
    /** Jars an embedding application must not get from hip-rules: logging providers and the DRL compiler. */
    static final List<String> NEVER = List.of("slf4j-nop", "slf4j-simple", "slf4j-jdk14", "slf4j-reload4j", "logback-classic",
            "log4j-slf4j", "drools-drl-parser", "drools-drl-ast", "drools-ecj", "ecj-", "antlr", "drools-mvel", "mvel2",
            "drools-xml-support", "xstream", "drools-verifier");

    private static final long SEED = 20260213L;
    private static final int CASES = 60;

    static List<Path> runtimeClasspath() throws IOException {
        Path file = Path.of(System.getProperty("hiptriage.runtimeClasspath", "target/runtime-classpath.txt"));
        assertThat(file).as("written by maven-dependency-plugin in generate-test-resources: run the tests with Maven").exists();
        List<Path> jars = new ArrayList<>();
        for (String entry : Files.readString(file, StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }

    @Test
    void theRunTimeDependenciesStayWithinBudgetWithNoLoggingProviderAndNoDrlCompiler() throws IOException {
        List<Path> jars = runtimeClasspath();
        long bytes = 0;
        for (Path jar : jars) {
            bytes += Files.isRegularFile(jar) ? Files.size(jar) : 0;
        }
        assertThat(jars).as("hip-rules' run-time dependencies (README, Dependencies)").hasSizeBetween(1, MAX_JARS);
        assertThat(bytes).as("bytes of hip-rules' run-time dependencies " + jars).isLessThanOrEqualTo(MAX_BYTES);
        assertThat(jars).extracting(jar -> jar.getFileName().toString())
                .noneMatch(name -> NEVER.stream().anyMatch(name::startsWith))
                .anyMatch(name -> name.startsWith("drools-model-compiler"));
    }

    @Test
    void withTheRunTimeDependenciesAloneTheEngineGivesTheSameReports(@TempDir Path probeDir) throws Exception {
        // given a JVM whose class path is hip-rules itself, its run-time dependencies, the probe and the case generator
        Path probeClass = Path.of(RuntimeClasspathProbe.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(probeDir.resolve(probeClass).getParent());
        Files.copy(codeSource(RuntimeClasspathProbe.class).resolve(probeClass), probeDir.resolve(probeClass));
        List<String> classPath = new ArrayList<>();
        classPath.add(codeSource(TriageEngine.class).toString());
        runtimeClasspath().forEach(jar -> classPath.add(jar.toString()));
        classPath.add(probeDir.toString());
        classPath.add(codeSource(RandomAssessments.class).toString());
        Path errors = probeDir.resolve("stderr.txt");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), RuntimeClasspathProbe.class.getName(),
                Long.toString(SEED), Integer.toString(CASES))
                .redirectError(errors.toFile()).start();
        List<String> printed = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(probe.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(probe.exitValue()).as("the probe's exit code; its errors: %s", Files.readString(errors)).isZero();

        // then it concludes exactly what the engine concludes here, on the full test class path
        List<String> expected;
        try (TriageEngine engine = TriageEngine.create()) {
            expected = RuntimeClasspathProbe.lines(engine, SEED, CASES);
        }
        assertThat(printed).hasSize(expected.size() + 1);
        assertThat(printed.subList(0, expected.size())).isEqualTo(expected);
        // and compiling the DRL there fails, saying what to add
        assertThat(printed.get(expected.size())).startsWith(RuntimeClasspathProbe.FROM_DRL + "TriageEngine.createFromDrl()")
                .contains("missing org.drools:drools-drl-parser", "org.drools:drools-compiler", "org.drools:drools-mvel",
                        "org.drools:drools-xml-support", "(version 10.");
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
