package org.hiptriage.examples.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hiptriage.model.report.TriageReport;

/**
 * What the FHIR classes share: HAPI's R4 context (made once: it is costly) and the one base address
 * under which hip-triage publishes its FHIR definitions.
 */
public final class FhirR4 {

    /**
     * The base of every canonical URL hip-triage publishes (Questionnaire, CodeSystem, ValueSet):
     * the address where the definitions are meant to be served. Until it serves them, load the files of
     * {@code hip-examples/fhir/} into your FHIR server; a canonical URL names a definition whether or not
     * it can be fetched.
     */
    public static final String BASE = "https://hiptriage.org/fhir";

    /**
     * The version of the questionnaire and of its code systems and value sets: the contract's version,
     * then the revision of these FHIR definitions within it (revision 0 was the {@code urn:} questionnaire).
     */
    public static final String VERSION = TriageReport.CONTRACT_VERSION + ".1";

    private FhirR4() {
    }

    /** HAPI's FHIR R4 context, shared (it is thread-safe once made). */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /**
     * A JSON parser (parsers are cheap, not thread-safe: one per use) that keeps a value it cannot read (a decimal
     * such as "Infinity", an integer too large) as text instead of failing the whole resource, so that the reader of
     * a response can refuse it by the path of its item; other errors still fail the parse.
     */
    public static IParser parser() {
        return context().newJsonParser().setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false));
    }

    /** The resource as pretty-printed JSON with a final line break, as committed under {@code hip-examples/fhir/}. */
    public static String pretty(IBaseResource resource) {
        return parser().setPrettyPrint(true).encodeResourceToString(resource) + "\n";
    }

    /** The resource as JSON on one line. */
    public static String compact(IBaseResource resource) {
        return parser().encodeResourceToString(resource);
    }

    /** The canonical URL of a definition of this type with this id, e.g. {@code .../CodeSystem/hip-triage-flag}. */
    static String canonical(String resourceType, String id) {
        return BASE + "/" + resourceType + "/" + id;
    }
}
