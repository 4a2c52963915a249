package org.hiptriage.examples.service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/** HAPI's FHIR R4 context, made once (it takes a moment), and a JSON parser from it for each use. */
final class FhirJson {

    private FhirJson() {
    }

    /** The R4 context, shared (it is thread-safe). */
    static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /** A new JSON parser (parsers are not thread-safe). */
    static IParser parser() {
        return context().newJsonParser();
    }
}
