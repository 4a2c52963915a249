package org.hiptriage.examples.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Runner;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.report.Phase;
import org.hiptriage.model.report.TriageReport;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DataRequirement;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.DetectedIssue.DetectedIssueSeverity;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.GuidanceResponse.GuidanceResponseStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentStatus;
import org.hl7.fhir.r4.model.StringType;

/**
 * A triage report as FHIR R4: a {@code Bundle} of type {@code collection}, made with HAPI's model.
 * <ul>
 *   <li>{@code GuidanceResponse}: the disposition as its first {@code reasonCode} (a level of
 *       {@link Terminology#LEVEL}, the advice as text); the disposition's reasons as {@code note}s; each open
 *       question as a {@code dataRequirement} (a QuestionnaireResponse answer to that linkId, named in
 *       {@code mustSupport}), and then {@code status} {@code data-requested} (the guidance stands, more data may
 *       change it), else {@code success}; {@code outputParameters} and {@code result} point to the two below.</li>
 *   <li>{@code Parameters} (the output parameters): the report's fields that FHIR has no element for, as data —
 *       contract and rule-base versions, the disposition, its advice and reasons, each open question (path,
 *       question, why, the level it could raise to), each flag's code and level, the safety net and the
 *       disclaimer.</li>
 *   <li>{@code RiskAssessment}: one {@code prediction} per candidate condition, most likely first: the
 *       {@code outcome} in {@link Terminology#CONDITION} (and SNOMED CT where a concept means the same),
 *       {@code qualitativeRisk} likely or possible ({@link Terminology#LIKELIHOOD}), the {@code rationale} the
 *       evidence for and against, with the score.</li>
 *   <li>{@code DetectedIssue} per flag: {@code code} in {@link Terminology#FLAG}, {@code severity} high for a flag
 *       of level EMERGENCY or URGENT, moderate otherwise, the message as {@code detail}, its reasons as
 *       {@code evidence}.</li>
 *   <li>{@code CarePlan}s: the plan (the result of the guidance) holds the things to avoid as activities with
 *       {@code doNotPerform} true; one plan per phase, {@code partOf} it, in phase order, holds that phase's care
 *       steps (instructions as {@code description}, the dose as {@code scheduledString}, reasons as
 *       {@code reasonCode}).</li>
 * </ul>
 * The subject is the patient given, else a reference that only describes the runner (age and sex). Entry
 * URLs are {@code urn:uuid:}s derived from the report, so one report gives the same Bundle every time.
 */
public final class FhirReport {

    private FhirReport() {
    }

    /** The report as a FHIR Bundle in JSON, on one line: what {@code --format fhir} prints and the HTTP API serves. */
    public static String json(TriageReport report, Assessment assessment) {
        return FhirR4.compact(bundle(report, assessment, null));
    }

    /** The report as a FHIR Bundle whose resources describe the runner rather than point to a Patient. */
    public static Bundle bundle(TriageReport report, Assessment assessment) {
        return bundle(report, assessment, null);
    }

    /**
     * The report as a FHIR Bundle.
     *
     * @param patient a reference to the Patient assessed (e.g. {@code Patient/123}), or {@code null} to describe the
     *     runner in words instead
     */
    public static Bundle bundle(TriageReport report, Assessment assessment, String patient) {
        return new Builder(report, subject(assessment, patient)).build();
    }

    private static Reference subject(Assessment assessment, String patient) {
        Reference subject = new Reference();
        if (patient != null) {
            subject.setReference(patient);
        }
        Runner runner = assessment.runner();
        if (runner != null) {
            subject.setDisplay("the runner assessed: " + runner.age() + " years, " + runner.sex().name().toLowerCase(java.util.Locale.ROOT));
        }
        return subject;
    }

    /** Builds one Bundle. */
    private static final class Builder {
        private final TriageReport report;
        private final Reference subject;
        private final String seed;
        private final Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        private int entries;

        Builder(TriageReport report, Reference subject) {
            this.report = report;
            this.subject = subject;
            this.seed = ReportJson.write(report);
        }

        Bundle build() {
            String guidanceUrl = nextUrl();
            GuidanceResponse guidance = new GuidanceResponse();
            String parametersUrl = add(parameters());
            add(riskAssessment());
            report.flags().forEach(flag -> add(detectedIssue(flag)));
            String planUrl = carePlans();

            guidance.setModule(new org.hl7.fhir.r4.model.UriType(FhirR4.BASE + "/rule-base/" + report.ruleBaseVersion()));
            guidance.setStatus(report.openQuestions().isEmpty() ? GuidanceResponseStatus.SUCCESS : GuidanceResponseStatus.DATAREQUESTED);
            guidance.setSubject(subject.copy());
            guidance.addReasonCode(new CodeableConcept(Terminology.coding(Terminology.LEVEL, report.disposition().level()))
                    .setText(report.disposition().advice()));
            report.disposition().because().forEach(b -> guidance.addNote(new Annotation().setText("Because: " + b)));
            guidance.addNote(new Annotation().setText(report.disclaimer()));
            for (OpenQuestion question : report.openQuestions()) {
                DataRequirement need = guidance.addDataRequirement().setType("QuestionnaireResponse");
                need.addMustSupport("item.where(linkId='" + question.path() + "').answer");
            }
            guidance.setOutputParameters(new Reference(parametersUrl));
            guidance.setResult(new Reference(planUrl));
            // the guidance first: it is what a reader looks for
            bundle.getEntry().add(0, new Bundle.BundleEntryComponent().setFullUrl(guidanceUrl).setResource(guidance));
            return bundle;
        }

        private String nextUrl() {
            return "urn:uuid:" + UUID.nameUUIDFromBytes((seed + "#" + entries++).getBytes(StandardCharsets.UTF_8));
        }

        private String add(Resource resource) {
            String url = nextUrl();
            bundle.addEntry().setFullUrl(url).setResource(resource);
            return url;
        }

        private Parameters parameters() {
            Parameters p = new Parameters();
            p.addParameter().setName("contractVersion").setValue(new IntegerType(report.contractVersion()));
            p.addParameter().setName("ruleBaseVersion").setValue(new StringType(report.ruleBaseVersion()));
            p.addParameter().setName("disposition").setValue(Terminology.coding(Terminology.LEVEL, report.disposition().level()));
            p.addParameter().setName("advice").setValue(new StringType(report.disposition().advice()));
            report.disposition().because().forEach(b -> p.addParameter().setName("because").setValue(new StringType(b)));
            for (Flag flag : report.flags()) {
                ParametersParameterComponent f = p.addParameter().setName("flag");
                f.addPart().setName("code").setValue(Terminology.coding(Terminology.FLAG, flag.code()));
                f.addPart().setName("level").setValue(Terminology.coding(Terminology.LEVEL, flag.level()));
            }
            for (OpenQuestion question : report.openQuestions()) {
                ParametersParameterComponent q = p.addParameter().setName("openQuestion");
                q.addPart().setName("path").setValue(new StringType(question.path()));
                q.addPart().setName("question").setValue(new StringType(question.question()));
                q.addPart().setName("why").setValue(new StringType(question.why()));
                q.addPart().setName("couldRaiseTo").setValue(Terminology.coding(Terminology.LEVEL, question.couldRaiseTo()));
            }
            report.safetyNet().forEach(s -> p.addParameter().setName("safetyNet").setValue(new StringType(s)));
            p.addParameter().setName("disclaimer").setValue(new StringType(report.disclaimer()));
            return p;
        }

        private RiskAssessment riskAssessment() {
            RiskAssessment risk = new RiskAssessment();
            risk.setStatus(RiskAssessmentStatus.FINAL);
            risk.setSubject(subject.copy());
            risk.setCode(new CodeableConcept().setText("Candidate conditions for hip pain in a runner, most likely first"));
            risk.setMethod(new CodeableConcept().setText("hip-triage rule base " + report.ruleBaseVersion()));
            for (Condition condition : report.conditions()) {
                CodeableConcept outcome = new CodeableConcept(Terminology.coding(Terminology.CONDITION, condition.code()));
                Terminology.snomed(condition.code()).forEach(outcome::addCoding);
                outcome.setText(condition.name());
                risk.addPrediction().setOutcome(outcome)
                        .setQualitativeRisk(new CodeableConcept(Terminology.coding(Terminology.LIKELIHOOD, condition.likelihood())))
                        .setRationale(rationale(condition));
            }
            if (report.conditions().isEmpty()) {
                risk.addNote(new Annotation().setText("No condition fits the facts well enough to name one."));
            }
            return risk;
        }

        private static String rationale(Condition condition) {
            StringBuilder text = new StringBuilder("Score ").append(condition.score()).append('.');
            if (!condition.because().isEmpty()) {
                text.append(" For: ").append(String.join("; ", condition.because())).append('.');
            }
            if (!condition.against().isEmpty()) {
                text.append(" Against: ").append(String.join("; ", condition.against())).append('.');
            }
            return text.toString();
        }

        private DetectedIssue detectedIssue(Flag flag) {
            DetectedIssue issue = new DetectedIssue();
            issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
            issue.setCode(new CodeableConcept(Terminology.coding(Terminology.FLAG, flag.code())));
            issue.setSeverity(flag.level().atLeastAsUrgentAs(Level.URGENT) ? DetectedIssueSeverity.HIGH : DetectedIssueSeverity.MODERATE);
            issue.setPatient(subject.copy());
            issue.setDetail(flag.message());
            if (!flag.because().isEmpty()) {
                DetectedIssue.DetectedIssueEvidenceComponent evidence = issue.addEvidence();
                flag.because().forEach(b -> evidence.addCode(new CodeableConcept().setText(b)));
            }
            return issue;
        }

        /** The plan with the things to avoid, then a plan per phase; the plan's URL. */
        private String carePlans() {
            CarePlan plan = carePlan("Care plan", "What to do and what to avoid, for now: " + report.disposition().advice());
            for (Avoid avoid : report.avoid()) {
                CarePlanActivityDetailComponent detail = plan.addActivity().getDetail()
                        .setCode(new CodeableConcept(Terminology.coding(Terminology.AVOID, avoid.code())))
                        .setStatus(CarePlanActivityStatus.NOTSTARTED)
                        .setDoNotPerform(true)
                        .setDescription(avoid.code().meaning() + " Why: " + avoid.reason());
                avoid.because().forEach(b -> detail.addReasonCode(new CodeableConcept().setText(b)));
            }
            String planUrl = add(plan);
            Map<Phase, List<CareStep>> byPhase = new LinkedHashMap<>();
            for (Phase phase : Phase.values()) {
                report.careSteps().stream().filter(s -> s.phase() == phase)
                        .forEach(s -> byPhase.computeIfAbsent(phase, k -> new ArrayList<>()).add(s));
            }
            byPhase.forEach((phase, steps) -> {
                Coding phaseCoding = Terminology.coding(Terminology.PHASE, phase);
                CarePlan part = carePlan(phaseCoding.getDisplay(), "Care steps of the phase " + phaseCoding.getDisplay().toLowerCase(java.util.Locale.ROOT) + ".");
                part.addCategory(new CodeableConcept(phaseCoding));
                part.addPartOf(new Reference(planUrl));
                for (CareStep step : steps) {
                    CarePlanActivityDetailComponent detail = part.addActivity().getDetail()
                            .setCode(new CodeableConcept(Terminology.coding(Terminology.CARE_STEP, step.code())))
                            .setStatus(CarePlanActivityStatus.NOTSTARTED)
                            .setDescription(step.instructions());
                    if (step.dose() != null && !step.dose().isBlank()) {
                        detail.setScheduled(new StringType(step.dose()));
                    }
                    step.because().forEach(b -> detail.addReasonCode(new CodeableConcept().setText(b)));
                }
                add(part);
            });
            return planUrl;
        }

        private CarePlan carePlan(String title, String description) {
            CarePlan plan = new CarePlan();
            plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
            plan.setIntent(CarePlan.CarePlanIntent.PROPOSAL);
            plan.setSubject(subject.copy());
            plan.setTitle(title);
            plan.setDescription(description);
            return plan;
        }
    }
}
