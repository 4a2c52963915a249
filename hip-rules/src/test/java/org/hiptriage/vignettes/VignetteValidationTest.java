package org.hiptriage.vignettes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.FlagCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vignette files themselves: every assessment passes the contract's validation, every expected
 * file uses only contract codes, and the suite covers every code it must.
 */
class VignetteValidationTest {

    static final int MIN_VIGNETTES = 64;

    static final String VALID_INPUT = """
            {"runner": {"age": 30, "sex": "MALE"},
             "pain": {"locations": ["GROIN"], "severity": 4, "onset": "GRADUAL", "durationDays": 10}}
            """;

    @Test
    void everyVignetteFileIsValid() {
        VignetteLoader.Loaded loaded = VignetteLoader.load();
        assertThat(loaded.problems()).as("problems in " + VignetteLoader.FOLDER).isEmpty();
        assertThat(loaded.vignettes()).hasSizeGreaterThanOrEqualTo(MIN_VIGNETTES);
    }

    @Test
    void theSuiteCoversEveryCodeItMust() {
        List<Vignette> vignettes = VignetteLoader.load().orFail();
        List<String> gaps = new ArrayList<>();

        Map<ConditionCode, Set<Kind>> conditionKinds = new EnumMap<>(ConditionCode.class);
        vignettes.forEach(v -> v.expected().conditions().forEach(c ->
                conditionKinds.computeIfAbsent(c, k -> EnumSet.noneOf(Kind.class)).add(v.expected().kind())));
        for (ConditionCode c : ConditionCode.values()) {
            long n = vignettes.stream().filter(v -> v.expected().conditions().contains(c)).count();
            if (n < 2 || conditionKinds.getOrDefault(c, Set.of()).size() < 2) {
                gaps.add("condition " + c + " is expected in " + n + " vignettes of kinds "
                        + conditionKinds.getOrDefault(c, Set.of()) + " (needs 2, of 2 kinds: typical and atypical)");
            }
        }
        need(gaps, "flag", FlagCode.values(), 2, vignettes, v -> v.expected().flags().present());
        need(gaps, "care step", CareStepCode.values(), 1, vignettes, v -> v.expected().careSteps().present());
        need(gaps, "avoid", AvoidCode.values(), 1, vignettes, v -> v.expected().avoid().present());
        Set<Kind> kinds = vignettes.stream().map(v -> v.expected().kind()).collect(Collectors.toSet());
        EnumSet.allOf(Kind.class).stream().filter(k -> !kinds.contains(k)).forEach(k -> gaps.add("no " + k.code() + " vignette"));

        assertThat(gaps).as("gaps in the vignette suite's coverage").isEmpty();
    }

    private static <E extends Enum<E>> void need(List<String> gaps, String what, E[] codes, int times,
                                                 List<Vignette> vignettes, Function<Vignette, List<E>> present) {
        for (E code : codes) {
            long n = vignettes.stream().filter(v -> present.apply(v).contains(code)).count();
            if (n < times) {
                gaps.add(what + " " + code + " is expected present in " + n + " vignettes (needs " + times + ")");
            }
        }
    }

    @Test
    void anUnknownCodeInAnExpectedFileIsReportedWithTheFileName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("900-broken.json"), VALID_INPUT);
        Files.writeString(dir.resolve("900-broken.expected.json"), """
                {"title": "t", "basis": "b", "kind": "typical", "conditions": ["GREATER_TROCHANTERIC_PAIN_SYNDROM"],
                 "disposition": "SELF_CARE", "flags": {"present": ["HOP_TEST"], "absent": []},
                 "careSteps": {"present": [], "absent": ["STOP_RUNING"]}, "avoid": {"present": ["HOPPING"]}}
                """);

        VignetteLoader.Loaded loaded = VignetteLoader.load(dir);

        assertThat(loaded.vignettes()).isEmpty();
        assertThat(loaded.problems()).hasSize(4).allMatch(p -> p.startsWith("900-broken.expected.json: "));
        assertThat(loaded.problems()).anyMatch(p -> p.contains("conditions[0]") && p.contains("GREATER_TROCHANTERIC_PAIN_SYNDROM"))
                .anyMatch(p -> p.contains("flags.present[0]") && p.contains("HOP_TEST"))
                .anyMatch(p -> p.contains("careSteps.absent[0]") && p.contains("STOP_RUNING"))
                .anyMatch(p -> p.contains("avoid.present[0]") && p.contains("HOPPING"));
    }

    @Test
    void anInvalidAssessmentAndAMissingPartnerAreReportedWithTheFileName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("901-bad-input.json"), """
                {"runner": {"age": 30, "sex": "MALE", "pregnancy": "PREGNANT", "weeksPregnantOrPostpartum": 10},
                 "pain": {"locations": ["HIP"], "severity": 14, "onset": "GRADUAL", "durationDays": 10}}
                """);
        Files.writeString(dir.resolve("901-bad-input.expected.json"), """
                {"title": "t", "basis": "b", "kind": "nothing-fits", "conditions": [], "disposition": "SELF_CARE"}
                """);
        Files.writeString(dir.resolve("902-orphan.expected.json"), "{}");

        VignetteLoader.Loaded loaded = VignetteLoader.load(dir);

        assertThat(loaded.problems())
                .anyMatch(p -> p.startsWith("901-bad-input.json: pain.severity"))
                .anyMatch(p -> p.startsWith("901-bad-input.json: pain.locations[0]"))
                .anyMatch(p -> p.startsWith("901-bad-input.json: runner.pregnancy"))
                .anyMatch(p -> p.startsWith("901-bad-input.expected.json: disposition") && p.contains("SELF_CARE"))
                .anyMatch(p -> p.startsWith("902-orphan.expected.json: no assessment"));
    }
}
