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
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.CareSoFar;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Runner;
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
        Map<String, Class<? extends Record>> sections = new LinkedHashMap<>();
        sections.put("runner", Runner.class);
        sections.put("pain", Pain.class);
        sections.put("function", FunctionStatus.class);
        sections.put("general", General.class);
        sections.put("history", History.class);
        sections.put("careSoFar", CareSoFar.class);
        List<String> contractPaths = sections.entrySet().stream()
                .flatMap(e -> Arrays.stream(e.getValue().getRecordComponents()).map(c -> e.getKey() + "." + c.getName()))
                .toList();
        List<String> asked = Questions.all().stream().map(Question::path).toList();
        assertThat(asked).containsExactlyElementsOf(contractPaths);
        assertThat(asked).noneMatch(p -> p.startsWith("exam."));
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
            q.enableWhen().forEach(w -> assertThat(seen).as(q.path()).contains(w.question()));
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
        assertThat(man.applies(pregnancy)).isFalse();
        assertThat(man.applies(periods)).isFalse();
        assertThat(girl.applies(pregnancy)).isFalse();
        assertThat(girl.applies(periods)).isFalse();
        assertThat(woman.applies(pregnancy)).isTrue();
        assertThat(woman.applies(periods)).isTrue();
        assertThat(woman.applies(weeks)).isFalse();
        woman.put("runner.pregnancy", "POSTPARTUM");
        assertThat(woman.applies(weeks)).isTrue();
        assertThat(woman.applies(breastfeeding)).isTrue();
        assertThat(woman.applies(periods)).isFalse();
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
