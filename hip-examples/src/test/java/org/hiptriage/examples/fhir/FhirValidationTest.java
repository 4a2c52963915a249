package org.hiptriage.examples.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.interview.Answers;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Exam;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.TriageReport;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Proof by HAPI's official validator ({@link FhirInstanceValidator}, with the questionnaire, its code systems and
 * value sets loaded): the Questionnaire, its terminology, the sample response, a response made from every sample
 * case, responses that leave the pregnancy unanswered, and the FHIR report of every sample case and of the
 * vignettes that between them reach every part a report can have, have no ERROR. One validator for the class (its first use loads FHIR's definitions; it is thread-safe, and
 * the reports are validated on every core).
 */
class FhirValidationTest {

    private static final FhirContext CTX = FhirR4.context();
    private static final FhirValidator VALIDATOR = validator();
    private static final TriageEngine ENGINE = TriageEngine.create();

    /** The code that names the SDC launch context "patient": the SDC guide is not loaded, so the part of it used is. */
    private static CodeSystem sdcLaunchContextFragment() {
        CodeSystem cs = new CodeSystem();
        cs.setUrl("http://hl7.org/fhir/uv/sdc/CodeSystem/launchContext");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setContent(CodeSystem.CodeSystemContentMode.FRAGMENT);
        cs.addConcept().setCode("patient").setDisplay("Patient");
        return cs;
    }

    /** Gives the validator our questionnaire (PrePopulatedValidationSupport serves conformance resources only). */
    private record QuestionnaireSupport(FhirContext ctx, Questionnaire questionnaire) implements IValidationSupport {
        @Override
        public FhirContext getFhirContext() {
            return ctx;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
            boolean ours = url != null && (url.equals(Questionnaires.URL) || url.equals(Questionnaires.URL + "|" + Questionnaires.VERSION));
            return ours && (type == null || type.isInstance(questionnaire)) ? (T) questionnaire : null;
        }
    }

    /** A FHIR definition as shipped in the jar (the files of hip-examples/fhir/, kept current by QuestionnaireTest). */
    private static IBaseResource shipped(String name) {
        try (var in = FhirValidationTest.class.getResourceAsStream("/org/hiptriage/examples/fhir/" + name)) {
            assertThat(in).as(name + " in the jar").isNotNull();
            return CTX.newJsonParser().parseResource(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static FhirValidator validator() {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(CTX);
        ((org.hl7.fhir.r4.model.Bundle) shipped("hip-triage-terminology.json")).getEntry().forEach(e -> ours.addResource(e.getResource()));
        ours.addCodeSystem(sdcLaunchContextFragment());
        // FHIR's own definitions: the shared context's support (a chain holding HAPI's DefaultProfileValidationSupport),
        // so the definitions are loaded once for every test class of the run that needs them
        IValidationSupport fhirDefinitions = CTX.getValidationSupport();
        ValidationSupportChain chain = new ValidationSupportChain(fhirDefinitions,
                new InMemoryTerminologyServerValidationSupport(CTX), new CommonCodeSystemsTerminologyService(CTX), ours,
                new QuestionnaireSupport(CTX, (Questionnaire) shipped("hip-triage-questionnaire.json")));
        FhirValidator validator = CTX.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        return validator;
    }

    @AfterAll
    static void closeEngine() {
        ENGINE.close();
    }

    /** The ERROR (and FATAL) messages of the validator about the resource. */
    private static List<String> errors(IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidationTest::describe).toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

    private static List<Path> jsonFiles(Path folder, String notEnding) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(notEnding)).sorted().toList();
        }
    }

    private static List<Path> sampleCases() throws IOException {
        return jsonFiles(Path.of("cases"), ".expected.json");
    }

    @Test
    void theQuestionnaireAndItsTerminologyHaveNoError() {
        assertThat(errors(Questionnaires.questionnaire())).as("the Questionnaire").isEmpty();
        assertThat(errors(Terminology.bundle())).as("the code systems and value sets").isEmpty();
    }

    @Test
    void theCommittedSampleResponseHasNoError() throws IOException {
        IBaseResource sample = CTX.newJsonParser().parseResource(Files.readString(Path.of("fhir/sample-questionnaire-response.json")));
        assertThat(errors(sample)).isEmpty();
    }

    @Test
    void theResponseOfEverySampleCaseHasNoErrorAndGivesBackTheSameReport() throws IOException {
        List<Path> cases = sampleCases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (Path file : cases) {
            Assessment original = AssessmentJson.parse(Files.readAllBytes(file));
            QuestionnaireResponse response = QuestionnaireResponses.questionnaireResponse(original);
            List<String> errors = new ArrayList<>(errors(response));
            // through the JSON text, as another system would get it
            Assessment back = QuestionnaireResponses.toAssessment(FhirR4.compact(response));
            // the runner's questionnaire has no examination: a clinician's findings are the one thing left out
            Assessment withoutExam = original.toBuilder().exam(Exam.NONE).build();
            if (!ReportJson.write(ENGINE.assess(back)).equals(ReportJson.write(ENGINE.assess(withoutExam)))) {
                errors.add("the case read back from the response gives another report");
            }
            if (!errors.isEmpty()) {
                failures.put(file.toString(), errors);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aResponseLeavingThePregnancyUnansweredHasNoError() {
        // a woman of 30 who left the periods and the pregnancy unanswered
        Answers unanswered = new Answers().put("runner.age", 30).put("runner.sex", "FEMALE")
                .put("pain.locations", List.of("GROIN")).put("pain.severity", 4).put("pain.onset", "GRADUAL")
                .put("pain.durationDays", 10);
        assertThat(errors(QuestionnaireResponses.questionnaireResponse(unanswered))).isEmpty();
        // and one who left the periods unanswered but answered the pregnancy (the enableWhen fault of version 2.0:
        // R4's != on the unanswered periods disabled the pregnancy question)
        Answers pregnant = new Answers().put("runner.age", 30).put("runner.sex", "FEMALE").put("runner.pregnancy", "PREGNANT")
                .put("runner.weeksPregnantOrPostpartum", 20).put("pain.locations", List.of("GROIN")).put("pain.severity", 4)
                .put("pain.onset", "GRADUAL").put("pain.durationDays", 10);
        assertThat(errors(QuestionnaireResponses.questionnaireResponse(pregnant))).isEmpty();
    }

    @Test
    void theValidatorDoesCheckTheConditions() {
        // a man answering the pregnancy question: the question is not enabled for him
        Answers man = new Answers().put("runner.age", 30).put("runner.sex", "MALE").put("runner.pregnancy", "NOT_PREGNANT")
                .put("pain.locations", List.of("GROIN")).put("pain.severity", 4).put("pain.onset", "GRADUAL")
                .put("pain.durationDays", 10);
        assertThat(errors(QuestionnaireResponses.questionnaireResponse(man))).anyMatch(e -> e.contains("not enabled"));
    }

    /**
     * The FHIR report of every sample case, and of as many vignettes as it takes to reach every part a FHIR report can
     * have: every disposition, every flag at every level it is raised at, every condition at every likelihood, every
     * care step in every phase, every thing to avoid, every open question, every source, and every section empty. The
     * vignettes are chosen greedily, the one adding most parts first, in file order on a tie: validating all 160 took
     * some 30 s of one core's time, and the rest added no part of a report not already validated.
     */
    @Test
    void theFhirReportOfEverySampleCaseAndOfVignettesReachingEveryPartOfAReportHasNoError() throws IOException {
        List<Path> vignettes = jsonFiles(Path.of("../hip-rules/src/test/vignettes"), ".expected.json");
        assertThat(vignettes).hasSizeGreaterThanOrEqualTo(100);
        Map<Path, Assessed> all = new LinkedHashMap<>();
        for (Path file : sampleCases()) {
            all.put(file, Assessed.of(file));
        }
        Set<String> covered = new java.util.HashSet<>();
        all.values().forEach(a -> covered.addAll(a.parts()));
        List<Assessed> candidates = new ArrayList<>(vignettes.stream().map(Assessed::of).toList());
        Set<String> everyPart = new java.util.TreeSet<>(covered);
        candidates.forEach(a -> everyPart.addAll(a.parts()));
        while (true) {
            Assessed best = null;
            long bestGain = 0;
            for (Assessed candidate : candidates) {
                long gain = candidate.parts().stream().filter(part -> !covered.contains(part)).count();
                if (gain > bestGain) {
                    best = candidate;
                    bestGain = gain;
                }
            }
            if (best == null) {
                break;
            }
            all.put(best.file(), best);
            covered.addAll(best.parts());
            candidates.remove(best);
        }
        assertThat(covered).as("parts of a report validated").isEqualTo(everyPart);

        Set<FlagCode> flags = java.util.Collections.synchronizedSet(EnumSet.noneOf(FlagCode.class));
        Set<Level> dispositions = java.util.Collections.synchronizedSet(EnumSet.noneOf(Level.class));
        Map<String, List<String>> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
        all.values().parallelStream().forEach(assessed -> {
            TriageReport report = assessed.report();
            dispositions.add(report.disposition().level());
            report.flags().forEach(flag -> flags.add(flag.code()));
            List<String> errors = errors(FhirReport.bundle(report, assessed.assessment()));
            if (!errors.isEmpty()) {
                failures.put(assessed.file().toString(), errors);
            }
        });
        assertThat(failures).isEmpty();
        assertThat(dispositions).as("dispositions validated").containsExactlyInAnyOrder(Level.values());
        assertThat(flags).as("flags validated").containsExactlyInAnyOrder(FlagCode.values());
    }

    /** A case file, its case, its report, and the parts of the report that shape its FHIR form. */
    private record Assessed(Path file, Assessment assessment, TriageReport report, Set<String> parts) {
        static Assessed of(Path file) {
            Assessment assessment = AssessmentJson.parse(read(file));
            TriageReport report = ENGINE.assess(assessment);
            Set<String> parts = new java.util.TreeSet<>();
            parts.add("disposition " + report.disposition().level());
            report.flags().forEach(f -> {
                parts.add("flag " + f.code() + " " + f.level());
                f.sources().forEach(source -> parts.add("source " + source));
            });
            report.conditions().forEach(c -> {
                parts.add("condition " + c.code() + " " + c.likelihood());
                c.sources().forEach(source -> parts.add("source " + source));
            });
            report.careSteps().forEach(c -> {
                parts.add("care " + c.code() + " " + c.phase());
                c.sources().forEach(source -> parts.add("source " + source));
            });
            report.avoid().forEach(a -> {
                parts.add("avoid " + a.code());
                a.sources().forEach(source -> parts.add("source " + source));
            });
            report.openQuestions().forEach(q -> parts.add("question " + q.path() + " " + q.couldRaiseTo()));
            for (var section : Map.of("flags", report.flags(), "conditions", report.conditions(), "care steps",
                    report.careSteps(), "avoid", report.avoid(), "open questions", report.openQuestions()).entrySet()) {
                if (section.getValue().isEmpty()) {
                    parts.add("no " + section.getKey());
                }
            }
            return new Assessed(file, assessment, report, parts);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
