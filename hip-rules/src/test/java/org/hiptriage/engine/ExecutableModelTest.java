package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hiptriage.engine.impl.DroolsTriage;
import org.hiptriage.engine.impl.TestHooks;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Timing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The executable model generated at build time and the DRL compiled at run time are the same rule base. */
class ExecutableModelTest {

    private static DroolsTriage modelTriage;
    private static DroolsTriage drlTriage;
    private static TriageEngine model;
    private static TriageEngine drl;

    @BeforeAll
    static void build() {
        modelTriage = DroolsTriage.load(true);
        drlTriage = DroolsTriage.load(false);
        model = EngineAccess.engine(modelTriage);
        drl = EngineAccess.engine(drlTriage);
    }

    @AfterAll
    static void close() {
        model.close();
        drl.close();
    }

    @Test
    void bothWaysHoldTheSameRulesWithTheSameMetadata() {
        assertThat(model.rules()).isEqualTo(drl.rules());
        assertThat(model.rules()).allSatisfy(rule -> assertThat(rule.layer()).as(rule.name()).isNotNull());
    }

    @Test
    void bothWaysBuildARuleBaseThatCannotBeChangedAfterwards() {
        // an immutable knowledge base spares every session Drools' bookkeeping for incremental changes
        assertThat(TestHooks.mutable(modelTriage)).as("executable model mutable").isFalse();
        assertThat(TestHooks.mutable(drlTriage)).as("DRL mutable").isFalse();
    }

    @Test
    void bothWaysGiveTheSameReports() {
        List<Assessment> cases = List.of(
                Assessment.builder().runner(Runner.of(48, Sex.FEMALE))
                        .pain(Pain.of(5, Onset.GRADUAL, 40, Location.LATERAL_HIP).aggravators(Aggravator.LYING_ON_AFFECTED_SIDE)).build(),
                Assessment.builder().runner(Runner.of(24, Sex.FEMALE).menstrualStatus(MenstrualStatus.ABSENT))
                        .pain(Pain.of(4, Onset.GRADUAL, 20, Location.GROIN).timing(Timing.DURING_RUN, Timing.AT_NIGHT))
                        .history(History.builder().weeklyDistanceKm(70.0).distanceIncreasePercent(40.0)
                                .lowEnergyAvailability(true)).build(),
                Assessment.builder().runner(Runner.of(30, Sex.MALE)).pain(Pain.of(6, Onset.SUDDEN, 2, Location.FRONT_OF_HIP))
                        .general(General.builder().fever(true))
                        .function(FunctionStatus.builder().canBearWeight(false).limp(true)).build(),
                Assessment.builder().runner(Runner.of(60, Sex.OTHER)).pain(Pain.of(2, Onset.GRADUAL, 400, Location.KNEE)).build());
        for (Assessment a : cases) {
            assertThat(model.assess(a)).isEqualTo(drl.assess(a));
        }
    }
}
