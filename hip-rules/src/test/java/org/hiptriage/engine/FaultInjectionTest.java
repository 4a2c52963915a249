package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.hiptriage.engine.impl.DroolsTriage;
import org.hiptriage.engine.impl.TestHooks;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.TriageReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults inside the engine: the packaged rule base plus a test-only DRL whose rules throw, recurse
 * forever or ask for an impossible array, each for one distinctive age. The failing call fails
 * with a {@link TriageFailedException}; the session is disposed; the next call gives the report the
 * default engine gives.
 */
class FaultInjectionTest {

    /** Test-only rules: each fault fires for one age only. Never packaged (test sources). */
    static final String FAULTS = """
            package org.hiptriage.rules.findings;

            import org.hiptriage.model.Runner;

            function int recurseForever(int n) { return recurseForever(n + 1) + 1; }

            rule "Injected fault: a rule throws an exception quoting the runner"
                @source("CONVENTION") @description("Test only: a consequence that throws.")
                agenda-group "findings"
            when
                $r : Runner( age == 91 )
            then
                throw new IllegalStateException("injected fault for " + $r);
            end

            rule "Injected fault: a rule recurses until the stack overflows"
                @source("CONVENTION") @description("Test only: a consequence that overflows the stack.")
                agenda-group "findings"
            when
                Runner( age == 92 )
            then
                recurseForever(0);
            end

            rule "Injected fault: a rule asks for more memory than there is"
                @source("CONVENTION") @description("Test only: a consequence that runs out of memory.")
                agenda-group "findings"
            when
                Runner( age == 93 )
            then
                long[] tooBig = new long[Integer.MAX_VALUE];
                System.out.println(tooBig.length);
            end

            rule "Injected fault: a rule fails an assertion"
                @source("CONVENTION") @description("Test only: a consequence that throws an AssertionError.")
                agenda-group "findings"
            when
                Runner( age == 94 )
            then
                throw new AssertionError("injected assertion");
            end

            rule "Injected fault: a rule meets a missing class"
                @source("CONVENTION") @description("Test only: a consequence that throws a LinkageError.")
                agenda-group "findings"
            when
                Runner( age == 95 )
            then
                throw new NoClassDefFoundError("org/example/Missing");
            end

            rule "Injected fault: the virtual machine fails internally"
                @source("CONVENTION") @description("Test only: a consequence that throws an InternalError.")
                agenda-group "findings"
            when
                Runner( age == 96 )
            then
                throw new InternalError("injected internal error");
            end
            """;

    private static DroolsTriage faulty;
    private static TriageEngine engine;
    private static TriageEngine reference;

    /** The packaged rules plus {@link #FAULTS}, built once for every test class that needs it. */
    static synchronized DroolsTriage faultyRuleBase() {
        if (shared == null) {
            shared = TestHooks.packagedRulesPlus(FAULTS);
        }
        return shared;
    }

    private static DroolsTriage shared;

    @BeforeAll
    static void build() {
        faulty = faultyRuleBase();
        engine = EngineAccess.engine(faulty);
        reference = TriageEngine.create();
    }

    @AfterAll
    static void close() {
        engine.close();
        reference.close();
    }

    static Assessment aged(int age) {
        return Assessment.builder().runner(Runner.of(age, Sex.FEMALE))
                .pain(Pain.of(5, Onset.GRADUAL, 40, Location.LATERAL_HIP)).build();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of(91, IllegalStateException.class),
                Arguments.of(92, StackOverflowError.class),
                Arguments.of(93, OutOfMemoryError.class),
                Arguments.of(94, AssertionError.class),
                Arguments.of(95, NoClassDefFoundError.class));
    }

    @ParameterizedTest(name = "age {0}: {1}")
    @MethodSource("faults")
    void aFaultFailsOnlyItsOwnCallWithATriageFailedException(int age, Class<? extends Throwable> fault) {
        // given a case that makes one rule fail, then an ordinary case
        int idleBefore = TestHooks.idleSessions(faulty);
        // then the failing call fails clearly, naming the fault, with it as the cause
        assertThatThrownBy(() -> engine.assess(aged(age)))
                .isInstanceOf(TriageFailedException.class)
                .hasMessageStartingWith("the rule base failed on this assessment")
                .hasMessageContaining(fault.getSimpleName())
                .satisfies(e -> assertThat(Stream.iterate(e, t -> t != null, Throwable::getCause)).anyMatch(fault::isInstance));
        // and no rule session is left behind: the failed one is disposed, not kept for the next case
        assertThat(TestHooks.sessionsInUse(faulty)).isZero();
        assertThat(TestHooks.idleSessions(faulty)).isEqualTo(Math.max(0, idleBefore - 1));
        // and the engine is still usable: the next case gives exactly the default engine's report
        assertTheEngineStillWorks();
    }

    @Test
    void theSameFaultTwiceInARowStillLeavesTheEngineUsable() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> engine.explain(aged(92))).isInstanceOf(TriageFailedException.class);
        }
        assertTheEngineStillWorks();
    }

    @Test
    void anInternalErrorOfTheVirtualMachineIsNotDisguisedButTheSessionIsStillDisposed() {
        assertThatThrownBy(() -> engine.assess(aged(96))).isExactlyInstanceOf(InternalError.class)
                .hasMessage("injected internal error");
        assertThat(TestHooks.sessionsInUse(faulty)).isZero();
        assertTheEngineStillWorks();
    }

    @Test
    void theInjectedRulesAreAbsentFromTheDefaultEngine() {
        assertThat(reference.rules()).noneMatch(rule -> rule.name().startsWith("Injected fault"));
        assertThat(engine.rules()).filteredOn(rule -> rule.name().startsWith("Injected fault")).hasSize(6);
        TriageReport report = reference.assess(aged(91));
        assertThat(report.disposition()).isNotNull();
    }

    private static void assertTheEngineStillWorks() {
        for (int age : new int[] {40, 91 - 50, 88}) {
            assertThat(engine.assess(aged(age))).as("age " + age).isEqualTo(reference.assess(aged(age)));
        }
        assertThat(TestHooks.sessionsInUse(faulty)).isZero();
    }
}
