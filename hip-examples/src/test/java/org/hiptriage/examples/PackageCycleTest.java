package org.hiptriage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.hiptriage.model.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * No two packages of the examples depend on each other, directly or round a longer loop (issue 13),
 * read from the compiled main classes.
 */
class PackageCycleTest {

    @Test
    void noPackageOfTheExamplesDependsOnItselfThroughAnother() throws IOException {
        Map<String, Set<String>> dependencies = PackageCycles.dependencies(PackageCycles.classesOf(EmbeddingExample.class), "org/hiptriage/examples");
        assertThat(dependencies).as("packages read from the compiled classes").containsKeys("cli", "common", "interview", "batch");
        assertThat(PackageCycles.cycles(dependencies)).as("package cycles in hip-examples (each: a -> b -> … -> a)").isEmpty();
    }

    @Test
    void aCycleIsNamedWithEveryPackageOnIt() {
        Map<String, Set<String>> dependencies = Map.of(
                "cli", Set.of("interview", "common"),
                "interview", Set.of("fhir", "common"),
                "fhir", Set.of("cli"),
                "common", Set.of());
        assertThat(PackageCycles.cycles(dependencies)).containsExactly("cli -> interview -> fhir -> cli");
        assertThat(PackageCycles.cycles(Map.of("cli", Set.of("common"), "common", Set.of()))).isEmpty();
    }
}
