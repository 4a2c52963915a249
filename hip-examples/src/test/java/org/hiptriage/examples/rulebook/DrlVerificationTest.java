package org.hiptriage.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.hiptriage.engine.impl.KnowledgeBases;
import org.junit.jupiter.api.Test;

/** The Drools Verifier finds no ERROR in the rule base, and would find one in a rule that can never fire. */
class DrlVerificationTest {

    @Test
    void theVerifierFindsNoErrorInAnyRuleFile() {
        DrlVerification.Result result = DrlVerification.verify(KnowledgeBases.drlFiles());
        assertThat(result.buildErrors()).as("the verifier could not read the DRL").isEmpty();
        assertThat(result.errors().stream().map(f -> f.type() + ": " + f.message()).collect(Collectors.joining("\n")))
                .as("Drools Verifier ERROR findings: a rule whose conditions contradict each other can never fire. "
                        + "Fix its conditions (or remove it), then regenerate the rulebook")
                .isEmpty();
    }

    @Test
    void aRuleThatCanNeverFireIsAnError() {
        DrlVerification.Result result = DrlVerification.verify(Map.of("org/hiptriage/rules/care/impossible.drl", """
                package org.hiptriage.rules.care

                import org.hiptriage.model.*
                import org.hiptriage.model.report.*
                import org.hiptriage.rules.*

                rule "Severe and mild at once"
                    @source("S0")
                    @description("Cannot fire.")
                    agenda-group "care"
                when
                    Pain( severity >= 8, severity <= 2 )
                then
                    insert( new CareAdvice( CareStepCode.ICE, "never" ) );
                end
                """));
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo("ERROR");
            assertThat(f.message()).contains("Severe and mild at once");
        });
    }
}
