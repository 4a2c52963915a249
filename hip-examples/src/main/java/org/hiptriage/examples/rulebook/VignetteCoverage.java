package org.hiptriage.examples.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.validation.InvalidAssessmentException;

/**
 * Which vignettes exercise which rules: every vignette of a folder ({@code NNN-slug.json}, with its
 * {@code NNN-slug.expected.json} beside it) is run through {@link TriageEngine#explain}.
 *
 * @param vignettes every vignette by id (the file name without {@code .json}), with its title and kind
 * @param byRule the ids of the vignettes in which each rule fired, by rule name
 * @param refused the vignettes the engine refused, with why
 */
public record VignetteCoverage(Map<String, Vignette> vignettes, Map<String, SortedSet<String>> byRule,
                               Map<String, String> refused) {

    /** One vignette: its title and kind from the expected file, and how many rules fired. */
    public record Vignette(String id, String title, String kind, int rulesFired) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs every vignette of the folder; an absent folder has none. */
    public static VignetteCoverage of(TriageEngine engine, Path folder) {
        TreeMap<String, Vignette> vignettes = new TreeMap<>();
        TreeMap<String, SortedSet<String>> byRule = new TreeMap<>();
        TreeMap<String, String> refused = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json")
                        && !p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Path file : files) {
                String id = file.getFileName().toString().replaceFirst("\\.json$", "");
                String title = "";
                String kind = "";
                Path expected = folder.resolve(id + ".expected.json");
                try {
                    if (Files.exists(expected)) {
                        JsonNode node = JSON.readTree(expected.toFile());
                        title = node.path("title").asText("");
                        kind = node.path("kind").asText("");
                    }
                    var explanation = engine.explain(AssessmentJson.parse(Files.readAllBytes(file)));
                    TreeSet<String> fired = new TreeSet<>();
                    for (RuleInfo rule : explanation.firedRules()) {
                        fired.add(rule.name());
                    }
                    fired.forEach(rule -> byRule.computeIfAbsent(rule, r -> new TreeSet<>()).add(id));
                    vignettes.put(id, new Vignette(id, title, kind, fired.size()));
                } catch (InvalidAssessmentException e) {
                    refused.put(id, e.getMessage());
                } catch (IOException e) {
                    refused.put(id, "cannot be read: " + e.getMessage());
                }
            }
        }
        return new VignetteCoverage(vignettes, byRule, refused);
    }

    /** The vignettes that exercise the rule, sorted. */
    public SortedSet<String> of(String rule) {
        return byRule.getOrDefault(rule, new TreeSet<>());
    }
}
