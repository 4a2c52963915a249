package org.hiptriage.engine.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.testing.RandomAssessments;
import org.hiptriage.model.validation.AssessmentValidator;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the rules fire in the same order on every build. The kie-maven-plugin lists the generated packages and
 * their rules in an order of its own that changed from one build to the next (a clean build, a build over an earlier
 * one), and rules of one layer fire in the order they were added, so --explain listed them differently per build.
 */
class RuleOrderTest {

    @Test
    void theRulesFireInTheSameOrderWhateverOrderTheBuildGeneratedThemIn() {
        // given the executable model as generated, and the same model with its packages and rules in reverse order,
        // as another build could have generated it
        List<Model> generated = KnowledgeBases.generatedModels();
        List<Model> reversed = new ArrayList<>(generated.stream()
                .map(model -> (Model) new KnowledgeBases.ReorderedRules(model, RuleOrderTest::reverse)).toList());
        Collections.reverse(reversed);
        assertThat(reversed.get(0).getRules()).isNotEqualTo(generated.get(generated.size() - 1).getRules());
        DroolsTriage asGenerated = new DroolsTriage(KnowledgeBases.fromModels(generated), RuleBaseVersion.packaged());
        DroolsTriage asReversed = new DroolsTriage(KnowledgeBases.fromModels(reversed), RuleBaseVersion.packaged());
        try {
            // then every case fires the same rules in the same order, and gives the same report
            RandomAssessments random = new RandomAssessments(20261202L);
            int checked = 0;
            while (checked < 300) {
                Assessment a = random.next();
                if (AssessmentValidator.validate(a).isEmpty()) {
                    DroolsTriage.Outcome expected = asGenerated.run(a, true);
                    DroolsTriage.Outcome actual = asReversed.run(a, true);
                    assertThat(names(actual)).as("the rules fired for case %d, in order: %s", checked, a).isEqualTo(names(expected));
                    assertThat(actual.report()).as("the report of case %d", checked).isEqualTo(expected.report());
                    checked++;
                }
            }
        } finally {
            asGenerated.close();
            asReversed.close();
        }
    }

    private static List<String> names(DroolsTriage.Outcome outcome) {
        return outcome.fired().stream().map(org.kie.api.definition.rule.Rule::getName).toList();
    }

    private static List<Rule> reverse(List<Rule> rules) {
        List<Rule> reversed = new ArrayList<>(rules);
        Collections.reverse(reversed);
        return reversed;
    }
}
