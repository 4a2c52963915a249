package org.hiptriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hiptriage.model.testing.RandomAssessments;
import org.junit.jupiter.api.Test;

/**
 * One way to build a case (issue 13): the case and its sections are built with their builders, which name every
 * field, never with the records' canonical constructors, whose neighbouring Boolean, Double and list arguments can
 * be swapped without the compiler noticing. The scan reads every Java source of the three modules (main, test and
 * bench code).
 */
class OneWayToBuildACaseTest {

    /** The records of a case. */
    static final List<String> RECORDS = List.of("Assessment", "Runner", "Pain", "FunctionStatus", "General", "History",
            "CareSoFar", "Exam");

    /** The modules scanned, from the project's root. */
    static final List<String> MODULES = List.of("hip-model", "hip-rules", "hip-examples");

    /**
     * Files, from the project's root, that may call a canonical constructor, each with its reason. A record's own file
     * (its builder's {@code build()}) is always allowed; nothing else needs to be today: the contract's JSON reader
     * builds with the builders too.
     */
    static final Map<String, String> JUSTIFIED = Map.of();

    /** A constructor call, qualified or not, or a constructor reference, of one of the records. */
    private static final Pattern POSITIONAL = Pattern.compile("\\bnew\\s+(?:[\\w.]+\\.)?(" + String.join("|", RECORDS)
            + ")\\s*\\(|\\b(" + String.join("|", RECORDS) + ")\\s*::\\s*new\\b");

    /** One call found: the file from the root, its line, the record. */
    record Call(String file, int line, String record, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text.strip();
        }
    }

    @Test
    void noCodeOutsideARecordsOwnFileCallsItsCanonicalConstructor() {
        List<Call> positional = calls().stream()
                .filter(c -> !ownFile(c))
                .filter(c -> !JUSTIFIED.containsKey(c.file()))
                .toList();
        assertThat(positional).as("positional constructor calls; use the record's builder() (or of(...)) instead")
                .isEmpty();
    }

    @Test
    void theScanSeesEveryModuleAndFindsEachBuildersOwnCall() {
        List<Call> all = calls();
        // each builder's build() calls its record's constructor: the scan that finds those would find any other
        for (String record : RECORDS) {
            assertThat(all).as("the call in " + record + ".Builder.build()")
                    .anyMatch(c -> ownFile(c) && c.record().equals(record));
        }
        List<Path> sources = sources();
        for (String module : MODULES) {
            assertThat(sources).as("sources of " + module).anyMatch(f -> f.startsWith(root().resolve(module)));
        }
        for (String file : JUSTIFIED.keySet()) {
            assertThat(all).as("a justified exception still needed: " + file).anyMatch(c -> c.file().equals(file));
        }
    }

    @Test
    void aCopyThroughToBuilderKeepsEveryField() {
        for (Assessment a : new RandomAssessments(13).next(500)) {
            assertThat(a.toBuilder().build()).isEqualTo(a);
            assertThat(a.runner().toBuilder().build()).isEqualTo(a.runner());
            assertThat(a.pain().toBuilder().build()).isEqualTo(a.pain());
            assertThat(a.function().toBuilder().build()).isEqualTo(a.function());
            assertThat(a.general().toBuilder().build()).isEqualTo(a.general());
            assertThat(a.history().toBuilder().build()).isEqualTo(a.history());
            assertThat(a.careSoFar().toBuilder().build()).isEqualTo(a.careSoFar());
            assertThat(a.exam().toBuilder().build()).isEqualTo(a.exam());
        }
    }

    /** True when the call is in the called record's own file (its builder). */
    private static boolean ownFile(Call call) {
        return call.file().equals("hip-model/src/main/java/org/hiptriage/model/" + call.record() + ".java");
    }

    /** Every constructor call of a record in the scanned sources. */
    private static List<Call> calls() {
        List<Call> out = new ArrayList<>();
        for (Path file : sources()) {
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = root().relativize(file).toString().replace('\\', '/');
            Matcher m = POSITIONAL.matcher(text);
            while (m.find()) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count();
                int from = text.lastIndexOf('\n', m.start()) + 1;
                int to = text.indexOf('\n', m.start());
                String record = m.group(1) != null ? m.group(1) : m.group(2);
                out.add(new Call(name, line, record, text.substring(from, to < 0 ? text.length() : to)));
            }
        }
        return out;
    }

    /** Every Java source under the modules' src folders. */
    private static List<Path> sources() {
        List<Path> out = new ArrayList<>();
        for (String module : MODULES) {
            Path src = root().resolve(module).resolve("src");
            try (Stream<Path> files = Files.walk(src)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The project's root: the first folder up from here that holds hip-model and hip-rules. */
    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("hip-model")) && Files.isDirectory(dir.resolve("hip-rules"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (a folder with hip-model and hip-rules) above "
                + Path.of("").toAbsolutePath());
    }
}
