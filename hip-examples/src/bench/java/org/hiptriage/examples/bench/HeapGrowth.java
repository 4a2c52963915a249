package org.hiptriage.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.Assessment;

/**
 * Heap after one million assessments against heap after the first thousand, each after a full
 * garbage collection: growth would mean a leak (sessions, listeners, caches).
 * {@code java -cp hip-examples/target/benchmarks.jar org.hiptriage.examples.bench.HeapGrowth [count]}
 */
public final class HeapGrowth {

    private HeapGrowth() {
    }

    /** Runs the check and prints the two heap figures and their ratio. */
    public static void main(String[] args) throws InterruptedException {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Assessment[] cases = Cases.mix();
        try (TriageEngine engine = TriageEngine.create()) {
            long checksum = 0;
            long first = 0;
            long start = System.nanoTime();
            for (int i = 1; i <= total; i++) {
                checksum += engine.assess(cases[i & (Cases.COUNT - 1)]).careSteps().size();
                if (i == 1_000) {
                    first = usedAfterGc();
                    System.out.printf("after %,d assessments: %,d KiB used%n", i, first / 1024);
                }
            }
            long last = usedAfterGc();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("after %,d assessments: %,d KiB used (%.1f s, checksum %d)%n", total, last / 1024, seconds, checksum);
            System.out.printf("growth: %+.1f %%%n", 100.0 * (last - first) / first);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
