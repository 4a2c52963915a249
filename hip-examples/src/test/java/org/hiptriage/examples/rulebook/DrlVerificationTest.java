package org.hiptriage.examples.rulebook;

import java.util.List;
import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.hiptriage.engine.RuleFiles;
import org.junit.jupiter.api.Test;

/** The Drools Verifier finds no ERROR in the rule base, and would find one in a rule that can never fire. */
class DrlVerificationTest {

    @Test
    void theVerifiersRecordedVerdictOnTheseRulesFindsNoError() throws Exception {
        // the verifier takes minutes over the whole rule base: its verdict is recorded with a hash of the DRL when the
        // rulebook is regenerated, and RulebookStalenessTest fails when that hash is no longer the DRL's
        VerifierVerdict verdict = VerifierVerdict.read(Path.of("../docs", VerifierVerdict.FILE));
        assertThat(verdict.isFor(RuleFiles.packaged())).as("a rule changed since the verifier last ran: run `"
                + RulebookGenerator.COMMAND + "`").isTrue();
        DrlVerification.Result result = verdict.result();
        assertThat(result.buildErrors()).as("the verifier could not read the DRL").isEmpty();
        assertThat(result.errors().stream().map(f -> f.type() + ": " + f.message()).collect(Collectors.joining("\n")))
                .as("Drools Verifier ERROR findings: a rule whose conditions contradict each other can never fire. "
                        + "Fix its conditions (or remove it), then regenerate the rulebook")
                .isEmpty();
    }

    @Test
    void aVerdictIsAboutOneTextOfTheRulesAndSurvivesBeingWrittenAndRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Map<String, String> drl = Map.of("org/hiptriage/rules/care/a.drl", "rule \"A\" when then end");
        VerifierVerdict verdict = new VerifierVerdict(VerifierVerdict.hash(drl), new DrlVerification.Result(List.of(),
                List.of(new DrlVerification.Finding("WARNING", "REDUNDANCY", "a and b")), List.of(), List.of("x"),
                Map.of("FlagCode.X", 2), 3, List.of()));
        verdict.write(dir.resolve("v.json"));
        // then it reads back the same, and one changed character of a rule makes it stale
        assertThat(VerifierVerdict.read(dir.resolve("v.json"))).isEqualTo(verdict);
        assertThat(verdict.isFor(drl)).isTrue();
        assertThat(verdict.isFor(Map.of("org/hiptriage/rules/care/a.drl", "rule \"B\" when then end"))).isFalse();
    }

    /**
     * Three small rule files, verified once for the tests below (each run of the Drools Verifier builds its own knowledge
     * base, some 7 s): a base rule with no consequence, a rule of another file that extends it, a rule with no
     * consequence that nothing extends, and a rule that can never fire.
     */
    private static DrlVerification.Result smallRules;

    private static synchronized DrlVerification.Result smallRules() {
        if (smallRules == null) {
            String header = RuleBaseStaticChecksTest.HEADER;
            smallRules = DrlVerification.verify(Map.of(
                    "org/hiptriage/rules/care/base.drl", header + RuleBaseStaticChecksTest.BASE_RULE + """

                            rule "Nothing to say"
                                @source("CONVENTION")
                                @description("Forgot its consequence.")
                                agenda-group "care"
                            when
                                Runner()
                            then
                            end
                            """,
                    "org/hiptriage/rules/care/child.drl", header + RuleBaseStaticChecksTest.CHILD_RULE,
                    "org/hiptriage/rules/care/impossible.drl", """
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
        }
        return smallRules;
    }

    @Test
    void aBaseRuleWithoutAConsequenceIsANoteAndItsRulesInOtherFilesAreRead() {
        // given a base rule with no consequence, a rule of another file that extends it, and a rule with no
        // consequence that nothing extends
        DrlVerification.Result result = smallRules();
        // then the verifier reads every file, notes the base rule and warns about the forgotten consequence
        assertThat(result.buildErrors()).isEmpty();
        assertThat(result.notes()).anySatisfy(f -> assertThat(f.message()).contains("'Care needs a known pain' has no RHS")
                .contains("It is a base rule"));
        assertThat(result.warnings()).anySatisfy(f -> assertThat(f.message()).contains("'Nothing to say' has no RHS"))
                .noneSatisfy(f -> assertThat(f.message()).contains("Care needs a known pain"));
        // and neither is an error: the one error is the rule that can never fire
        assertThat(result.errors()).allSatisfy(f -> assertThat(f.message()).contains("Severe and mild at once"));
    }

    @Test
    void aRuleThatCanNeverFireIsAnError() {
        DrlVerification.Result result = smallRules();
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo("ERROR");
            assertThat(f.message()).contains("Severe and mild at once");
        });
    }
}
