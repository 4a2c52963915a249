package org.hiptriage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.Source;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.junit.jupiter.api.Test;

/** The engine API as an embedding developer uses it, and misuses it. */
class TriageEngineTest {

    static final Assessment CASE = Assessment.builder().runner(Runner.of(40, Sex.FEMALE))
            .pain(Pain.of(4, Onset.GRADUAL, 20, Location.LATERAL_HIP)).build();

    @Test
    void aNullAssessmentIsRefusedByName() {
        try (TriageEngine engine = TriageEngine.create()) {
            assertThatThrownBy(() -> engine.assess(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("assessment");
        }
    }

    @Test
    void anInvalidAssessmentIsRefusedWholeWithEveryProblem() {
        try (TriageEngine engine = TriageEngine.create()) {
            Assessment bad = Assessment.builder().runner(Runner.of(120, Sex.MALE)).pain(Pain.of(11, Onset.GRADUAL, 3, Location.GROIN)).build();
            assertThatThrownBy(() -> engine.assess(bad)).isInstanceOfSatisfying(InvalidAssessmentException.class,
                    e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("runner.age", "pain.severity"));
        }
    }

    @Test
    void aClosedEngineRefusesToAssess() {
        TriageEngine engine = TriageEngine.create();
        engine.close();
        assertThatThrownBy(() -> engine.assess(CASE)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void twoEnginesSideBySideGiveTheSameReport() {
        try (TriageEngine one = TriageEngine.create(); TriageEngine two = TriageEngine.create()) {
            assertThat(one.assess(CASE)).isEqualTo(two.assess(CASE));
        }
    }

    @Test
    void everyReportCarriesTheContractVersionRuleBaseVersionDisclaimerAndSafetyNet() {
        try (TriageEngine engine = TriageEngine.create()) {
            TriageReport report = engine.assess(CASE);
            assertThat(report.contractVersion()).isEqualTo(2); // contract v2
            assertThat(report.ruleBaseVersion()).isEqualTo(engine.ruleBaseVersion()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(report.disclaimer()).contains("not a diagnosis");
            assertThat(report.safetyNet()).isNotEmpty();
        }
    }

    @Test
    void explainListsTheRulesThatFiredWithLayerDescriptionAndSources() {
        try (TriageEngine engine = TriageEngine.create()) {
            Explanation explanation = engine.explain(CASE);
            assertThat(explanation.report()).isEqualTo(engine.assess(CASE));
            assertThat(explanation.firedRules()).isNotEmpty().allSatisfy(rule -> {
                assertThat(rule.layer()).isNotNull();
                assertThat(rule.description()).isNotBlank();
                assertThat(rule.sources()).isNotEmpty();
            });
            assertThat(explanation.firedRules().get(explanation.firedRules().size() - 1).layer().ordinal())
                    .isGreaterThanOrEqualTo(explanation.firedRules().get(0).layer().ordinal());
        }
    }

    @Test
    void everyRuleHasADescriptionKnownSourcesAndAUniqueName() {
        try (TriageEngine engine = TriageEngine.create()) {
            Set<String> names = new HashSet<>();
            assertThat(engine.rules()).isNotEmpty().allSatisfy(rule -> {
                assertThat(names.add(rule.name())).as("unique rule name " + rule.name()).isTrue();
                assertThat(rule.description()).as(rule.name()).isNotBlank();
                assertThat(rule.sourceKeys()).as(rule.name()).isNotEmpty()
                        .allSatisfy(key -> assertThat(Source.byKey(key)).as(rule.name() + " cites " + key).isPresent());
            });
        }
    }
}
