package org.hiptriage.vignettes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * Every vignette's report and every sample case's report, as contract JSON, is byte-identical to the one
 * recorded in {@code hip-rules/src/test/report-digests.txt} (a SHA-256 each). A refactoring must leave
 * them all unchanged; a clinical change changes some, and the failure names which, so the change is
 * reviewed report by report. The reports themselves are written to {@code target/reports/} to read or
 * diff. After reviewing an intended change, record the new digests with
 * {@code mvn -pl hip-rules -am verify -Dtest=ReportDigestTest -Dsurefire.failIfNoSpecifiedTests=false -Dreports.record=true} and commit the file.
 */
class ReportDigestTest {

    private static final String DIGESTS = "report-digests.txt";

    @Test
    void everyReportIsByteIdenticalToTheRecordedOne() throws IOException {
        Map<String, String> reports = reports();
        Path target = VignetteLoader.targetDirectory().resolve("reports");
        Files.createDirectories(target);
        for (Map.Entry<String, String> report : reports.entrySet()) {
            Files.writeString(target.resolve(report.getKey().replace(':', '-') + ".json"), report.getValue(), StandardCharsets.UTF_8);
        }
        Map<String, String> now = new TreeMap<>();
        reports.forEach((id, json) -> now.put(id, sha256(json)));
        Path file = VignetteLoader.directory().toAbsolutePath().getParent().resolve(DIGESTS);
        if (Boolean.getBoolean("reports.record")) {
            StringBuilder out = new StringBuilder("# SHA-256 of each report as contract JSON (ReportDigestTest); regenerate only after reviewing the change\n");
            now.forEach((id, digest) -> out.append(id).append(' ').append(digest).append('\n'));
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        }
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split(" ");
                recorded.put(parts[0], parts[1]);
            }
        }
        List<String> changed = new ArrayList<>();
        now.forEach((id, digest) -> {
            if (!recorded.containsKey(id)) {
                changed.add(id + ": new, no digest recorded");
            } else if (!recorded.get(id).equals(digest)) {
                changed.add(id + ": report changed (now in target/reports/" + id.replace(':', '-') + ".json)");
            }
        });
        recorded.keySet().stream().filter(id -> !now.containsKey(id)).forEach(id -> changed.add(id + ": recorded but gone"));
        assertThat(changed).as("reports that differ from " + DIGESTS + "; if the change is intended and reviewed, "
                + "record them: mvn -pl hip-rules -am verify -Dtest=ReportDigestTest -Dsurefire.failIfNoSpecifiedTests=false -Dreports.record=true").isEmpty();
        assertThat(now).as("reports checked").hasSizeGreaterThan(100);
    }

    /** Each vignette's and each sample case's report as contract JSON, by "vignette:ID" or "case:NAME". */
    private static Map<String, String> reports() throws IOException {
        Map<String, String> reports = new TreeMap<>();
        try (TriageEngine engine = TriageEngine.create()) {
            for (Vignette v : VignetteLoader.load().orFail()) {
                reports.put("vignette:" + v.id(), ReportJson.write(engine.assess(v.assessment())));
            }
            Path cases = VignetteLoader.directory().toAbsolutePath().getParent().getParent().getParent().getParent()
                    .resolve("hip-examples/cases");
            try (Stream<Path> files = Files.list(cases)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
                    reports.put("case:" + name, ReportJson.write(engine.assess(AssessmentJson.parse(Files.readAllBytes(file)))));
                }
            }
        }
        return reports;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
