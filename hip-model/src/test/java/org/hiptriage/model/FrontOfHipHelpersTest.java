package org.hiptriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The helpers added for the front-of-hip rules are true only for facts known to be true. */
class FrontOfHipHelpersTest {

    @Test
    void pregnantOrPostpartumAndMaleNeedAKnownFact() {
        assertThat(Runner.of(30, Sex.FEMALE).build().isPregnantOrPostpartum()).isFalse();
        assertThat(Runner.of(30, Sex.FEMALE).pregnant(20).build().isPregnantOrPostpartum()).isTrue();
        assertThat(Runner.of(30, Sex.FEMALE).postpartum(8).build().isPregnantOrPostpartum()).isTrue();
        assertThat(Runner.of(30, Sex.MALE).build().isMale()).isTrue();
        assertThat(Runner.of(30, Sex.OTHER).build().isMale()).isFalse();
        assertThat(Runner.builder().age(30).build().isMale()).isFalse();
    }

    @Test
    void aDistanceRunnerNeedsAKnownWeeklyDistanceOfAtLeast40Km() {
        assertThat(History.UNKNOWN.isDistanceRunner()).isFalse();
        History forty = History.builder().weeklyDistanceKm(40.0).build();
        History thirtyNine = History.builder().weeklyDistanceKm(39.0).build();
        assertThat(forty.isDistanceRunner()).isTrue();
        assertThat(thirtyNine.isDistanceRunner()).isFalse();
    }

    @Test
    void beganInOneMovementNeedsAKnownSprintKickOverstretchOrTurn() {
        assertThat(Pain.of(3, Onset.SUDDEN, 2, Location.GROIN).build().beganInOneMovement()).isFalse();
        assertThat(Pain.of(3, Onset.SUDDEN, 2, Location.GROIN).onsetEvent(OnsetEvent.NONE).build().beganInOneMovement()).isFalse();
        assertThat(Pain.of(3, Onset.SUDDEN, 2, Location.GROIN).onsetEvent(OnsetEvent.FALL).build().beganInOneMovement()).isFalse();
        for (OnsetEvent e : new OnsetEvent[] {OnsetEvent.SPRINT_OR_KICK, OnsetEvent.OVERSTRETCH, OnsetEvent.CHANGE_OF_DIRECTION}) {
            assertThat(Pain.of(3, Onset.SUDDEN, 2, Location.GROIN).onsetEvent(e).build().beganInOneMovement()).as(e.name()).isTrue();
        }
    }

    @Test
    void aPainlessSqueezeTestNeedsTheTestToHaveBeenDone() {
        assertThat(Exam.NONE.squeezePainless()).isFalse();
        assertThat(Exam.NONE.squeezePainful()).isFalse();
        Exam painless = Exam.builder().adductorSqueezePain(false).build();
        assertThat(painless.squeezePainless()).isTrue();
        assertThat(painless.squeezePainful()).isFalse();
    }
}
