package org.hiptriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.hiptriage.model.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** No two packages of hip-model depend on each other, directly or round a longer loop, read from the compiled main classes (issue 13). */
class ModelPackageCycleTest {

    @Test
    void noPackageDependsOnItselfThroughAnother() throws IOException {
        Map<String, Set<String>> dependencies = PackageCycles.dependencies(PackageCycles.classesOf(org.hiptriage.model.Assessment.class), "org/hiptriage/model");
        assertThat(dependencies).as("packages read from the compiled classes").containsKeys("(root)", "report", "validation", "json");
        assertThat(PackageCycles.cycles(dependencies)).as("package cycles in hip-model (each: a -> b -> … -> a)").isEmpty();
    }
}
