package org.hiptriage.examples.service;

import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hiptriage.examples.fhir.FhirR4;
import org.hl7.fhir.r4.model.StringType;

/** A strict-valued JSON parser on the shared R4 context ({@link FhirR4}) for the resources a hook reads, and its warm-up. */
final class FhirJson {

    private FhirJson() {
    }

    /**
     * A new JSON parser (parsers are not thread-safe). Lenient, as HAPI's default, but silent: HAPI's default would log
     * at WARN a value it cannot read, which may be a patient's.
     */
    static IParser parser() {
        return FhirR4.context().newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
    }

    /**
     * Writes and reads once the resources a hook call reads, so that HAPI learns their structure at start-up
     * (seconds) rather than in the first hook call, which an EHR expects to be answered in about half a second.
     */
    static void warmUp() {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setSubject(new Reference("Patient/warm-up"));
        QuestionnaireResponse.QuestionnaireResponseItemComponent item = response.addItem().setLinkId("warm-up");
        item.addAnswer().setValue(new StringType("up"));
        item.addAnswer().setValue(new Coding("urn:warm-up", "up", "up"));
        item.addAnswer().setValue(new IntegerType(1));
        item.addAnswer().setValue(new DecimalType(1.5));
        item.addAnswer().setValue(new BooleanType(true));
        Bundle bundle = new Bundle();
        bundle.addEntry().setResource(new Patient());
        bundle.addEntry().setResource(response);
        bundle.addEntry().setResource(new OperationOutcome());
        IParser parser = parser();
        parser.parseResource(Bundle.class, parser.encodeResourceToString(bundle));
    }
}
