package org.hiptriage.engine.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.rules.GivenCondition;
import org.hiptriage.rules.Layer;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;

/**
 * Test only: the packaged rule base, compiled from its DRL, plus one test rule that turns a
 * {@link GivenCondition} into evidence. It runs a case exactly as the engine does, with the given
 * conditions added, so the rules above the evidence layer can be tested for every condition.
 */
public final class GivenConditionsTriage {

    static final String TEST_PACKAGE = "org.hiptriage.rules.testing";
    static final String GIVEN_RULE = "Test only: a condition given by the test weighs as given";
    private static final String GIVEN_DRL = """
            package org.hiptriage.rules.testing

            import org.hiptriage.rules.*

            rule "%s"
                @source("CONVENTION")
                @description("Test only: puts a condition among the candidates with the weight the test chose.")
                agenda-group "evidence"
            when
                GivenCondition( $condition : condition, $weight : weight )
            then
                insert( Evidence.supports( $condition, $weight, "given by the test" ) );
            end
            """.formatted(GIVEN_RULE);

    private static final class Holder {
        static final KieBase BASE = build();
    }

    private GivenConditionsTriage() {
    }

    private static KieBase build() {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        try (InputStream kmodule = GivenConditionsTriage.class.getClassLoader().getResourceAsStream("META-INF/kmodule.xml")) {
            String xml = new String(kmodule.readAllBytes(), StandardCharsets.UTF_8);
            files.writeKModuleXML(xml.replace("org.hiptriage.rules.review\"", "org.hiptriage.rules.review, " + TEST_PACKAGE + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KnowledgeBases.drlFiles().forEach((path, text) -> files.write("src/main/resources/" + path, text));
        files.write("src/main/resources/org/hiptriage/rules/testing/given.drl", GIVEN_DRL);
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the test rule base does not build: " + errors);
        }
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase(DroolsTriage.KIE_BASE);
    }

    /** Assesses the case with the given conditions among the evidence, recording every rule that fired. */
    public static Explanation explain(Assessment assessment, List<GivenCondition> given) {
        AssessmentValidator.requireValid(assessment);
        KieSession session = Holder.BASE.newKieSession();
        try {
            SessionRecorder recorder = new SessionRecorder(true);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            List<Layer> layers = Layer.inOrder();
            for (int i = layers.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(layers.get(i).agendaGroup()).setFocus();
            }
            session.insert(assessment.runner());
            session.insert(assessment.pain());
            session.insert(assessment.function());
            session.insert(assessment.general());
            session.insert(assessment.history());
            session.insert(assessment.careSoFar());
            session.insert(assessment.exam());
            given.forEach(session::insert);
            session.fireAllRules();
            var report = new ReportAssembler(RuleMetadata::describe, "test").assemble(recorder);
            return new Explanation(report, recorder.fired().stream().map(RuleMetadata::describe).collect(Collectors.toList()));
        } finally {
            session.dispose();
        }
    }
}
