package org.hiptriage.examples.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hiptriage.examples.interview.AnswerParser.Parsed;
import org.hiptriage.model.json.ContractFields;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Side;
import org.hiptriage.model.Surface;
import org.hiptriage.model.Timing;
import org.hiptriage.model.Trend;
import org.junit.jupiter.api.Test;

/** The question model covers the contract, and short answers are read as a runner types them. */
class QuestionsTest {

    @Test
    void everyContractFieldARunnerCanAnswerHasExactlyOneQuestionAndNoExamIsAsked() {
        // the contract's fields, from the model's record components, version 2 included
        List<String> contractPaths = ContractFields.all().stream().map(ContractFields.Field::path)
                .filter(p -> !p.startsWith("exam.")).toList();
        List<String> asked = Questions.all().stream().map(Question::path).toList();
        assertThat(asked).containsExactlyInAnyOrderElementsOf(contractPaths);
        assertThat(asked).contains("general.legNumbnessOrWeaknessSide", "general.groinLump", "function.legShortenedOrTurnedOut");
        assertThat(asked).noneMatch(p -> p.startsWith("exam."));
        // in the contract's order, but for the periods, which come before pregnancy (a girl under 12 whose periods
        // have started is asked about pregnancy; after the menopause or before the periods start it is not asked)
        List<String> contractOrderPeriodsFirst = new java.util.ArrayList<>(contractPaths);
        contractOrderPeriodsFirst.remove("runner.menstrualStatus");
        contractOrderPeriodsFirst.add(contractOrderPeriodsFirst.indexOf("runner.pregnancy"), "runner.menstrualStatus");
        assertThat(asked).containsExactlyElementsOf(contractOrderPeriodsFirst);
        // a section at a time
        assertThat(Questions.sections()).extracting(Questions.Section::id)
                .containsExactlyElementsOf(ContractFields.sections().stream().filter(s -> !s.equals("exam")).toList());
    }

    @Test
    void everyQuestionHasItsOwnWords() {
        assertThat(Questions.all().stream().map(Question::text)).doesNotHaveDuplicates();
    }

    @Test
    void theRequiredQuestionsAreTheContractsRequiredFieldsPlusTheWeeksOfAPregnancy() {
        assertThat(Questions.all().stream().filter(Question::required).map(Question::path))
                .containsExactly("runner.age", "runner.sex", "runner.weeksPregnantOrPostpartum", "pain.locations",
                        "pain.severity", "pain.onset", "pain.durationDays");
    }

    @Test
    void everyCodeOfTheContractCanBeChosen() {
        Map<String, Class<? extends Enum<?>>> types = new LinkedHashMap<>();
        types.put("runner.sex", Sex.class);
        types.put("runner.pregnancy", Pregnancy.class);
        types.put("runner.menstrualStatus", MenstrualStatus.class);
        types.put("pain.side", Side.class);
        types.put("pain.locations", Location.class);
        types.put("pain.radiatesTo", Location.class);
        types.put("pain.onset", Onset.class);
        types.put("pain.onsetEvent", OnsetEvent.class);
        types.put("pain.trend", Trend.class);
        types.put("pain.qualities", Quality.class);
        types.put("pain.timing", Timing.class);
        types.put("pain.aggravators", Aggravator.class);
        types.put("history.surfaces", Surface.class);
        types.put("general.legNumbnessOrWeaknessSide", Side.class);
        types.forEach((path, type) -> assertThat(Questions.byPath(path).choices()).as(path)
                .extracting(Question.Choice::code)
                .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        Set<String> withChoices = Questions.all().stream().filter(q -> !q.choices().isEmpty()).map(Question::path)
                .collect(Collectors.toSet());
        assertThat(withChoices).isEqualTo(types.keySet());
    }

    @Test
    void everyConditionRefersToAnEarlierQuestion() {
        List<String> seen = new java.util.ArrayList<>();
        for (Question q : Questions.all()) {
            q.conditions().forEach(w -> assertThat(seen).as(q.path()).contains(w.question()));
            seen.add(q.path());
        }
    }

    @Test
    void pregnancyAndPeriodQuestionsApplyOnlyWhereTheyCan() {
        Question pregnancy = Questions.byPath("runner.pregnancy");
        Question periods = Questions.byPath("runner.menstrualStatus");
        Question weeks = Questions.byPath("runner.weeksPregnantOrPostpartum");
        Question breastfeeding = Questions.byPath("runner.breastfeeding");
        Answers man = new Answers().put("runner.age", 30).put("runner.sex", "MALE");
        Answers girl = new Answers().put("runner.age", 10).put("runner.sex", "FEMALE");
        Answers woman = new Answers().put("runner.age", 30).put("runner.sex", "FEMALE");
        Answers other = new Answers().put("runner.age", 30).put("runner.sex", "OTHER");
        assertThat(man.applies(pregnancy)).isFalse();
        assertThat(man.applies(periods)).isFalse();
        // a girl of 10 is asked about her periods; about pregnancy only once they have started
        assertThat(girl.applies(periods)).isTrue();
        assertThat(girl.applies(pregnancy)).isFalse();
        assertThat(girl.put("runner.menstrualStatus", "NOT_STARTED").applies(pregnancy)).isFalse();
        assertThat(girl.put("runner.menstrualStatus", "NOT_APPLICABLE").applies(pregnancy)).isFalse();
        assertThat(girl.put("runner.menstrualStatus", "REGULAR").applies(pregnancy)).isTrue();
        assertThat(girl.put("runner.menstrualStatus", "ABSENT").applies(pregnancy)).isTrue();
        // from 12, a woman or another runner is asked, periods known or not, unless they have not started or are over
        assertThat(woman.applies(pregnancy)).isTrue();
        assertThat(other.applies(pregnancy)).isTrue();
        assertThat(woman.applies(periods)).isTrue();
        assertThat(new Answers().put("runner.age", 12).put("runner.sex", "FEMALE").applies(pregnancy)).isTrue();
        assertThat(new Answers().put("runner.age", 58).put("runner.sex", "FEMALE").put("runner.menstrualStatus", "POSTMENOPAUSAL")
                .applies(pregnancy)).isFalse();
        assertThat(new Answers().put("runner.age", 13).put("runner.sex", "FEMALE").put("runner.menstrualStatus", "NOT_STARTED")
                .applies(pregnancy)).isFalse();
        assertThat(woman.applies(weeks)).isFalse();
        woman.put("runner.pregnancy", "POSTPARTUM");
        assertThat(woman.applies(weeks)).isTrue();
        assertThat(woman.applies(breastfeeding)).isTrue();
    }

    @Test
    void theSideOfNumbnessFollowsAYesAndTheLegsLookFollowsAFall() {
        Question side = Questions.byPath("general.legNumbnessOrWeaknessSide");
        assertThat(new Answers().applies(side)).isFalse();
        assertThat(new Answers().put("general.legNumbnessOrWeakness", false).applies(side)).isFalse();
        assertThat(new Answers().put("general.legNumbnessOrWeakness", true).applies(side)).isTrue();
        Question shortened = Questions.byPath("function.legShortenedOrTurnedOut");
        assertThat(new Answers().applies(shortened)).isFalse();
        assertThat(new Answers().put("pain.onsetEvent", "DIRECT_BLOW").applies(shortened)).isFalse();
        assertThat(new Answers().put("pain.onsetEvent", "FALL").applies(shortened)).isTrue();
    }

    @Test
    void answersOfAnAssessmentAreItsFieldsByContractPath() {
        Answers answers = Answers.of(org.hiptriage.model.json.AssessmentJson.parse("""
                {"runner": {"age": 30, "sex": "FEMALE", "heightCm": 168.5, "weightKg": 60},
                 "pain": {"locations": ["GROIN", "LOWER_ABDOMEN"], "radiatesTo": [], "severity": 4, "onset": "GRADUAL", "durationDays": 10},
                 "general": {"legNumbnessOrWeakness": true, "legNumbnessOrWeaknessSide": "BOTH", "groinLump": false},
                 "exam": {"fadirPositive": true}}
                """));
        assertThat(answers.asMap()).containsExactly(java.util.Map.entry("runner.age", 30), java.util.Map.entry("runner.sex", "FEMALE"),
                java.util.Map.entry("runner.heightCm", new BigDecimal("168.5")), java.util.Map.entry("runner.weightKg", new BigDecimal("60")),
                java.util.Map.entry("pain.locations", List.of("GROIN", "LOWER_ABDOMEN")), java.util.Map.entry("pain.radiatesTo", List.of()),
                java.util.Map.entry("pain.severity", 4), java.util.Map.entry("pain.onset", "GRADUAL"), java.util.Map.entry("pain.durationDays", 10),
                java.util.Map.entry("general.legNumbnessOrWeakness", true), java.util.Map.entry("general.legNumbnessOrWeaknessSide", "BOTH"),
                java.util.Map.entry("general.groinLump", false));
    }

    @Test
    void shortAnswersAreRead() {
        Question yesNo = Questions.byPath("general.fever");
        assertThat(AnswerParser.parse(yesNo, "Y").value()).isEqualTo(true);
        assertThat(AnswerParser.parse(yesNo, "no").value()).isEqualTo(false);
        assertThat(AnswerParser.parse(yesNo, "").value()).as("Enter means don't know").isNull();
        assertThat(AnswerParser.parse(yesNo, "").refused()).isFalse();
        assertThat(AnswerParser.parse(yesNo, "perhaps").refused()).isTrue();

        Question days = Questions.byPath("pain.durationDays");
        assertThat(AnswerParser.parse(days, "10").value()).isEqualTo(10);
        assertThat(AnswerParser.parse(days, "3w").value()).isEqualTo(21);
        assertThat(AnswerParser.parse(days, "2 months").value()).isEqualTo(60);
        assertThat(AnswerParser.parse(days, "").refused()).as("required").isTrue();
        assertThat(AnswerParser.parse(days, "11 years").refused()).as("over 3650 days").isTrue();

        Question height = Questions.byPath("runner.heightCm");
        assertThat(AnswerParser.parse(height, "172.5").value()).isEqualTo(new BigDecimal("172.5"));
        assertThat(AnswerParser.parse(height, "172 cm").value()).isEqualTo(new BigDecimal("172"));
        assertThat(AnswerParser.parse(height, "99").refused()).isTrue();

        Question sex = Questions.byPath("runner.sex");
        assertThat(AnswerParser.parse(sex, "2").value()).isEqualTo("MALE");
        assertThat(AnswerParser.parse(sex, "female").value()).isEqualTo("FEMALE");
        assertThat(AnswerParser.parse(sex, "f").value()).isEqualTo("FEMALE");
        assertThat(AnswerParser.parse(sex, "OTHER").value()).isEqualTo("OTHER");
        assertThat(AnswerParser.parse(sex, "4").refused()).isTrue();

        Question where = Questions.byPath("pain.locations");
        assertThat(AnswerParser.parse(where, "1, 3").value()).isEqualTo(List.of("GROIN", "LATERAL_HIP"));
        assertThat(AnswerParser.parse(where, "1 3").value()).isEqualTo(List.of("GROIN", "LATERAL_HIP"));
        assertThat(AnswerParser.parse(where, "groin, sit bone, 1").value()).isEqualTo(List.of("GROIN", "SIT_BONE"));
        assertThat(AnswerParser.parse(where, "none").refused()).as("where it hurts cannot be nowhere").isTrue();
        Parsed unknown = AnswerParser.parse(where, "1, elbow");
        assertThat(unknown.refused()).isTrue();
        assertThat(unknown.error()).contains("elbow");

        Question spreads = Questions.byPath("pain.radiatesTo");
        assertThat(AnswerParser.parse(spreads, "none").value()).isEqualTo(List.of());
        assertThat(AnswerParser.parse(spreads, "").value()).as("unknown, not none").isNull();
    }
}
