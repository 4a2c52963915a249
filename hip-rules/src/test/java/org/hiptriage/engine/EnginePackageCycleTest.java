package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.hiptriage.model.testing.PackageCycles;
import org.junit.jupiter.api.Test;

/** No two packages of hip-rules depend on each other, directly or round a longer loop, read from the compiled main classes (issue 13). */
class EnginePackageCycleTest {

    @Test
    void noPackageDependsOnItselfThroughAnother() throws IOException {
        Map<String, Set<String>> dependencies = PackageCycles.dependencies(PackageCycles.classesOf(org.hiptriage.engine.TriageEngine.class), "org/hiptriage");
        assertThat(dependencies).as("packages read from the compiled classes").containsKeys("engine", "engine.impl", "rules");
        assertThat(PackageCycles.cycles(dependencies)).as("package cycles in hip-rules (each: a -> b -> … -> a)").isEmpty();
    }
}
