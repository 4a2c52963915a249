package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.hiptriage.engine.impl.DroolsTriage;
import org.hiptriage.engine.impl.TestHooks;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.testing.RandomAssessments;
import org.junit.jupiter.api.Test;

/**
 * Many threads sharing one engine. N seeded random cases are assessed once in one thread (their
 * reports' SHA-256 fingerprints kept), then 8 threads each assess all N again on the same engine;
 * every report must equal its sequential one, none may be missing or extra, and no rule session may
 * be left alive. N is {@value #CI_CASES} in CI; the opt-in soak ({@code mvn -Psoak -pl hip-rules -am
 * verify}, N = 100,000 unless {@code -Dsoak.cases=...}) also checks that the used heap after a full
 * GC at the end is within 10 % of the one after the first 1,000 assessments.
 */
class LoadTest {

    static final int CI_CASES = 500;
    static final int THREADS = 8;
    static final long SEED = 20_261_122L;

    @Test
    void eightThreadsSharingOneEngineGiveTheSequentialReportsWithNothingLostAndNoSessionLeft() throws Exception {
        int n = Integer.getInteger("hiptriage.load.cases", CI_CASES);
        boolean soak = Boolean.getBoolean("hiptriage.soak");
        DroolsTriage triage = DroolsTriage.load();
        AtomicLong assessed = new AtomicLong();
        long[] fingerprints = new long[n * 4]; // allocated before the first heap measurement
        long heapAfterFirstThousand = -1;
        long start = System.nanoTime();
        try (TriageEngine engine = EngineAccess.engine(triage)) {
            // given N cases assessed one after the other
            RandomAssessments sequence = new RandomAssessments(SEED);
            for (int i = 0; i < n; i++) {
                put(fingerprints, i, fingerprint(engine.assess(sequence.next())));
                if (assessed.incrementAndGet() == 1_000 && soak) {
                    heapAfterFirstThousand = usedHeapAfterGc();
                }
            }
            // when 8 threads each assess all N again on the same engine
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<List<String>>> threads = new ArrayList<>();
            try {
                for (int t = 0; t < THREADS; t++) {
                    threads.add(pool.submit(() -> {
                        List<String> wrong = new ArrayList<>();
                        RandomAssessments again = new RandomAssessments(SEED);
                        long[] mine = new long[4];
                        for (int i = 0; i < n; i++) {
                            Assessment a = again.next();
                            put(mine, 0, fingerprint(engine.assess(a)));
                            assessed.incrementAndGet();
                            if (!Arrays.equals(mine, 0, 4, fingerprints, i * 4, i * 4 + 4)) {
                                wrong.add("case " + i + " differs: " + a);
                            }
                        }
                        return wrong;
                    }));
                }
                // then every report equals the sequential one, and every thread finished all N
                for (Future<List<String>> thread : threads) {
                    assertThat(thread.get()).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
            // and no rule session is left in use, and no more are kept idle than the engine's bound
            assertThat(TestHooks.sessionsInUse(triage)).isZero();
            assertThat(TestHooks.idleSessions(triage)).isBetween(1, TestHooks.maxIdleSessions());
        }
        assertThat(assessed.get()).isEqualTo((long) n * (THREADS + 1));
        // and once the engine is closed, no session is alive at all
        assertThat(TestHooks.idleSessions(triage)).isZero();
        assertThat(TestHooks.sessionsInUse(triage)).isZero();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        if (soak) {
            long heapAtEnd = usedHeapAfterGc();
            System.out.printf("SOAK: %d cases x (1 + %d threads) = %d assessments in %d s; used heap after GC: %.1f MiB after 1,000,"
                    + " %.1f MiB at the end (%+.1f %%)%n", n, THREADS, assessed.get(), seconds, heapAfterFirstThousand / 1048576.0,
                    heapAtEnd / 1048576.0, 100.0 * (heapAtEnd - heapAfterFirstThousand) / heapAfterFirstThousand);
            assertThat(heapAfterFirstThousand).as("the soak needs at least 1,000 cases").isPositive();
            assertThat((double) heapAtEnd).as("used heap after GC at the end against after 1,000")
                    .isLessThanOrEqualTo(heapAfterFirstThousand * 1.10);
        }
    }

    private static void put(long[] into, int index, byte[] sha256) {
        ByteBuffer buffer = ByteBuffer.wrap(sha256);
        for (int k = 0; k < 4; k++) {
            into[index * 4 + k] = buffer.getLong();
        }
    }

    private static byte[] fingerprint(TriageReport report) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(report.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
