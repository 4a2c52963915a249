package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The service runs at most one assessment per core at a time; the others wait their turn, and every one is done. */
class CoreSlotsTest {

    @Test
    @Timeout(60)
    void eightRequestsAtOnceOnTwoSlotsRunTwoAtATimeAndAllFinish() throws Exception {
        // given two slots and eight callers arriving together
        CoreSlots slots = new CoreSlots(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                int id = i;
                results.add(callers.submit(() -> {
                    start.await();
                    return slots.run(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(50); // an assessment in progress
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        running.decrementAndGet();
                        return id;
                    });
                }));
            }
            // when they all call at once
            start.countDown();

            // then every one gets its own answer, and never more than two ran at once
            for (int i = 0; i < 8; i++) {
                assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
            }
            assertThat(most.get()).isEqualTo(2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFailedAssessmentFreesItsSlot() {
        CoreSlots slots = new CoreSlots(1);
        try {
            slots.run(() -> {
                throw new IllegalStateException("the rule base failed");
            });
        } catch (IllegalStateException expected) {
            // the caller gets the failure
        }
        assertThat(slots.run(() -> "answered")).isEqualTo("answered");
    }
}
