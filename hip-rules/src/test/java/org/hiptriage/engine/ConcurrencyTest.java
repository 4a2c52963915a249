package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.testing.RandomAssessments;
import org.junit.jupiter.api.Test;

/** One engine shared by several threads gives exactly the reports one thread gives. */
class ConcurrencyTest {

    @Test
    void fourThreadsSharingOneEngineGiveTheSequentialReportsInOrder() throws Exception {
        List<Assessment> cases = new RandomAssessments(99).next(4_000);
        try (TriageEngine engine = TriageEngine.create()) {
            List<TriageReport> sequential = cases.stream().map(engine::assess).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<TriageReport>> futures = new ArrayList<>();
                for (Assessment a : cases) {
                    futures.add(pool.submit(() -> engine.assess(a)));
                }
                List<TriageReport> parallel = new ArrayList<>();
                for (Future<TriageReport> f : futures) {
                    parallel.add(f.get());
                }
                assertThat(parallel).hasSize(cases.size());
                for (int i = 0; i < cases.size(); i++) {
                    assertThat(parallel.get(i)).as("case " + i).isEqualTo(sequential.get(i));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
