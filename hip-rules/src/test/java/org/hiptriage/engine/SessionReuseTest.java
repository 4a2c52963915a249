package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.engine.impl.DroolsTriage;
import org.hiptriage.engine.impl.TestHooks;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.testing.RandomAssessments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine resets a session after a case and reuses it for the next: nothing of one case may reach
 * another. Every case must give exactly what a brand-new session gives — the same report and the same
 * rules fired, in the same order — whatever came before it.
 */
class SessionReuseTest {

    static final long SEED = 20261123L;

    private static DroolsTriage reusing;
    private static DroolsTriage fresh;

    @BeforeAll
    static void build() {
        reusing = DroolsTriage.load();
        fresh = TestHooks.freshSessionForEveryCase(reusing);
    }

    @AfterAll
    static void close() {
        reusing.close();
        fresh.close();
    }

    @Test
    void aReusedSessionGivesEveryCaseExactlyWhatAFreshSessionGives() {
        // given 1,000 seeded random cases, one after another through one reused session
        List<Assessment> cases = validCases(1_000, SEED);
        for (int i = 0; i < cases.size(); i++) {
            Assessment a = cases.get(i);
            // tracing every third case, so the recorder of one call is never left on the session of the next
            boolean trace = i % 3 == 0;
            // then each gives the report and the fired rules of a brand-new session
            assertThat(reusing.run(a, trace)).as("seed %d case %d: %s", SEED, i, a).isEqualTo(fresh.run(a, trace));
        }
        // and one session served them all, while the reference kept none
        assertThat(TestHooks.idleSessions(reusing)).isEqualTo(1);
        assertThat(TestHooks.idleSessions(fresh)).isZero();
    }

    @Test
    void sessionsReusedAcrossThreadsGiveWhatAFreshSessionGives() throws Exception {
        // given four threads sharing the engine, each with its own shuffle of the cases
        List<Assessment> cases = validCases(600, SEED + 1);
        List<String> expected = new ArrayList<>();
        for (Assessment a : cases) {
            expected.add(fresh.run(a, false).report().toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 151;
                threads.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int k = 0; k < cases.size(); k++) {
                        int i = (offset + k * 7) % cases.size();
                        if (!reusing.run(cases.get(i), false).report().toString().equals(expected.get(i))) {
                            wrong.add("seed " + (SEED + 1) + " case " + i);
                        }
                    }
                    return wrong;
                }));
            }
            // then no thread saw a report that differs from a fresh session's
            for (Future<List<String>> thread : threads) {
                assertThat(thread.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        // and no session is left in use
        assertThat(TestHooks.sessionsInUse(reusing)).isZero();
    }

    @Test
    void closingTheEngineDisposesItsIdleSessions() {
        // given an engine that has kept a session
        DroolsTriage keeping = DroolsTriage.load();
        keeping.run(validCases(1, SEED).get(0), false);
        assertThat(TestHooks.idleSessions(keeping)).isEqualTo(1);
        // when it is closed
        keeping.close();
        // then nothing is kept alive
        assertThat(TestHooks.idleSessions(keeping)).isZero();
        assertThat(TestHooks.sessionsInUse(keeping)).isZero();
    }

    private static List<Assessment> validCases(int count, long seed) {
        RandomAssessments random = new RandomAssessments(seed);
        List<Assessment> out = new ArrayList<>();
        while (out.size() < count) {
            Assessment a = random.next();
            if (AssessmentValidator.validate(a).isEmpty()) {
                out.add(a);
            }
        }
        return out;
    }
}
