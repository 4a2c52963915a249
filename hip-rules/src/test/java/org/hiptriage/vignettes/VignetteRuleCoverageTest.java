package org.hiptriage.vignettes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.TriageEngine;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the rule base must fire on at least one vignette, so that the vignettes show what
 * each rule does. Writes {@code target/rule-coverage.tsv} (rule, layer, the vignettes it fired on)
 * for the rulebook generator.
 */
class VignetteRuleCoverageTest {

    @Test
    void everyRuleFiresOnAtLeastOneVignette() throws IOException {
        List<Vignette> vignettes = VignetteLoader.load().orFail();
        Map<String, TreeSet<String>> firedOn = new LinkedHashMap<>();
        List<RuleInfo> rules;
        try (TriageEngine engine = TriageEngine.create()) {
            rules = engine.rules();
            rules.forEach(rule -> firedOn.put(rule.name(), new TreeSet<>()));
            for (Vignette v : vignettes) {
                for (RuleInfo fired : engine.explain(v.assessment()).firedRules()) {
                    firedOn.computeIfAbsent(fired.name(), n -> new TreeSet<>()).add(v.id());
                }
            }
        }
        StringBuilder tsv = new StringBuilder("rule\tlayer\tvignettes\n");
        for (RuleInfo rule : rules) {
            tsv.append(rule.name()).append('\t').append(rule.layer()).append('\t')
                    .append(String.join(",", firedOn.get(rule.name()))).append('\n');
        }
        Files.createDirectories(VignetteLoader.targetDirectory());
        Files.writeString(VignetteLoader.targetDirectory().resolve("rule-coverage.tsv"), tsv, StandardCharsets.UTF_8);

        List<String> neverFired = rules.stream().filter(r -> firedOn.get(r.name()).isEmpty())
                .map(r -> r.layer() + ": " + r.name()).toList();
        System.out.printf("rule coverage: %d of %d rules fire on at least one of %d vignettes%n",
                rules.size() - neverFired.size(), rules.size(), vignettes.size());
        assertThat(neverFired).as("rules that fire on no vignette (write a vignette that shows each)").isEmpty();
    }
}
