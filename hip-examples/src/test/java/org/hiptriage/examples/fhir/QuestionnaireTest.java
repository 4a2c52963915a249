package org.hiptriage.examples.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.fhirpath.IFhirPath;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hiptriage.examples.cli.HipTriageCli;
import org.hiptriage.examples.interview.Answers;
import org.hiptriage.examples.interview.Question;
import org.hiptriage.examples.interview.Questions;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.Sex;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;

/** The FHIR R4 Questionnaire generated from the question model, its terminology, and QuestionnaireResponse to assessment. */
class QuestionnaireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path COMMITTED = Path.of("fhir/hip-triage-questionnaire.json");
    static final Path TERMINOLOGY = Path.of("fhir/hip-triage-terminology.json");
    static final Path SAMPLE_RESPONSE = Path.of("fhir/sample-questionnaire-response.json");
    static final Path SAMPLE_CASE = Path.of("cases/lateral-hip-pain-gtps.json");

    private static final class Run {
        final int code;
        final String out;
        final String err;

        Run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            this.code = HipTriageCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            this.out = out.toString(StandardCharsets.UTF_8);
            this.err = err.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCommittedFilesAreUpToDate() throws Exception {
        assertThat(Files.readString(COMMITTED))
                .as("hip-examples/fhir/hip-triage-questionnaire.json is out of date; regenerate it with "
                        + "java -jar hip-examples/target/hip-triage.jar questionnaire > hip-examples/fhir/hip-triage-questionnaire.json")
                .isEqualTo(Questionnaires.json());
        assertThat(Files.readString(TERMINOLOGY))
                .as("hip-examples/fhir/hip-triage-terminology.json is out of date; regenerate it with "
                        + "java -jar hip-examples/target/hip-triage.jar questionnaire --terminology > hip-examples/fhir/hip-triage-terminology.json")
                .isEqualTo(new Run("questionnaire", "--terminology").out);
        assertThat(Files.readString(SAMPLE_RESPONSE))
                .as("hip-examples/fhir/sample-questionnaire-response.json is out of date; regenerate it with java -jar "
                        + "hip-examples/target/hip-triage.jar questionnaire --from-case hip-examples/" + SAMPLE_CASE
                        + " > hip-examples/fhir/sample-questionnaire-response.json")
                .isEqualTo(new Run("questionnaire", "--from-case", SAMPLE_CASE.toString()).out);
    }

    @Test
    void theCommandPrintsTheQuestionnaire() {
        Run run = new Run("questionnaire");
        assertThat(run.code).isZero();
        assertThat(run.out).isEqualTo(Questionnaires.json());
    }

    @Test
    void theQuestionnaireHasAnHttpsCanonicalUrlAndAVersion() {
        Questionnaire q = (Questionnaire) FhirR4.parser().parseResource(Questionnaires.json());
        assertThat(q.getUrl()).isEqualTo("https://hiptriage.org/fhir/Questionnaire/hip-triage-runner");
        assertThat(q.getVersion()).isEqualTo("2.1");
        assertThat(q.getStatus().toCode()).isEqualTo("active");
    }

    /** The question items of a group, in order, looking inside the condition groups around some of them. */
    private static List<QuestionnaireItemComponent> questionItems(QuestionnaireItemComponent group) {
        List<QuestionnaireItemComponent> out = new ArrayList<>();
        for (QuestionnaireItemComponent item : group.getItem()) {
            if (item.getType() == QuestionnaireItemType.GROUP) {
                assertThat(item.getLinkId()).contains(Questionnaires.CONDITION_GROUP_SUFFIX);
                out.addAll(questionItems(item));
            } else if (item.getType() != QuestionnaireItemType.DISPLAY) {
                out.add(item);
            }
        }
        return out;
    }

    @Test
    void everyQuestionIsAnItemWithItsContractPathAsLinkIdInItsSectionGroup() {
        Questionnaire q = Questionnaires.questionnaire();
        List<String> linkIds = new ArrayList<>();
        for (QuestionnaireItemComponent group : q.getItem()) {
            assertThat(group.getType()).isEqualTo(QuestionnaireItemType.GROUP);
            for (QuestionnaireItemComponent item : questionItems(group)) {
                assertThat(item.getLinkId()).startsWith(group.getLinkId() + ".");
                linkIds.add(item.getLinkId());
                Question question = Questions.byPath(item.getLinkId());
                assertThat(item.getRequired()).isEqualTo(question.required());
                assertThat(item.getRepeats()).isEqualTo(question.kind() == Question.Kind.ANY_OF);
                if (!question.choices().isEmpty()) {
                    assertThat(item.getType()).isEqualTo(QuestionnaireItemType.CHOICE);
                    assertThat(codes(valueSet(item))).hasSize(question.choices().size() + (question.allowNone() ? 1 : 0));
                }
                for (QuestionnaireItemEnableWhenComponent when : item.getEnableWhen()) {
                    assertThat(linkIds).as("enableWhen of " + item.getLinkId()).contains(when.getQuestion());
                }
            }
        }
        assertThat(linkIds).containsExactlyElementsOf(Questions.all().stream().map(Question::path).toList());
        assertThat(linkIds).noneMatch(id -> id.startsWith("exam"));
    }

    @Test
    void theQuestionsLoincHasCarryTheirLoincCode() {
        assertThat(item("runner.age").getCode()).extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("http://loinc.org", "30525-0"));
        assertThat(item("runner.sex").getCodeFirstRep().getCode()).isEqualTo("46098-0");
        assertThat(item("runner.heightCm").getCodeFirstRep().getCode()).isEqualTo("8302-2");
        assertThat(item("runner.weightKg").getCodeFirstRep().getCode()).isEqualTo("29463-7");
        assertThat(item("pain.severity").getCodeFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(item("pain.trend").getCode()).isEmpty();
    }

    @Test
    void sexIsAnsweredInAdministrativeGender() {
        ValueSet sex = valueSet(item("runner.sex"));
        assertThat(sex.getCompose().getIncludeFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/administrative-gender");
        assertThat(codes(sex)).containsExactly("female", "male", "other");
        // and each code maps to the contract's sex
        for (Sex s : Sex.values()) {
            Answers answers = QuestionnaireResponses.toAnswers(response(new Answers().put("runner.sex", s.name())));
            assertThat(answers.get("runner.sex")).isEqualTo(s.name());
        }
        QuestionnaireResponse female = response(new Answers().put("runner.sex", "FEMALE"));
        assertThat(female.getItemFirstRep().getItemFirstRep().getAnswerFirstRep().getValueCoding().getCode()).isEqualTo("female");
        // the contract's own code is no administrative gender
        female.getItemFirstRep().getItemFirstRep().getAnswerFirstRep().getValueCoding().setCode("FEMALE");
        assertThatThrownBy(() -> QuestionnaireResponses.toAnswers(female)).isInstanceOfSatisfying(InvalidAssessmentException.class,
                e -> assertThat(e.problems()).extracting(Problem::message)
                        .containsExactly("runner.sex: must be one of female, male, other, was \"FEMALE\""));
    }

    @Test
    void anSdcPopulatePrefillsTheAgeAndTheSexFromThePatient() {
        Questionnaire q = Questionnaires.questionnaire();
        Extension launch = q.getExtensionByUrl(Questionnaires.LAUNCH_CONTEXT);
        assertThat(((Coding) launch.getExtensionByUrl("name").getValue()).getCode()).isEqualTo("patient");
        String age = ((Expression) item("runner.age").getExtensionByUrl(Questionnaires.INITIAL_EXPRESSION).getValue()).getExpression();
        String sex = ((Expression) item("runner.sex").getExtensionByUrl(Questionnaires.INITIAL_EXPRESSION).getValue()).getExpression();

        // the expressions, run by HAPI's FHIRPath engine with %patient as an SDC $populate would set it
        LocalDate today = LocalDate.now();
        Patient patient = new Patient().setGender(AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new DateType(today.minusYears(34).plusDays(1).toString()));
        assertThat(evaluate(age, patient)).as("the day before the 34th birthday").containsExactly("33");
        patient.setBirthDateElement(new DateType(today.minusYears(34).toString()));
        assertThat(evaluate(age, patient)).as("on the 34th birthday").containsExactly("34");
        assertThat(evaluate(sex, patient)).containsExactly("female");
        // an unknown gender is no answer of the question, and no birth date gives no age
        Patient unknown = new Patient().setGender(AdministrativeGender.UNKNOWN);
        assertThat(evaluate(sex, unknown)).isEmpty();
        assertThat(evaluate(age, unknown)).isEmpty();
    }

    /**
     * The expression's result on the patient, run by HAPI's FHIRPath engine. HAPI's R4 engine does not hand
     * {@code %patient} to an evaluation context (8.4), so the patient is the resource evaluated and
     * {@code %patient} is read as {@code %resource}: the same Patient an SDC $populate would bind.
     */
    private static List<String> evaluate(String expression, Patient patient) {
        assertThat(expression).startsWith("%patient.");
        IFhirPath fhirPath = FhirR4.context().newFhirPath();
        return fhirPath.evaluate(patient, expression.replace("%patient", "%resource"), IBase.class).stream()
                .map(v -> ((org.hl7.fhir.r4.model.PrimitiveType<?>) v).getValueAsString()).toList();
    }

    @Test
    void everyInputOfVersionTwoARunnerCanAnswerIsAnItemWithItsContractPath() {
        List<String> linkIds = new ArrayList<>();
        Questionnaires.questionnaire().getItem().forEach(g -> questionItems(g).forEach(i -> linkIds.add(i.getLinkId())));
        assertThat(linkIds).contains("general.legNumbnessOrWeaknessSide", "general.longTermSteroids", "general.immunosuppressed",
                "general.inflammatoryArthritis", "general.anticoagulants", "general.stomachOrKidneyProblems",
                "general.calfOrThighSwelling", "general.recentSurgeryOrLongTravel", "general.abdominalOrPelvicSymptoms",
                "general.groinLump", "function.legShortenedOrTurnedOut");
        assertThat(codes(valueSet(item("pain.locations")))).contains("BELOW_KNEE", "LOWER_ABDOMEN");
        assertThat(codes(valueSet(item("runner.menstrualStatus")))).contains("NOT_STARTED", "POSTMENOPAUSAL");
        // the side only after a yes to numbness, the leg's look only after a fall
        assertThat(item("general.legNumbnessOrWeaknessSide").getEnableWhen()).singleElement().satisfies(w -> {
            assertThat(w.getQuestion()).isEqualTo("general.legNumbnessOrWeakness");
            assertThat(w.getAnswerBooleanType().booleanValue()).isTrue();
        });
        assertThat(item("function.legShortenedOrTurnedOut").getEnableWhen()).singleElement().satisfies(w ->
                assertThat(w.getAnswerCoding().getCode()).isEqualTo("FALL"));
    }

    @Test
    void pregnancyIsAskedOfWomenAndOthersFromTwelveOrOnceTheirPeriodsHaveStarted() {
        // the outer group: not male (the sex must be answered, so != is safe)
        QuestionnaireItemComponent outer = group("runner.pregnancy" + Questionnaires.CONDITION_GROUP_SUFFIX);
        assertThat(outer.getEnableWhen()).extracting(QuestionnaireTest::condition).containsExactly("runner.sex != male");
        // the inner group: periods neither not started nor over, written so an unanswered period question lets it through
        QuestionnaireItemComponent inner = outer.getItemFirstRep();
        assertThat(inner.getEnableBehavior().toCode()).isEqualTo("any");
        assertThat(inner.getEnableWhen()).extracting(QuestionnaireTest::condition).containsExactly(
                "runner.menstrualStatus exists false", "runner.menstrualStatus = REGULAR", "runner.menstrualStatus = IRREGULAR",
                "runner.menstrualStatus = ABSENT", "runner.menstrualStatus = NOT_APPLICABLE");
        // the item: aged 12 or more, or periods that have started
        QuestionnaireItemComponent pregnancy = item("runner.pregnancy");
        assertThat(inner.getItemFirstRep().getLinkId()).isEqualTo(pregnancy.getLinkId());
        assertThat(pregnancy.getEnableBehavior().toCode()).isEqualTo("any");
        assertThat(pregnancy.getEnableWhen()).extracting(QuestionnaireTest::condition).containsExactly(
                "runner.age >= " + Questions.PREGNANCY_FROM_AGE, "runner.menstrualStatus = REGULAR",
                "runner.menstrualStatus = IRREGULAR", "runner.menstrualStatus = ABSENT");
        assertThat(Questions.PREGNANCY_FROM_AGE).isEqualTo(12);
        assertThat(item("pain.severity").getExtension()).extracting(e -> e.getUrl() + "=" + e.getValue().primitiveValue())
                .containsExactly("http://hl7.org/fhir/StructureDefinition/minValue=0", "http://hl7.org/fhir/StructureDefinition/maxValue=10");
    }

    @Test
    void noConditionUsesNotEqualOnAQuestionThatMayBeLeftUnanswered() {
        List<QuestionnaireItemEnableWhenComponent> conditions = new ArrayList<>();
        collectConditions(Questionnaires.questionnaire().getItem(), conditions);
        assertThat(conditions).filteredOn(c -> c.getOperator().toCode().equals("!="))
                .allSatisfy(c -> assertThat(Questions.byPath(c.getQuestion()).required()).as(c.getQuestion()).isTrue());
        // can bear weight unanswered: the interview asks about pain-free walking, and so does the questionnaire
        assertThat(item("function.painFreeWalking").getEnableWhen()).extracting(QuestionnaireTest::condition)
                .containsExactly("function.canBearWeight exists false", "function.canBearWeight = true");
    }

    private static void collectConditions(List<QuestionnaireItemComponent> items, List<QuestionnaireItemEnableWhenComponent> out) {
        for (QuestionnaireItemComponent item : items) {
            out.addAll(item.getEnableWhen());
            collectConditions(item.getItem(), out);
        }
    }

    @Test
    void aResponseLeavingPregnancyUnansweredGivesACaseWithPregnancyAbsent() throws Exception {
        // given the sample response of a 48-year-old woman, who was not asked or did not answer about pregnancy
        String response = Files.readString(SAMPLE_RESPONSE);
        assertThat(response).doesNotContain("runner.pregnancy");

        // then the case has no pregnancy (unknown, kept in mind), never NOT_PREGNANT
        JsonNode contractCase = QuestionnaireResponses.toAnswers(QuestionnaireResponses.parse(response)).toContractJson();
        assertThat(contractCase.get("runner").has("pregnancy")).isFalse();
        Assessment a = QuestionnaireResponses.toAssessment(response);
        assertThat(a.runner().pregnancy()).isNull();
        assertThat(a.runner().couldBePregnant()).isTrue();

        // and an item present but with no answer is unknown too
        QuestionnaireResponse withEmptyItem = QuestionnaireResponses.parse(response);
        withEmptyItem.getItemFirstRep().addItem().setLinkId("runner.pregnancy.when").addItem().setLinkId("runner.pregnancy");
        assertThat(QuestionnaireResponses.toAssessment(withEmptyItem).runner().pregnancy()).isNull();
    }

    @Test
    void everySampleCaseGoesToAResponseAndBackToTheSameAssessment() throws Exception {
        List<Path> cases;
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            cases = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : cases) {
            Assessment original = AssessmentJson.parse(Files.readAllBytes(file));
            // through the JSON text, as another system would get it
            Assessment back = QuestionnaireResponses.toAssessment(FhirR4.compact(QuestionnaireResponses.questionnaireResponse(original)));
            // the runner's questionnaire has no examination: a clinician's findings are the one thing left out
            Assessment withoutExam = original.toBuilder().exam(Exam.NONE).build();
            assertThat(back).as(file.toString()).isEqualTo(withoutExam);
        }
    }

    @Test
    void everyQuestionGoesToAResponseItemAndBack() {
        // given an answer to every question, the first choice of each, inputs of version 2 included
        Answers all = new Answers();
        for (Question q : Questions.all()) {
            all.put(q.path(), switch (q.kind()) {
                case WHOLE_NUMBER -> q.min().intValue();
                case NUMBER -> q.max();
                case YES_NO -> true;
                case ONE_OF -> q.choices().get(0).code();
                case ANY_OF -> List.of(q.choices().get(0).code(), q.choices().get(q.choices().size() - 1).code());
            });
        }
        assertThat(QuestionnaireResponses.toAnswers(response(all)).asMap()).isEqualTo(all.asMap());
        // and the JSON tree form the service reads
        assertThat(QuestionnaireResponses.toAnswers(QuestionnaireResponses.response(all)).asMap()).isEqualTo(all.asMap());
        // and "none of these" goes as the code NONE and comes back as an empty list
        Answers none = new Answers().put("pain.radiatesTo", List.of());
        assertThat(FhirR4.compact(response(none))).contains("\"system\":\"" + Terminology.ANSWER + "\",\"code\":\"NONE\"");
        assertThat(QuestionnaireResponses.toAnswers(response(none)).get("pain.radiatesTo")).isEqualTo(List.of());
    }

    @Test
    void theSampleResponseMapsToTheSameAssessmentAsTheSampleCase() throws Exception {
        assertThat(QuestionnaireResponses.toAssessment(Files.readString(SAMPLE_RESPONSE)))
                .isEqualTo(AssessmentJson.parse(Files.readAllBytes(SAMPLE_CASE)));
        // and as a JSON tree, as the HTTP service hands it over
        assertThat(QuestionnaireResponses.toAssessment(JSON.readTree(SAMPLE_RESPONSE.toFile())))
                .isEqualTo(AssessmentJson.parse(Files.readAllBytes(SAMPLE_CASE)));
    }

    @Test
    void aResponseToTheQuestionnaireOfVersionTwoPointZeroIsStillRead() throws Exception {
        // urn: canonical URL, codes in urn:hiptriage:code:<list>, the sex as the contract's code
        try (var legacy = getClass().getResourceAsStream("questionnaire-2.0-response.json")) {
            assertThat(QuestionnaireResponses.toAssessment(new String(legacy.readAllBytes(), StandardCharsets.UTF_8)))
                    .isEqualTo(AssessmentJson.parse(Files.readAllBytes(SAMPLE_CASE)));
        }
    }

    @Test
    void theCommandTurnsAResponseIntoAContractCaseAndACaseIntoAResponse() throws Exception {
        Run toCase = new Run("questionnaire", "--to-case", SAMPLE_RESPONSE.toString());
        assertThat(toCase.code).isZero();
        assertThat(AssessmentJson.parse(toCase.out)).isEqualTo(AssessmentJson.parse(Files.readAllBytes(SAMPLE_CASE)));
        Run fromCase = new Run("questionnaire", "--from-case", SAMPLE_CASE.toString());
        assertThat(fromCase.code).isZero();
        assertThat(QuestionnaireResponses.toAssessment(fromCase.out)).isEqualTo(AssessmentJson.parse(Files.readAllBytes(SAMPLE_CASE)));
    }

    @Test
    void anUnansweredItemIsUnknownAndNoneOfTheseIsAnEmptyList() throws Exception {
        var answers = QuestionnaireResponses.toAnswers(QuestionnaireResponses.parse(Files.readString(SAMPLE_RESPONSE)));
        assertThat(answers.get("pain.radiatesTo")).isEqualTo(List.of());
        assertThat(answers.get("history.priorHipInjury")).isNull();
    }

    @Test
    void aBadResponseIsRefusedWithEveryProblemByLinkId() throws Exception {
        QuestionnaireResponse response = QuestionnaireResponses.parse(Files.readString(SAMPLE_RESPONSE));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        List<QuestionnaireResponseItemComponent> pain = response.getItem().get(1).getItem();
        assertThat(pain.get(0).getLinkId()).isEqualTo("pain.side");
        pain.get(0).getAnswerFirstRep().getValueCoding().setCode("MIDDLE");
        assertThat(pain.get(3).getLinkId()).isEqualTo("pain.severity");
        pain.get(3).getAnswerFirstRep().setValue(new StringType("very bad"));
        response.getItem().get(1).addItem().setLinkId("pain.colour");
        assertThatThrownBy(() -> QuestionnaireResponses.toAssessment(response))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("status", "pain.side", "pain.severity", "pain.colour"));
    }

    @Test
    void aResponseBreakingTheContractIsRefusedLikeAContractFile() throws Exception {
        String response = Files.readString(SAMPLE_RESPONSE).replace("\"valueInteger\": 5", "\"valueInteger\": 14");
        assertThat(response).contains("\"valueInteger\": 14");
        assertThatThrownBy(() -> QuestionnaireResponses.toAssessment(response))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).containsExactly("pain.severity: must be 0 to 10 (worst pain in the last week), was 14"));
    }

    @Test
    void numbersNoDoubleCanHoldAreRefusedWithTheirPathNeverWithACrash() throws Exception {
        String sample = Files.readString(SAMPLE_RESPONSE);
        assertThat(sample).contains("\"valueDecimal\": 165");
        for (String height : List.of("1e309", "-1e309", "\"Infinity\"", "\"NaN\"", "1" + "0".repeat(50), "1e-400")) {
            String response = sample.replace("\"valueDecimal\": 165", "\"valueDecimal\": " + height);
            assertThatThrownBy(() -> QuestionnaireResponses.toAssessment(response)).as(height)
                    .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                            .extracting(Problem::path).containsExactly("runner.heightCm"));
            // and through the JSON tree the HTTP service reads
            JsonNode tree = new ObjectMapper().readTree(response);
            assertThatThrownBy(() -> QuestionnaireResponses.toAssessment(tree)).as(height + " as a tree")
                    .isInstanceOf(InvalidAssessmentException.class);
        }
        assertThat(sample).contains("\"valueInteger\": 48");
        String age = sample.replace("\"valueInteger\": 48", "\"valueInteger\": 99999999999");
        assertThatThrownBy(() -> QuestionnaireResponses.toAssessment(age))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("runner.age"));
    }

    @Test
    void theCommandRefusesAResponseWithAnImpossibleNumberWithExitTwo() throws Exception {
        Path file = Files.createTempFile("response", ".json");
        try {
            Files.writeString(file, Files.readString(SAMPLE_RESPONSE).replace("\"valueDecimal\": 165", "\"valueDecimal\": 1e309"));
            Run run = new Run("questionnaire", "--to-case", file.toString());
            assertThat(run.code).isEqualTo(2);
            assertThat(run.out).isEmpty();
            assertThat(JSON.readTree(run.err).at("/errors/0/path").asText()).isEqualTo("runner.heightCm");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void somethingOtherThanAQuestionnaireResponseIsRefused() {
        assertThatThrownBy(() -> QuestionnaireResponses.toAssessment("{\"resourceType\": \"Patient\"}"))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("resourceType"));
        assertThatThrownBy(() -> QuestionnaireResponses.toAssessment("not json"))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("$"));
        ObjectNode noType = JSON.createObjectNode().put("status", "completed");
        assertThatThrownBy(() -> QuestionnaireResponses.toAssessment(noType))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("resourceType"));
    }

    private static QuestionnaireResponse response(Answers answers) {
        return QuestionnaireResponses.questionnaireResponse(answers);
    }

    private static String condition(QuestionnaireItemEnableWhenComponent w) {
        String answer = w.getAnswer() instanceof Coding c ? c.getCode() : w.getAnswer().primitiveValue();
        return w.getQuestion() + " " + w.getOperator().toCode() + " " + answer;
    }

    private static ValueSet valueSet(QuestionnaireItemComponent item) {
        return Terminology.valueSets().stream().filter(vs -> vs.getUrl().equals(item.getAnswerValueSet())).findFirst()
                .orElseThrow(() -> new AssertionError("no value set " + item.getAnswerValueSet()));
    }

    private static List<String> codes(ValueSet vs) {
        return vs.getCompose().getInclude().stream().flatMap(i -> i.getConcept().stream()).map(c -> c.getCode()).toList();
    }

    private static QuestionnaireItemComponent item(String linkId) {
        for (QuestionnaireItemComponent group : Questionnaires.questionnaire().getItem()) {
            for (QuestionnaireItemComponent item : questionItems(group)) {
                if (item.getLinkId().equals(linkId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no item " + linkId);
    }

    private static QuestionnaireItemComponent group(String linkId) {
        for (QuestionnaireItemComponent group : Questionnaires.questionnaire().getItem()) {
            for (QuestionnaireItemComponent item : group.getItem()) {
                if (item.getLinkId().equals(linkId)) {
                    return item;
                }
            }
        }
        throw new AssertionError("no group " + linkId);
    }
}
