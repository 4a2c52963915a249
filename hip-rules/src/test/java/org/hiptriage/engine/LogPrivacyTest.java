package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.CareSoFar;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.testing.CapturingLogs;
import org.hiptriage.testing.CapturingLogs.Event;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Logs never carry a runner's personal data (age, pregnancy, history, health) above DEBUG: every log
 * event of building an engine, assessing distinctive cases and failing on one is captured at every
 * level, and the INFO, WARN and ERROR ones are searched for the cases' distinctive values.
 */
class LogPrivacyTest {

    /** Values that occur nowhere else: if a log line carries one, it carries the case. */
    static final List<String> PERSONAL = List.of("187.3", "61.7", "123.4", "7777", "2917", "1234", "pregnan",
            "year-old", "cancer", "runner[", "pain[", "history[", "general[", "carehistory", "caresofar[");

    static Assessment distinctive(int age, boolean pregnant) {
        Runner.Builder runner = Runner.of(age, Sex.FEMALE).heightCm(187.3).weightKg(61.7);
        if (pregnant) {
            runner.pregnant(33);
        }
        return Assessment.builder().runner(runner)
                .pain(Pain.of(6, Onset.GRADUAL, 2917, Location.GROIN, Location.PUBIC_BONE).aggravators(Aggravator.HOPPING))
                .general(General.builder().fever(false).unexplainedWeightLoss(true).cancerHistory(true))
                .history(History.builder().weeklyDistanceKm(123.4).distanceIncreasePercent(55.0).shoeDistanceKm(7777.0)
                        .hills(true).speedWork(true).restDaysPerWeek(0).sittingHoursPerDay(9.5).priorHipInjury(true)
                        .priorStressFracture(true).lowBoneDensity(true).lowEnergyAvailability(true)
                        .familyHistoryHipArthritis(true))
                .careSoFar(CareSoFar.builder().restedDays(1234).ice(true).painMedication(true))
                .build();
    }

    @Test
    void logsAboveDebugNeverCarryTheRunnersPersonalData() {
        CapturingLogs.start();
        List<Event> events;
        try (TriageEngine engine = TriageEngine.create();
             TriageEngine faulty = EngineAccess.engine(FaultInjectionTest.faultyRuleBase())) {
            // given distinctive cases: a pregnant runner, and one whose case makes a rule fail quoting the runner
            engine.explain(distinctive(34, true));
            engine.assess(distinctive(71, false));
            assertThatThrownBy(() -> faulty.assess(distinctive(91, false))).isInstanceOf(TriageFailedException.class);
        } finally {
            events = CapturingLogs.stop();
        }
        // then the logs were captured: the engine's load line (INFO), the failure (WARN) and its details (DEBUG)
        assertThat(events).anyMatch(e -> e.level() == Level.INFO && e.text().contains("rule base"));
        assertThat(events).anyMatch(e -> e.level() == Level.WARN && e.text().contains("failed on one assessment"));
        assertThat(events).as("the DEBUG details do carry the case, so the search below can find it")
                .anyMatch(e -> e.level() == Level.DEBUG && e.text().toLowerCase(Locale.ROOT).contains("runner["));
        // and nothing at INFO, WARN or ERROR carries any of the personal values
        List<Event> aboveDebug = events.stream().filter(e -> e.level().toInt() > Level.DEBUG.toInt()).toList();
        assertThat(aboveDebug).isNotEmpty().allSatisfy(e -> assertThat(e.text().toLowerCase(Locale.ROOT))
                .as(e.level() + " " + e.logger()).doesNotContain(PERSONAL));
    }
}
