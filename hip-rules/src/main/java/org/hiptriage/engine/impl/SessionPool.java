package org.hiptriage.engine.impl;

import java.util.concurrent.ConcurrentLinkedDeque;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule sessions of one knowledge base: a session whose case finished is reset and kept for the
 * next case (Drools keeps the memories it built for the network, which saves about a sixth of an
 * assessment); a session whose case failed is thrown away, so nothing of one case reaches the next.
 */
final class SessionPool {

    /** Idle sessions kept per engine: enough for every core twice over; more are disposed. */
    static final int DEFAULT_IDLE_SESSIONS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private static final Logger LOG = LoggerFactory.getLogger(SessionPool.class);

    private final KieBase kieBase;
    private final int maxIdle;
    /** Sessions reset after a case that finished, ready for the next one. */
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    /** A pool keeping at most {@code maxIdle} idle sessions (0: a fresh session for every case). */
    SessionPool(KieBase kieBase, int maxIdle) {
        this.kieBase = kieBase;
        this.maxIdle = maxIdle;
    }

    /** An idle session, or a new one. */
    KieSession take() {
        KieSession session = idle.pollFirst();
        return session != null ? session : kieBase.newKieSession();
    }

    /**
     * Keeps a session whose rules ran to the end, reset to its state when new (no facts, no listeners,
     * an empty agenda), while fewer than {@code maxIdle} wait; disposes any other.
     */
    void release(KieSession session, boolean finished) {
        if (session == null) {
            return;
        }
        boolean kept = false;
        try {
            if (finished && !closed && idle.size() < maxIdle) {
                ((StatefulKnowledgeSessionImpl) session).reset();
                idle.offerFirst(session);
                // the pool may have closed meanwhile: then close() may have missed this one
                kept = !closed || !idle.remove(session);
            }
        } catch (RuntimeException e) {
            LOG.warn("hip-triage could not reset a rule session: {}", e.getClass().getName());
        } finally {
            if (!kept) {
                dispose(session);
            }
        }
    }

    /** Disposes the idle sessions; a session in use is disposed when its case ends. */
    void close() {
        closed = true;
        for (KieSession session = idle.pollFirst(); session != null; session = idle.pollFirst()) {
            dispose(session);
        }
    }

    /** How many rule sessions of the knowledge base are alive: in use or idle. */
    int liveSessions() {
        return kieBase.getKieSessions().size();
    }

    /** How many sessions wait idle for the next case. */
    int idleSessions() {
        return idle.size();
    }

    private static void dispose(KieSession session) {
        try {
            session.dispose();
        } catch (RuntimeException e) {
            LOG.warn("hip-triage could not dispose a rule session: {}", e.getClass().getName());
        }
    }
}
