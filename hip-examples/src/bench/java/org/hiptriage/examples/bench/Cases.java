package org.hiptriage.examples.bench;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.testing.RandomAssessments;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The cases every benchmark assesses: a fixed, seeded mix of valid assessments of every kind. */
public final class Cases {

    /** How many distinct cases a benchmark cycles through (a power of two). */
    static final int COUNT = 1024;

    private Cases() {
    }

    /** The position of one benchmark thread in the case list. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /** The next case of {@code cases}, cycling. */
        Assessment next(Assessment[] cases) {
            return cases[next++ & (COUNT - 1)];
        }
    }

    /**
     * One session of {@code kieBase} over the seven facts of {@code a}: insert, fire; the rules fired. With
     * {@code idle} it runs as the engine does (its SessionPool): an idle session or a new one, reset after
     * the case and kept; with {@code idle == null}, a fresh session disposed after the case.
     */
    static int fireOnce(KieBase kieBase, Deque<KieSession> idle, Assessment a) {
        KieSession polled = idle == null ? null : idle.pollFirst();
        KieSession session = polled != null ? polled : kieBase.newKieSession();
        try {
            session.insert(a.runner());
            session.insert(a.pain());
            session.insert(a.function());
            session.insert(a.general());
            session.insert(a.history());
            session.insert(a.careSoFar());
            session.insert(a.exam());
            return session.fireAllRules();
        } finally {
            if (idle == null) {
                session.dispose();
            } else {
                ((StatefulKnowledgeSessionImpl) session).reset();
                idle.offerFirst(session);
            }
        }
    }

    /** A pool of idle sessions as the engine keeps one, or null for a fresh session per case. */
    static Deque<KieSession> sessions(boolean reuse) {
        return reuse ? new ConcurrentLinkedDeque<>() : null;
    }

    /** Disposes the sessions left in {@code idle}. */
    static void dispose(Deque<KieSession> idle) {
        if (idle != null) {
            idle.forEach(KieSession::dispose);
        }
    }

    /** {@value #COUNT} valid assessments from seed 20261122: the same cases on every run. */
    static Assessment[] mix() {
        return seeded(COUNT);
    }

    /** The first {@code n} valid assessments from seed 20261122 (the mix is the first {@value #COUNT}). */
    static Assessment[] seeded(int n) {
        RandomAssessments random = new RandomAssessments(20_261_122L);
        List<Assessment> out = new ArrayList<>(n);
        while (out.size() < n) {
            Assessment a = random.next();
            if (AssessmentValidator.validate(a).isEmpty()) {
                out.add(a);
            }
        }
        return out.toArray(Assessment[]::new);
    }
}
