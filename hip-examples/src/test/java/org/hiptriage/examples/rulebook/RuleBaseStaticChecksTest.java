package org.hiptriage.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.engine.RuleFiles;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The static checks of the DRL: every rule carries its metadata and concludes in its own layer, and
 * no contradiction is left for the runner to find. Each check is also shown to fail on a rule base
 * that breaks it, with a message that says what to do.
 */
class RuleBaseStaticChecksTest extends RuleTestSupport {

    /** The head of a DRL file of the care layer, for the rule bases the checks are shown to fail on. */
    static final String HEADER = """
            package org.hiptriage.rules.care

            import org.hiptriage.model.*
            import org.hiptriage.model.report.*
            import org.hiptriage.rules.*

            """;

    /** A base rule of the care layer that concludes nothing. */
    static final String BASE_RULE = """
            rule "Care needs a known pain"
                @source("CONVENTION")
                @description("Base rule.")
                agenda-group "care"
            when
                Pain()
            then
            end
            """;

    /** A care rule that extends {@link #BASE_RULE}. */
    static final String CHILD_RULE = """
            rule "Ice with a known pain" extends "Care needs a known pain"
                @source("S0")
                @description("Ice.")
                agenda-group "care"
            when
                Runner()
            then
                insert( new CareAdvice( CareStepCode.ICE, "pain" ) );
            end
            """;

    /** The packaged DRL files, a copy the test may change. */
    static TreeMap<String, String> drl() {
        return new TreeMap<>(RuleFiles.packaged());
    }

    @Test
    void everyRuleOfTheRuleBaseHasItsMetadataAndConcludesInItsLayer() {
        // given the packaged rule base, then no rule lacks a source, a description or a layer
        assertThat(RuleBaseChecks.metadata(drl())).as("metadata problems").isEmpty();
    }

    @Test
    void theCompiledRulesCarryTheSameMetadata() {
        // given the knowledge base as the engine loads it, then every rule has sources, a description,
        // a layer, and is written in a DRL file whose consequence concludes something (a base rule that
        // others extend concludes nothing itself)
        List<RuleInfo> rules = engine().rules();
        Map<String, DrlCatalogue.Rule> written = DrlCatalogue.byName(drl());
        Set<String> bases = RuleBaseChecks.baseRules(drl());
        assertThat(rules).isNotEmpty();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.sourceKeys()).as(rule.name()).isNotEmpty();
            assertThat(rule.description()).as(rule.name()).isNotBlank();
            assertThat(rule.layer()).as(rule.name()).isNotNull();
            assertThat(written.get(rule.name())).as(rule.name()).isNotNull();
            assertThat(written.get(rule.name()).file()).as(rule.name()).startsWith("org/hiptriage/rules/").endsWith(".drl");
            if (!bases.contains(rule.name())) {
                assertThat(written.get(rule.name()).concludes()).as(rule.name()).isNotEmpty();
            }
            assertThat(written.get(rule.name()).annotation("source").split(",")).as(rule.name())
                    .extracting(String::trim).containsExactlyElementsOf(rule.sourceKeys());
        });
        assertThat(rules.stream().map(RuleInfo::name)).doesNotHaveDuplicates()
                .hasSameSizeAs(written.keySet());
    }

    @Test
    void aRuleWhoseSourceIsDeletedFailsTheCheckWithWhatToDo() {
        // given the rule base with the @source of one real rule deleted
        TreeMap<String, String> files = drl();
        String path = "org/hiptriage/rules/flags/stress-fracture.drl";
        String broken = files.get(path).replaceFirst("(?m)^\\s*@source\\(\"ROBERTSON_WOOD_2017\"\\)\\s*\\n", "");
        assertThat(broken).isNotEqualTo(files.get(path));
        files.put(path, broken);

        // then the check names the rule and says what to add
        assertThat(RuleBaseChecks.metadata(files)).singleElement().asString()
                .contains("\"Groin pain with running in a runner at risk of bone stress raises a suspected stress fracture\"")
                .contains("has no @source")
                .contains("add @source(\"KEY, KEY\")");
    }

    @Test
    void anUnknownSourceKeyAMissingDescriptionAndAMissingLayerEachFail() {
        // given a rule citing a source that does not exist, without a description, and one without a layer
        Map<String, String> files = Map.of("org/hiptriage/rules/care/broken.drl", HEADER + """
                rule "Ice helps everything"
                    @source("S9")
                    agenda-group "care"
                when
                    Pain()
                then
                    insert( new CareAdvice( CareStepCode.ICE, "pain" ) );
                end

                rule "Rest helps everything"
                    @source("S0")
                    @description("Rest.")
                when
                    Pain()
                then
                    insert( new CareAdvice( CareStepCode.RELATIVE_REST, "pain" ) );
                end
                """);

        // then each problem is reported with what to do
        List<String> problems = RuleBaseChecks.metadata(files);
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).contains("\"Ice helps everything\"").contains("unknown source key \"S9\"")
                .contains("add the source with its title to org.hiptriage.model.report.Source");
        assertThat(problems.get(1)).contains("\"Ice helps everything\"").contains("has no @description");
        assertThat(problems.get(2)).contains("\"Rest helps everything\"").contains("has no agenda-group")
                .contains("add agenda-group \"<layer>\"");
    }

    @Test
    void aConclusionOutsideItsLayerFails() {
        // given a flag raised from the care layer (after the disposition was decided, so it would not count)
        Map<String, String> files = Map.of("org/hiptriage/rules/care/late-flag.drl", HEADER + """
                rule "Severe pain raises a flag late"
                    @source("RED_FLAG_SCREENING")
                    @description("Too late.")
                    agenda-group "care"
                when
                    Pain( severity >= 8 )
                then
                    insert( new RaisedFlag( FlagCode.SEVERE_PAIN, "severe" ) );
                end
                """);

        // then the check says which layer it belongs to
        assertThat(RuleBaseChecks.metadata(files)).singleElement().asString()
                .contains("concludes flag SEVERE_PAIN (URGENT) in the \"care\" layer")
                .contains("move the rule there (agenda-group \"flags\")");
    }

    @Test
    void theCareRulesOfTheSelfCarePlanShareOneBaseRule() {
        // given the packaged rule base, then the self-care steps inherit "nothing urgent stands" from one base rule
        Map<String, DrlCatalogue.Rule> rules = DrlCatalogue.packaged();
        String base = "Care is planned only when running may resume";
        assertThat(RuleBaseChecks.baseRules(drl())).containsExactly(base);
        assertThat(rules.get(base).concludes()).isEmpty();
        assertThat(rules.get(base).when()).contains("Decision( allowsReturnToRunning() )");
        assertThat(rules.values().stream().filter(r -> base.equals(r.parent())).count()).isGreaterThanOrEqualTo(20);
        // and the rule that stops running under an urgent concern is not one of them
        assertThat(rules.get("An urgent or emergency concern means no running until assessed").parent()).isNull();
    }

    @Test
    void aBaseRuleMayConcludeNothingButOnlyWhenAnotherRuleExtendsIt() {
        // given a rule that concludes nothing, which no rule extends
        String base = BASE_RULE;
        Map<String, String> alone = Map.of("org/hiptriage/rules/care/base.drl", HEADER + base);
        // then the check says it concludes nothing
        assertThat(RuleBaseChecks.metadata(alone)).singleElement().asString()
                .contains("\"Care needs a known pain\"").contains("concludes nothing")
                .contains("only a base rule that other rules extend may conclude nothing");

        // and given a rule that extends it, in its layer, nothing is wrong
        String child = CHILD_RULE;
        assertThat(RuleBaseChecks.metadata(Map.of("org/hiptriage/rules/care/base.drl", HEADER + base + "\n" + child))).isEmpty();

        // and given a rule of another layer that extends it, or one that extends a rule that does not exist, each fails
        String flagChild = child.replace("agenda-group \"care\"", "agenda-group \"flags\"")
                .replace("Ice with a known pain", "A flag with a known pain")
                .replace("new CareAdvice( CareStepCode.ICE, \"pain\" )", "new RaisedFlag( FlagCode.SEVERE_PAIN, \"pain\" )");
        String orphan = child.replace("Ice with a known pain", "Rest with a known pain").replace("Care needs a known pain", "No such rule");
        List<String> problems = RuleBaseChecks.metadata(Map.of("org/hiptriage/rules/care/base.drl",
                HEADER + base + "\n" + flagChild + "\n" + orphan));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("\"A flag with a known pain\"").contains("of another layer")
                .contains("agenda-group \"care\"");
        assertThat(problems.get(1)).contains("\"Rest with a known pain\"").contains("extends \"No such rule\"");
    }

    @Test
    void aRuleTestsWhatItsBaseRuleTestsAndEveryMemberOfAGroupItNames() {
        // given a base rule that tests a flag, and a rule in another file that extends it and names a group
        Map<String, DrlCatalogue.Rule> rules = DrlCatalogue.byName(Map.of(
                "org/hiptriage/rules/care/base.drl", HEADER + """
                        rule "Care without severe pain"
                            @source("CONVENTION")
                            @description("Base rule.")
                            agenda-group "care"
                        when
                            not RaisedFlag( code == FlagCode.SEVERE_PAIN )
                        then
                        end
                        """,
                "org/hiptriage/rules/care/strains.drl", HEADER + """
                        rule "Ice a strain without severe pain" extends "Care without severe pain"
                            @source("S0")
                            @description("Ice.")
                            agenda-group "care"
                        when
                            Candidate( isIn(ConditionGroup.MUSCLE_STRAINS) )
                        then
                            insert( new CareAdvice( CareStepCode.ICE, "strain" ) );
                        end
                        """));
        // then the rule tests the inherited flag, the group and each of its members (the rulebook lists it under each)
        assertThat(rules.get("Ice a strain without severe pain").considers()).containsExactly("ConditionCode.GLUTEUS_MEDIUS_STRAIN",
                "ConditionCode.HIP_FLEXOR_STRAIN", "ConditionGroup.MUSCLE_STRAINS", "FlagCode.SEVERE_PAIN");
        assertThat(rules.get("Ice a strain without severe pain").parent()).isEqualTo("Care without severe pain");
        // and the base rule tests only its own condition
        assertThat(rules.get("Care without severe pain").considers()).containsExactly("FlagCode.SEVERE_PAIN");
    }

    @Test
    void theRuleBaseLeavesNoContradictionUnresolved() {
        // given the packaged rule base, then nothing is both recommended and avoided without a withdrawal
        assertThat(RuleBaseChecks.contradictions(drl())).as("contradictions").isEmpty();
    }

    @Test
    void aCareStepThatAnAvoidRuleForbidsIsAContradictionWithoutTheReviewRule() {
        // given the real rule base without the review rule that withdraws contradicted care steps
        TreeMap<String, String> files = drl();
        assertThat(files.remove("org/hiptriage/rules/review/contradictions.drl")).isNotNull();

        // then every unresolved pair is named, with what to do
        List<String> problems = RuleBaseChecks.contradictions(files);
        assertThat(problems).isNotEmpty();
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("recommends GENTLE_STRETCHING")
                .contains("\"No static hip-flexor stretch in the first six weeks of a hip flexor tendinopathy\" says to avoid STATIC_HIP_FLEXOR_STRETCH")
                .contains("keep the review rule"));
    }

    @Test
    void aNewRuleThatRecommendsWhatItForbidsIsAContradiction() {
        // given the real rule base plus a contradictory rule: stretching offered and forbidden at once
        TreeMap<String, String> files = drl();
        files.put("org/hiptriage/rules/care/contradictory.drl", HEADER + """
                rule "Stretch the hip flexor tendon but do not stretch it"
                    @source("S0, S3")
                    @description("Contradicts itself.")
                    agenda-group "care"
                when
                    Candidate( condition == ConditionCode.HIP_FLEXOR_TENDINOPATHY )
                then
                    insert( new CareAdvice( CareStepCode.GENTLE_STRETCHING, "stretch" ) );
                    insert( new AvoidAdvice( AvoidCode.STATIC_HIP_FLEXOR_STRETCH, "do not stretch" ) );
                end
                """);

        // then the static check fails on it (and also on its avoid conclusion outside the avoid layer)
        assertThat(RuleBaseChecks.contradictions(files)).singleElement().asString()
                .contains("\"Stretch the hip flexor tendon but do not stretch it\"")
                .contains("both recommends GENTLE_STRETCHING and says to avoid STATIC_HIP_FLEXOR_STRETCH")
                .contains("split it");
        assertThat(RuleBaseChecks.metadata(files)).anySatisfy(p -> assertThat(p).contains("belongs to the \"avoid\" layer"));
    }

    @Test
    void aRuleThatTakesBackAFlagOrAWithdrawalIsAContradiction() {
        // given the real rule base plus a rule that deletes a raised flag, and one that deletes a withdrawal
        TreeMap<String, String> files = drl();
        files.put("org/hiptriage/rules/review/suppress.drl", HEADER.replace("rules.care", "rules.review") + """
                rule "A mild case drops its flags"
                    @source("CONVENTION")
                    @description("Suppresses a flag.")
                    agenda-group "review"
                when
                    Pain( severity <= 2 )
                    $flag : RaisedFlag()
                then
                    delete( $flag );
                    insert( new Withdrawal( CareStepCode.ICE, AvoidCode.IMPACT_ACTIVITY ) );
                end

                rule "Stretching comes back"
                    @source("CONVENTION")
                    @description("Undoes a withdrawal.")
                    agenda-group "review"
                when
                    $w : Withdrawal( step == CareStepCode.GENTLE_STRETCHING )
                then
                    retract( $w );
                    insert( new Withdrawal( CareStepCode.ICE, AvoidCode.IMPACT_ACTIVITY ) );
                end
                """);

        // then both are refused with what to do instead
        List<String> problems = RuleBaseChecks.contradictions(files);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("\"A mild case drops its flags\"").contains("delete($flag) on a RaisedFlag")
                .contains("a red flag is never suppressed").contains("make the concluding rule's own conditions narrower");
        assertThat(problems.get(1)).contains("\"Stretching comes back\"").contains("retract($w) on a Withdrawal");
    }

    @Test
    void everyCareStepAClinicianReadsAsContradictingAnAvoidIsWithdrawnByTheReviewLayer() throws IOException {
        // given the clinicians' table of care steps that contradict something to avoid
        Set<String> table = new TreeSet<>();
        for (String line : resource("care-avoid-conflicts.tsv").split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                table.add(CareStepCode.valueOf(cells[0]) + " contradicts " + AvoidCode.valueOf(cells[1]));
            }
        }
        // then CareStepCode.contradicts, which the review layer uses, says exactly the same
        Set<String> code = new TreeSet<>();
        for (CareStepCode step : CareStepCode.values()) {
            for (AvoidCode avoid : step.contradicts()) {
                code.add(step + " contradicts " + avoid);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String pair : table) {
            if (!code.contains(pair)) {
                problems.add("care-avoid-conflicts.tsv says " + pair + " but CareStepCode.contradicts() does not: add it there, "
                        + "or the review layer will leave the step in a plan that avoids it");
            }
        }
        for (String pair : code) {
            if (!table.contains(pair)) {
                problems.add("CareStepCode.contradicts() says " + pair + " but hip-examples/src/test/resources/org/hiptriage/examples/rulebook/"
                        + "care-avoid-conflicts.tsv does not: add a row with the clinical reason");
            }
        }
        assertThat(problems).as("care/avoid conflicts").isEmpty();
    }

    @Test
    void everyAvoidCodeThatContradictsACareStepIsConcludedBySomeAvoidRule() {
        // given what the rules conclude, then the withdrawal can only trigger on avoid codes some rule concludes
        Set<AvoidCode> concluded = EnumSet.noneOf(AvoidCode.class);
        DrlCatalogue.byName(drl()).values().forEach(r -> r.concludes().stream()
                .filter(c -> c.kind() == Conclusion.Kind.AVOID && !c.isVariable())
                .forEach(c -> concluded.add(AvoidCode.valueOf(c.code()))));
        assertThat(concluded).as("avoid codes some rule concludes").contains(AvoidCode.STATIC_HIP_FLEXOR_STRETCH,
                AvoidCode.ANTI_INFLAMMATORY_DRUGS, AvoidCode.IMPACT_ACTIVITY);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = RuleBaseStaticChecksTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
