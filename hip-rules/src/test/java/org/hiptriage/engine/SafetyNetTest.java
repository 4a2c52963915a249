package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.TriageReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The safety net never contradicts the facts given, and sends only emergencies to an emergency department. */
class SafetyNetTest {

    static TriageEngine engine;

    @BeforeAll
    static void start() {
        engine = TriageEngine.create();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static final General SCREENED = General.builder().fever(false).saddleNumbness(false).bladderOrBowelChange(false).build();

    @Test
    void aRunnerWhoAlreadyLimpsIsNotToldToComeBackIfTheyStartToLimp() {
        // given an adult runner with a limp and a week of outer hip pain after a fall on grass
        TriageReport report = engine.assess(Assessment.builder().runner(Runner.of(30, Sex.MALE))
                .pain(Pain.of(4, Onset.SUDDEN, 7, Location.LATERAL_HIP).onsetEvent(org.hiptriage.model.OnsetEvent.OVERSTRETCH))
                .function(FunctionStatus.builder().canBearWeight(true).limp(true).build()).general(SCREENED).build());
        // then no line offers the limp as something that may happen later
        assertThat(String.join(" ", report.safetyNet())).doesNotContain("start to limp");
    }

    @Test
    void theSameDayLineNamesTheTriggersNotYetReported() {
        // given a runner who walks without a limp
        TriageReport report = engine.assess(Assessment.builder().runner(Runner.of(40, Sex.FEMALE))
                .pain(Pain.of(3, Onset.GRADUAL, 21, Location.LATERAL_HIP))
                .function(FunctionStatus.builder().canBearWeight(true).limp(false).painFreeWalking(true).build())
                .general(SCREENED).build());
        List<String> net = report.safetyNet();
        // then the same-day line lists the limp and weight bearing as things to watch for
        assertThat(net).anyMatch(l -> l.startsWith("Be seen the same day") && l.contains("you start to limp")
                && l.contains("you cannot put weight on the leg"));
    }

    @Test
    void anEmergencyDepartmentIsNamedOnlyForEmergencies() {
        // given any case
        TriageReport report = engine.assess(Assessment.builder().runner(Runner.of(40, Sex.FEMALE))
                .pain(Pain.of(3, Onset.GRADUAL, 21, Location.GROIN)).build());
        // then the only line naming an emergency department is the emergency line, and weight bearing without a fall is a same-day matter
        assertThat(report.safetyNet()).filteredOn(l -> l.contains("emergency department")).hasSize(1)
                .allMatch(l -> l.contains("after a fall you cannot put weight on the leg"));
    }

    @Test
    void anUrgentReportDoesNotRepeatTheSameDayOrTwoWeekLines() {
        // given a runner who cannot bear weight (URGENT)
        TriageReport report = engine.assess(Assessment.builder().runner(Runner.of(40, Sex.FEMALE))
                .pain(Pain.of(6, Onset.GRADUAL, 5, Location.GROIN))
                .function(FunctionStatus.builder().canBearWeight(false).build()).build());
        assertThat(report.disposition().level().atLeastAsUrgentAs(Level.URGENT)).isTrue();
        // then the net keeps the emergency line and drops the less urgent ones
        assertThat(report.safetyNet()).noneMatch(l -> l.startsWith("Be seen the same day") || l.startsWith("See a physical therapist"));
        assertThat(report.safetyNet()).anyMatch(l -> l.startsWith("Go to an emergency department"));
    }
}
