package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.hiptriage.engine.impl.DroolsTriage;
import org.hiptriage.engine.impl.KnowledgeBases;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.junit.jupiter.api.Test;

/**
 * The engine loads only the rules inside the hip-rules jar. A DRL file planted elsewhere on the class
 * path (src/test/resources/org/hiptriage/rules/flags/planted-outside-the-jar.drl, in a package the
 * knowledge base includes) is never loaded, whichever way the engine is built, and the public API
 * has no way to give an engine rules of one's own.
 */
class SecurityTest {

    static final String PLANTED = "org/hiptriage/rules/flags/planted-outside-the-jar.drl";
    static final Assessment CASE = Assessment.builder().runner(Runner.of(40, Sex.FEMALE))
            .pain(Pain.of(4, Onset.GRADUAL, 20, Location.LATERAL_HIP)).build();

    @Test
    void thePlantedRuleFileIsReallyOnTheClassPath() {
        // given the planted file is visible to the class loader (else the next tests prove nothing)
        assertThat(getClass().getClassLoader().getResource(PLANTED)).isNotNull();
    }

    @Test
    void theDefaultEngineLoadsOnlyThePackagedRules() {
        try (TriageEngine engine = TriageEngine.create()) {
            assertThat(engine.rules()).isNotEmpty().noneMatch(rule -> rule.name().startsWith("Planted rule"))
                    .allSatisfy(rule -> assertThat(rule.packageName()).startsWith("org.hiptriage.rules."));
            assertThat(engine.assess(CASE).disposition()).isNotNull();
        }
    }

    @Test
    void theRunTimeCompiledEngineReadsOnlyTheDrlOfItsOwnJar() {
        assertThat(KnowledgeBases.drlFiles()).isNotEmpty().doesNotContainKey(PLANTED);
        try (TriageEngine engine = TriageEngine.createFromDrl()) {
            assertThat(engine.rules()).noneMatch(rule -> rule.name().startsWith("Planted rule"));
            assertThat(engine.assess(CASE).disposition()).isNotNull();
        }
    }

    @Test
    void thePublicApiOffersNoWayToSupplyRules() {
        // the engine's only public constructors are the two factories of the packaged rule base
        assertThat(Arrays.stream(TriageEngine.class.getDeclaredConstructors()).map(c -> c.getModifiers()))
                .noneMatch(Modifier::isPublic);
        assertThat(Arrays.stream(TriageEngine.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == TriageEngine.class)
                .map(m -> m.getName() + m.getParameterCount()))
                .containsExactlyInAnyOrder("create0", "createFromDrl0");
        assertThat(Arrays.stream(DroolsTriage.class.getConstructors())).isEmpty();
        assertThat(Arrays.stream(DroolsTriage.class.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()))
                .flatMap(m -> Arrays.stream(m.getParameterTypes())))
                .allMatch(type -> type == boolean.class);
    }
}
