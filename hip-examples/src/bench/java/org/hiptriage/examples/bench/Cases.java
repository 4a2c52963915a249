package org.hiptriage.examples.bench;

import java.util.ArrayList;
import java.util.List;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.testing.RandomAssessments;

/** The cases every benchmark assesses: a fixed, seeded mix of valid assessments of every kind. */
final class Cases {

    /** How many distinct cases a benchmark cycles through (a power of two). */
    static final int COUNT = 1024;

    private Cases() {
    }

    /** {@value #COUNT} valid assessments from seed 20261122: the same cases on every run. */
    static Assessment[] mix() {
        RandomAssessments random = new RandomAssessments(20_261_122L);
        List<Assessment> out = new ArrayList<>(COUNT);
        while (out.size() < COUNT) {
            Assessment a = random.next();
            if (a.problems().isEmpty()) {
                out.add(a);
            }
        }
        return out.toArray(Assessment[]::new);
    }
}
