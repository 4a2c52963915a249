package org.hiptriage.examples.service;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.hiptriage.examples.fhir.FhirR4;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * A real FHIR R4 server for the CDS Hooks tests' {@code fhirServer}: HAPI FHIR's plain {@link RestfulServer} (a
 * servlet) on Jetty, on loopback, port 0, at {@code /fhir}. It reads Patients by id and searches
 * QuestionnaireResponses by {@code subject}, {@code questionnaire} and {@code status}, sorted by {@code authored}
 * and limited by {@code _count}, as an EHR's server does with the service's prefetch queries; it records each
 * request's target and Authorization header.
 */
final class FhirServerStub implements AutoCloseable {

    /** The patients it holds, by id. */
    private final Map<String, Patient> patients = new ConcurrentHashMap<>();
    /** The questionnaire responses it holds. */
    private final List<QuestionnaireResponse> responses = new CopyOnWriteArrayList<>();
    /** Each request's target under the base ({@code Patient/123}, {@code QuestionnaireResponse?…}), as it came. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** Each request's Authorization header ({@code none} without one). */
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    private final Server jetty;
    private final ServerConnector connector;

    /** Starts the server on 127.0.0.1, any free port. */
    FhirServerStub() throws Exception {
        jetty = new Server();
        connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new Recording()), "/fhir/*");
        jetty.setHandler(context);
        jetty.start();
    }

    /** Holds a patient (by its id). */
    void store(Patient patient) {
        patients.put(patient.getIdElement().getIdPart(), patient);
    }

    /** Holds a questionnaire response, giving it a server id as a FHIR server does when it has none. */
    void store(QuestionnaireResponse response) {
        if (!response.hasIdElement() || !response.getIdElement().hasIdPart()) {
            response.setId("qr-" + (responses.size() + 1));
        }
        responses.add(response);
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123/fhir}. */
    String base() {
        return "http://127.0.0.1:" + connector.getLocalPort() + "/fhir";
    }

    /** Forgets what it holds and what it was asked. */
    void clear() {
        patients.clear();
        responses.clear();
        requests.clear();
        authorizations.clear();
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }

    /** HAPI's server with the two resource providers, recording each request before serving it. */
    private final class Recording extends RestfulServer {
        private static final long serialVersionUID = 1L;

        Recording() {
            super(FhirR4.context());
            setResourceProviders(new Patients(), new Responses());
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
            String target = request.getRequestURI().substring("/fhir/".length());
            requests.add(target + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            String authorization = request.getHeader("Authorization");
            authorizations.add(authorization == null ? "none" : authorization);
            super.service(request, response);
        }
    }

    /** {@code GET Patient/[id]}: 404 for a patient it does not hold. */
    public final class Patients implements IResourceProvider {
        @Override
        public Class<Patient> getResourceType() {
            return Patient.class;
        }

        /** The patient with this id. */
        @Read
        public Patient read(@IdParam IdType id) {
            Patient patient = patients.get(id.getIdPart());
            if (patient == null) {
                throw new ResourceNotFoundException(id);
            }
            return patient;
        }
    }

    /** {@code GET QuestionnaireResponse?subject=…&questionnaire=…&status=…&_sort=-authored&_count=…}. */
    public final class Responses implements IResourceProvider {
        @Override
        public Class<QuestionnaireResponse> getResourceType() {
            return QuestionnaireResponse.class;
        }

        /** The responses of a subject, to a questionnaire, in one of the statuses, sorted and counted as asked. */
        @Search
        public List<QuestionnaireResponse> search(@RequiredParam(name = QuestionnaireResponse.SP_SUBJECT) ReferenceParam subject,
                @OptionalParam(name = QuestionnaireResponse.SP_QUESTIONNAIRE) UriParam questionnaire,
                @OptionalParam(name = QuestionnaireResponse.SP_STATUS) TokenOrListParam status, @Sort SortSpec sort,
                @Count Integer count) {
            Comparator<QuestionnaireResponse> byAuthored = Comparator.comparing(r -> r.hasAuthored() ? r.getAuthored() : new Date(0));
            if (sort != null && sort.getOrder() == SortOrderEnum.DESC) {
                byAuthored = byAuthored.reversed();
            }
            return responses.stream()
                    .filter(r -> r.getSubject().getReferenceElement().getIdPart().equals(subject.getIdPart()))
                    .filter(r -> questionnaire == null || sameCanonical(r.getQuestionnaire(), questionnaire.getValue()))
                    .filter(r -> status == null || status.getValuesAsQueryTokens().stream()
                            .anyMatch(t -> t.getValue().equals(r.getStatus().toCode())))
                    .sorted(sort != null && QuestionnaireResponse.SP_AUTHORED.equals(sort.getParamName()) ? byAuthored : (a, b) -> 0)
                    .limit(count == null ? Long.MAX_VALUE : count)
                    .toList();
        }

        /** A canonical searched without a version matches every version of it (FHIR R4, 3.1.1.4.9). */
        private static boolean sameCanonical(String stored, String searched) {
            return stored.equals(searched) || !searched.contains("|") && stored.startsWith(searched + "|");
        }
    }
}
