package org.hiptriage.engine.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Test-only access to the engine's inside: a knowledge base with extra (fault-injecting) DRL and
 * the count of live sessions. It lives in the test sources, so production code cannot reach the
 * package-private constructor it uses.
 */
public final class TestHooks {

    private TestHooks() {
    }

    /** The packaged rule base plus {@code extraDrl} (written into {@code org/hiptriage/rules/findings/}), compiled at run time. */
    public static DroolsTriage packagedRulesPlus(String extraDrl) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        try (InputStream kmodule = KnowledgeBases.ownResource("META-INF/kmodule.xml").openStream()) {
            files.writeKModuleXML(new String(kmodule.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KnowledgeBases.drlFiles().forEach((path, text) -> files.write("src/main/resources/" + path, text));
        files.write("src/main/resources/org/hiptriage/rules/findings/injected-faults-for-tests.drl", extraDrl);
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the test rule base does not build: " + errors);
        }
        KieBase kieBase = services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase(DroolsTriage.KIE_BASE);
        java.util.Properties version = new java.util.Properties();
        try (InputStream in = TestHooks.class.getResourceAsStream("/org/hiptriage/rules/rulebase.properties")) {
            version.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DroolsTriage(kieBase, version.getProperty("version"));
    }

    /** How many rule sessions of the engine's knowledge base are alive. */
    public static int liveSessions(DroolsTriage triage) {
        return triage.liveSessions();
    }
}
