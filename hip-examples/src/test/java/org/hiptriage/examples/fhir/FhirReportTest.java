package org.hiptriage.examples.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.examples.cli.HipTriageCli;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.TriageReport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The triage report as a FHIR Bundle: what an EHR reads from it, and {@code --format fhir}. */
class FhirReportTest {

    private static final TriageEngine ENGINE = TriageEngine.create();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    private record Assessed(Assessment assessment, TriageReport report, Bundle bundle) {
        <T extends Resource> List<T> all(Class<T> type) {
            return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
        }

        <T extends Resource> T one(Class<T> type) {
            List<T> all = all(type);
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static Assessed assess(String sampleCase) throws Exception {
        Assessment assessment = AssessmentJson.parse(Files.readAllBytes(Path.of("cases", sampleCase)));
        TriageReport report = ENGINE.assess(assessment);
        // through the JSON, as a receiver reads it
        Bundle bundle = (Bundle) FhirR4.parser().parseResource(FhirReport.json(report, assessment));
        return new Assessed(assessment, report, bundle);
    }

    @Test
    void feverWithHipPainIsAnEmergencyFlagOfHighSeverityAndTheGuidanceSaysEmergency() throws Exception {
        Assessed fever = assess("fever-with-hip-pain.json");
        assertThat(fever.bundle().getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        GuidanceResponse guidance = fever.one(GuidanceResponse.class);
        assertThat(fever.bundle().getEntryFirstRep().getResource()).isInstanceOf(GuidanceResponse.class);
        assertThat(guidance.getReasonCodeFirstRep().getCodingFirstRep().getSystem()).isEqualTo("https://hiptriage.org/fhir/CodeSystem/hip-triage-level");
        assertThat(guidance.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("EMERGENCY");
        assertThat(guidance.getReasonCodeFirstRep().getText()).isEqualTo(fever.report().disposition().advice());
        assertThat(guidance.getNote()).extracting(n -> n.getText())
                .contains("Because: " + fever.report().disposition().because().get(0));
        DetectedIssue issue = fever.all(DetectedIssue.class).stream()
                .filter(i -> i.getCode().getCodingFirstRep().getCode().equals("FEVER_WITH_HIP_PAIN")).findFirst().orElseThrow();
        assertThat(issue.getSeverity()).isEqualTo(DetectedIssue.DetectedIssueSeverity.HIGH);
        assertThat(issue.getCode().getCodingFirstRep().getSystem()).isEqualTo(Terminology.FLAG);
        assertThat(issue.getDetail()).isEqualTo(fever.report().flag(org.hiptriage.model.report.FlagCode.FEVER_WITH_HIP_PAIN).orElseThrow().message());
        // and the flags' exact levels are in the output parameters
        Parameters parameters = fever.one(Parameters.class);
        assertThat(parameters.getParameter()).filteredOn(p -> p.getName().equals("flag")).hasSize(fever.report().flags().size());
        assertThat(guidance.getOutputParameters().getReference()).isEqualTo(fever.bundle().getEntry().stream()
                .filter(e -> e.getResource() instanceof Parameters).findFirst().orElseThrow().getFullUrl());
    }

    @Test
    void aFlagBelowUrgentIsOfModerateSeverity() throws Exception {
        Assessed gtps = assess("lateral-hip-pain-gtps.json");
        for (DetectedIssue issue : gtps.all(DetectedIssue.class)) {
            String code = issue.getCode().getCodingFirstRep().getCode();
            var flag = gtps.report().flags().stream().filter(f -> f.code().name().equals(code)).findFirst().orElseThrow();
            assertThat(issue.getSeverity()).as(code).isEqualTo(flag.level().atLeastAsUrgentAs(org.hiptriage.model.report.Level.URGENT)
                    ? DetectedIssue.DetectedIssueSeverity.HIGH : DetectedIssue.DetectedIssueSeverity.MODERATE);
        }
        assertThat(gtps.all(DetectedIssue.class)).hasSize(gtps.report().flags().size());
    }

    @Test
    void theCandidateConditionsAreRankedPredictionsWithTheirLikelihoodAndEvidence() throws Exception {
        Assessed gtps = assess("lateral-hip-pain-gtps.json");
        RiskAssessment risk = gtps.one(RiskAssessment.class);
        List<RiskAssessmentPredictionComponent> predictions = risk.getPrediction();
        assertThat(predictions).extracting(p -> p.getOutcome().getCodingFirstRep().getCode())
                .containsExactlyElementsOf(gtps.report().conditions().stream().map(c -> c.code().name()).toList());
        assertThat(predictions.get(0).getOutcome().getCodingFirstRep().getSystem()).isEqualTo(Terminology.CONDITION);
        assertThat(predictions.get(0).getQualitativeRisk().getCodingFirstRep().getCode())
                .isEqualTo(gtps.report().conditions().get(0).likelihood().name());
        assertThat(predictions.get(0).getRationale()).contains(gtps.report().conditions().get(0).because().get(0));
    }

    @Test
    void hipOsteoarthritisCarriesItsSnomedCtConcept() throws Exception {
        Assessed older = assess("older-runner-morning-stiffness.json");
        assertThat(older.report().condition(org.hiptriage.model.report.ConditionCode.HIP_OSTEOARTHRITIS)).isPresent();
        RiskAssessmentPredictionComponent oa = older.one(RiskAssessment.class).getPrediction().stream()
                .filter(p -> p.getOutcome().getCodingFirstRep().getCode().equals("HIP_OSTEOARTHRITIS")).findFirst().orElseThrow();
        assertThat(oa.getOutcome().getCoding()).extracting(c -> c.getSystem() + "|" + c.getCode())
                .contains("http://snomed.info/sct|239872002");
    }

    @Test
    void theCareStepsArePlansByPhaseWithDosesAndTheThingsToAvoidAreNotToBeDone() throws Exception {
        Assessed gtps = assess("lateral-hip-pain-gtps.json");
        assertThat(gtps.report().avoid()).isNotEmpty();
        List<CarePlan> plans = gtps.all(CarePlan.class);
        CarePlan plan = plans.stream().filter(p -> !p.hasPartOf()).findFirst().orElseThrow();
        assertThat(plan.getActivity()).extracting(a -> a.getDetail().getCode().getCodingFirstRep().getCode())
                .containsExactlyElementsOf(gtps.report().avoid().stream().map(a -> a.code().name()).toList());
        assertThat(plan.getActivity()).allSatisfy(a -> assertThat(a.getDetail().getDoNotPerform()).isTrue());
        // the guidance's result is this plan
        String planUrl = gtps.bundle().getEntry().stream().filter(e -> e.getResource() == plan).findFirst().orElseThrow().getFullUrl();
        assertThat(gtps.one(GuidanceResponse.class).getResult().getReference()).isEqualTo(planUrl);
        // one plan per phase, in phase order, each part of the plan
        List<CarePlan> phases = plans.stream().filter(CarePlan::hasPartOf).toList();
        assertThat(phases).extracting(p -> p.getCategoryFirstRep().getCodingFirstRep().getCode())
                .containsExactlyElementsOf(gtps.report().careSteps().stream().map(s -> s.phase().name()).distinct().toList());
        assertThat(phases).allSatisfy(p -> assertThat(p.getPartOfFirstRep().getReference()).isEqualTo(planUrl));
        List<CarePlanActivityDetailComponent> steps = phases.stream().flatMap(p -> p.getActivity().stream()).map(a -> a.getDetail()).toList();
        assertThat(steps).extracting(d -> d.getCode().getCodingFirstRep().getCode())
                .containsExactlyElementsOf(gtps.report().careSteps().stream().map(s -> s.code().name()).toList());
        CareStep first = gtps.report().careSteps().get(0);
        assertThat(steps.get(0).getDescription()).isEqualTo(first.instructions());
        assertThat(steps.get(0).getScheduledStringType().getValue()).isEqualTo(first.dose());
        assertThat(steps).noneMatch(CarePlanActivityDetailComponent::getDoNotPerform);
    }

    @Test
    void openQuestionsAreDataRequirementsAndTheGuidanceAsksForData() throws Exception {
        Assessed any = null;
        for (String sample : List.of("pregnant-runner-pubic-pain.json", "nothing-fits.json", "hip-flexor-tendinopathy.json",
                "buttock-pain-from-the-back.json", "sit-bone-pain-hamstring.json", "sudden-hip-flexor-strain-sprint.json")) {
            Assessed assessed = assess(sample);
            if (!assessed.report().openQuestions().isEmpty()) {
                any = assessed;
                break;
            }
        }
        assertThat(any).as("a sample case with open questions").isNotNull();
        GuidanceResponse guidance = any.one(GuidanceResponse.class);
        assertThat(guidance.getStatus()).isEqualTo(GuidanceResponse.GuidanceResponseStatus.DATAREQUESTED);
        assertThat(guidance.getDataRequirement()).extracting(d -> d.getMustSupport().get(0).getValue())
                .containsExactlyElementsOf(any.report().openQuestions().stream()
                        .map(q -> "item.where(linkId='" + q.path() + "').answer").toList());
        assertThat(any.one(Parameters.class).getParameter()).filteredOn(p -> p.getName().equals("openQuestion"))
                .hasSize(any.report().openQuestions().size());
        // and a report without open questions is a success
        Assessed fever = assess("fever-with-hip-pain.json");
        assertThat(fever.report().openQuestions()).isEmpty();
        assertThat(fever.one(GuidanceResponse.class).getStatus()).isEqualTo(GuidanceResponse.GuidanceResponseStatus.SUCCESS);
    }

    @Test
    void theSameReportGivesTheSameBundleAndAPatientCanBeNamed() throws Exception {
        Assessed gtps = assess("lateral-hip-pain-gtps.json");
        assertThat(FhirReport.json(gtps.report(), gtps.assessment())).isEqualTo(FhirReport.json(gtps.report(), gtps.assessment()));
        assertThat(gtps.one(RiskAssessment.class).getSubject().getDisplay()).isEqualTo("the runner assessed: 48 years, female");
        Bundle named = FhirReport.bundle(gtps.report(), gtps.assessment(), "Patient/123");
        assertThat(named.getEntry()).extracting(e -> e.getResource()).filteredOn(RiskAssessment.class::isInstance)
                .singleElement().satisfies(r -> assertThat(((RiskAssessment) r).getSubject().getReference()).isEqualTo("Patient/123"));
    }

    @Test
    void formatFhirPrintsOneBundleALinePerFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = HipTriageCli.run(new String[] {"--format", "fhir", "cases/fever-with-hip-pain.json", "cases/lateral-hip-pain-gtps.json"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            Bundle bundle = (Bundle) FhirR4.parser().parseResource(line);
            assertThat(bundle.getEntryFirstRep().getResource()).isInstanceOf(GuidanceResponse.class);
        }
    }
}
