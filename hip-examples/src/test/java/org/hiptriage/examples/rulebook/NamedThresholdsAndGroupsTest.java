package org.hiptriage.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hiptriage.model.Threshold;
import org.hiptriage.rules.ConditionGroup;
import org.junit.jupiter.api.Test;

/**
 * The rules name their thresholds and their groups of conditions: no number a clinician cannot find in the table of
 * thresholds, no list of conditions retyped from rule to rule. Each check is also shown to fail, with what to do.
 */
class NamedThresholdsAndGroupsTest {

    private static final String HEADER = RuleBaseStaticChecksTest.HEADER;

    private static TreeMap<String, String> drl() {
        return RuleBaseStaticChecksTest.drl();
    }

    @Test
    void noRuleWritesAThresholdAsABareNumber() {
        // given the packaged rule base, then every threshold in a rule is a name of the table (or a helper reading it)
        assertThat(RuleBaseChecks.bareNumbers(drl())).as("numbers written in the rules").isEmpty();
        // and the rules do name the table: the durations, ages and scores a clinician looks for
        String all = String.join("\n", drl().values());
        assertThat(all).contains("lastedAtMost(Threshold.NEW_PAIN_MAX_DAYS)", "severityAtLeast(Threshold.SEVERE_PAIN_SCORE)",
                "isAtLeast(Threshold.FRAGILE_BONE_AGE)", "distanceRoseByAtLeast(Threshold.LOAD_SPIKE_PERCENT)");
    }

    @Test
    void aThresholdWrittenAsANumberFailsTheCheckWithWhatToDo() {
        // given a rule that writes 14 days and 8/10 as numbers, and an evidence weight and a number inside its words
        Map<String, String> files = Map.of("org/hiptriage/rules/conditions/numbers.drl", HEADER.replace("rules.care", "rules.conditions") + """
                rule "New severe pain fits a strain"
                    @source("S0")
                    @description("Numbers.")
                    agenda-group "evidence"
                    salience -10
                when
                    $pain : Pain( lastedAtMost(14),
                                  severity >= 8 )
                then
                    insert( Evidence.supports( ConditionCode.HIP_FLEXOR_STRAIN, 2, "pain for 14 days" ) );
                end
                """);

        // then the two thresholds are refused, each with its constraint; the weight, the words and the salience are not
        List<String> problems = RuleBaseChecks.bareNumbers(files);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("\"New severe pain fits a strain\"").contains("writes the number 14")
                .contains("in \"lastedAtMost(14)\"").contains("write Threshold.NAME");
        assertThat(problems.get(1)).contains("writes the number 8").contains("in \"severity >= 8\"");
    }

    @Test
    void aNumberInAConsequenceFailsTheCheckButTheWeightOfEvidenceDoesNot() {
        // given a rule whose consequence gives evidence both ways and computes a number of days from 42
        Map<String, String> files = Map.of("org/hiptriage/rules/conditions/numbers.drl", HEADER.replace("rules.care", "rules.conditions") + """
                rule "A long pain argues against a strain"
                    @source("S0")
                    @description("Numbers.")
                    agenda-group "evidence"
                when
                    $pain : Pain()
                then
                    insert( Evidence.argues( ConditionCode.HIP_FLEXOR_STRAIN, -2, "pain for 3 weeks" ) );
                    insert( new Evidence( ConditionCode.GLUTEUS_MEDIUS_STRAIN, 1, "pain" ) );
                    insert( Evidence.supports( ConditionCode.HIP_OSTEOARTHRITIS, 2, "pain for " + ($pain.days() - 42) + " days over 6 weeks" ) );
                end
                """);

        // then the 42 days are refused with their statement; the weights and the words are not
        assertThat(RuleBaseChecks.bareNumbers(files)).singleElement().asString()
                .contains("\"A long pain argues against a strain\"").contains("writes the number 42")
                .contains("$pain.days() - 42");
    }

    @Test
    void everyThresholdTheRulesNameIsInTheTable() {
        // given the thresholds each rule names, then they are constants of the table (a typo would not compile, and
        // the rulebook lists each rule's thresholds under "Tests")
        Set<Threshold> named = EnumSet.noneOf(Threshold.class);
        for (DrlCatalogue.Rule rule : DrlCatalogue.packaged().values()) {
            rule.considers().stream().filter(c -> c.startsWith("Threshold."))
                    .forEach(c -> named.add(Threshold.valueOf(c.substring("Threshold.".length()))));
        }
        assertThat(named).contains(Threshold.NEW_PAIN_MAX_DAYS, Threshold.SEVERE_PAIN_SCORE, Threshold.POSTPARTUM_WINDOW_WEEKS,
                Threshold.AVULSION_PEAK_MIN_AGE, Threshold.AVULSION_PEAK_MAX_AGE, Threshold.EARLY_TENDON_PAIN_DAYS);
    }

    @Test
    void noListOfConditionsIsRetypedFromRuleToRule() {
        // given the packaged rule base, then every shared or long list of conditions is a named group
        assertThat(RuleBaseChecks.conditionLists(drl())).as("condition lists to name").isEmpty();
        // and every group is used by a rule, and a rule that tests a group tests each of its members
        for (ConditionGroup group : ConditionGroup.values()) {
            List<DrlCatalogue.Rule> using = DrlCatalogue.packaged().values().stream()
                    .filter(r -> r.considers().contains("ConditionGroup." + group.name())).toList();
            assertThat(using).as(group + " is used by some rule").isNotEmpty();
            for (var member : group.members()) {
                assertThat(using.get(0).considers()).contains("ConditionCode." + member.name());
            }
            assertThat(group.meaning()).as(group.name()).isNotBlank().endsWith(".");
            assertThat(group.members()).as(group.name()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aListRetypedInTwoRulesOrALongListFailsTheCheckWithWhatToDo() {
        // given two rules that write out the same two strains, and one that writes out four conditions
        String rule = """
                rule "NAME"
                    @source("S0")
                    @description("Lists.")
                    agenda-group "care"
                when
                    Candidate( condition in ( LIST ) )
                then
                    insert( new CareAdvice( CareStepCode.ICE, "pain" ) );
                end
                """;
        String strains = "ConditionCode.HIP_FLEXOR_STRAIN, ConditionCode.GLUTEUS_MEDIUS_STRAIN";
        String four = "ConditionCode.HIP_FLEXOR_STRAIN, ConditionCode.GLUTEUS_MEDIUS_STRAIN,\n"
                + "                          ConditionCode.ILIOPSOAS_BURSITIS, ConditionCode.LABRAL_TEAR";
        Map<String, String> files = Map.of("org/hiptriage/rules/care/lists.drl", HEADER
                + rule.replace("NAME", "Ice a strain").replace("LIST", strains)
                + rule.replace("NAME", "Rest a strain").replace("LIST", "ConditionCode.GLUTEUS_MEDIUS_STRAIN, ConditionCode.HIP_FLEXOR_STRAIN")
                + rule.replace("NAME", "Ice four things").replace("LIST", four)
                + rule.replace("NAME", "Ice two other things").replace("LIST", "ConditionCode.LABRAL_TEAR, ConditionCode.HIP_OSTEOARTHRITIS"));

        // then the shared list and the long list are refused, the short list one rule writes is not
        List<String> problems = RuleBaseChecks.conditionLists(files);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("[GLUTEUS_MEDIUS_STRAIN, HIP_FLEXOR_STRAIN]").contains("in 2 rules")
                .contains("\"Ice a strain\", \"Rest a strain\"").contains("Candidate( isIn(ConditionGroup.NAME) )");
        assertThat(problems.get(1)).contains("\"Ice four things\"").contains("name the group in org.hiptriage.rules.ConditionGroup");
    }
}
